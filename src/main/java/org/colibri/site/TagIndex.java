package org.colibri.site;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Groups entries by tag slug. {@code Santé}, {@code santé} and {@code sante} are one tag; its name
 * is the spelling used most often, ties going to the spelling of the oldest entry.
 */
final class TagIndex {

    private TagIndex() {
    }

    /** The display name of each slug, from every use in {@code datedOldestFirst}. */
    static Map<String, String> names(List<org.colibri.content.Item> datedOldestFirst, UnaryOperator<String> slugger) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (org.colibri.content.Item item : datedOldestFirst) {
            for (String tag : item.tags()) {
                counts.computeIfAbsent(slugger.apply(tag), k -> new LinkedHashMap<>()).merge(tag, 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        counts.forEach((slug, spellings) -> {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (e.getValue() > bestCount) { // strictly more: the first-seen spelling wins ties
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            names.put(slug, best);
        });
        return names;
    }

    /** Tags over {@code datedNewestFirst}, sorted by name with the locale's collation. */
    static List<Tag> build(List<Entry> datedNewestFirst, Locale locale) {
        Map<String, List<Entry>> bySlug = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Entry entry : datedNewestFirst) {
            for (TagRef ref : entry.tags()) {
                bySlug.computeIfAbsent(ref.slug(), k -> new ArrayList<>()).add(entry);
                names.put(ref.slug(), ref.name());
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, entries) -> tags.add(new Tag(slug, names.get(slug), List.copyOf(entries))));
        tags.sort((a, b) -> {
            int byName = collator.compare(a.name(), b.name());
            return byName != 0 ? byName : a.slug().compareTo(b.slug());
        });
        return List.copyOf(tags);
    }
}
