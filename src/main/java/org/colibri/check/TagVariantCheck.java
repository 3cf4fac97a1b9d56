package org.colibri.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.colibri.content.Slugs;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;
import org.colibri.site.Tag;

/**
 * Tags written several ways ({@code Santé}, {@code santé}, {@code Sante}): the site merges them
 * into one tag shown with its most used spelling, but the files disagree. Each file with another
 * spelling is named, with the files that use the shown one.
 */
final class TagVariantCheck implements Check {

    static final String RULE = "tag-variant";
    private static final int FILES_NAMED = 3;

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        // slug → spelling → files, in site order
        Map<String, Map<String, Set<String>>> spellings = new LinkedHashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : context.site().entries()) {
            entries.put(entry.item().sourcePath(), entry);
            for (String tag : entry.item().tags()) {
                spellings.computeIfAbsent(Slugs.slugify(tag), k -> new LinkedHashMap<>())
                        .computeIfAbsent(tag, k -> new LinkedHashSet<>()).add(entry.item().sourcePath());
            }
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (Tag tag : context.site().tags()) {
            shown.put(tag.slug(), tag.name());
        }
        spellings.forEach((slug, bySpelling) -> {
            if (bySpelling.size() < 2) {
                return;
            }
            String name = shown.get(slug);
            if (name == null || !bySpelling.containsKey(name)) {
                name = bySpelling.keySet().iterator().next(); // pages have tags but no tag pages
            }
            String shownName = name;
            List<String> canonicalFiles = bySpelling.get(shownName).stream().sorted().toList();
            bySpelling.forEach((spelling, files) -> {
                if (spelling.equals(shownName)) {
                    return;
                }
                for (String file : files) {
                    findings.add(Diagnostic.warning(SourceLocation.of(file, entries.get(file).item().lineOf("tags")),
                            "tag \"" + spelling + "\" is written \"" + shownName + "\" in " + list(canonicalFiles)
                                    + "; they are one tag, so write it \"" + shownName + "\" everywhere")
                            .withRule(RULE));
                }
            });
        });
    }

    private static String list(List<String> files) {
        if (files.size() <= FILES_NAMED) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, FILES_NAMED)) + " and " + (files.size() - FILES_NAMED) + " more";
    }
}
