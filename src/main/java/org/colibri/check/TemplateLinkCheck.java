package org.colibri.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;

/**
 * Broken links in what surrounds the content: menus, headers, footers, lists, pagination. They
 * come from {@code site.yml} or the templates, so each broken address is reported once, at the
 * line of site.yml or of a template that writes it when one does, with the pages it is on.
 */
final class TemplateLinkCheck implements Check {

    private static final int PAGES_NAMED = 3;

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        Map<String, Set<String>> contentUrls = new HashMap<>();
        for (ContentLink link : context.links()) {
            contentUrls.computeIfAbsent(context.outputPath(link.entry()), k -> new HashSet<>()).add(link.url());
        }
        // Front-matter images show on the entry's page and in every list: LocalFileCheck and the build
        // report them once, at the 'image:' line.
        Set<String> images = new HashSet<>();
        for (Entry entry : context.site().entries()) {
            if (entry.image() != null) {
                images.add(entry.image().url());
                images.add(context.site().urls().link(entry.image().url()));
            }
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        // Menus and footers repeat the same root-relative URLs on every page: resolve each once.
        Map<String, Target> rooted = new HashMap<>();
        for (PageIndex.Page page : context.pages().all()) {
            Set<String> fromContent = contentUrls.getOrDefault(page.outputPath(), Set.of());
            String pageLink = context.pageLink(page.outputPath());
            for (String url : page.urls()) {
                if (fromContent.contains(url) || images.contains(url)) {
                    continue;
                }
                Target target = url.startsWith("/") && !url.startsWith("//")
                        ? rooted.computeIfAbsent(url, u -> context.resolve(u, pageLink))
                        : context.resolve(url, pageLink);
                String key = null;
                if (target.kind() == Target.Kind.MISSING || target.kind() == Target.Kind.OUTSIDE) {
                    key = url;
                } else if (AnchorCheck.hasCheckableFragment(target)) {
                    PageIndex.Page linked = context.pages().page(target.outputPath());
                    if (linked != null && !linked.anchors().contains(target.fragment())) {
                        key = url;
                    }
                }
                if (key != null) {
                    problems.computeIfAbsent(key, k -> new Problem(url, target, new ArrayList<>()))
                            .pages().add("/" + pageLink.substring(context.site().urls().basePath().length()));
                }
            }
        }
        for (Problem problem : problems.values()) {
            findings.add(diagnostic(context, problem));
        }
    }

    private record Problem(String url, Target target, List<String> pages) {
    }

    private Diagnostic diagnostic(CheckContext context, Problem problem) {
        Target target = problem.target();
        List<String> candidates = new ArrayList<>(List.of(problem.url()));
        if (target.sitePath() != null) {
            candidates.add(target.sitePath());
            if (target.sitePath().length() > 1) {
                candidates.add(target.sitePath().substring(1)); // after ${site.basePath} in a template
            }
        }
        SourceLocation location = locate(context.source(), candidates);
        String pages = problem.pages().size() == 1 ? "on " + problem.pages().get(0)
                : "on " + problem.pages().size() + " pages (" + String.join(", ", problem.pages().subList(0,
                        Math.min(PAGES_NAMED, problem.pages().size()))) + (problem.pages().size() > PAGES_NAMED
                        ? ", …)" : ")");
        String fix = location.path().equals("site.yml") ? "fix it in site.yml" : "fix the template that writes it";
        if (target.kind() == Target.Kind.FOUND) {
            return Diagnostic.error(location, "link to '" + problem.url() + "' " + pages + ": anchor '#"
                    + target.fragment() + "' not found on " + target.sitePath() + "; " + fix)
                    .withRule(AnchorCheck.RULE);
        }
        boolean file = LinkMessages.hasFileExtension(target.sitePath());
        String what = file ? "file '" + problem.url() + "' " + pages + " not found"
                : "link to '" + problem.url() + "' " + pages + " leads to no page of the site";
        if (target.kind() == Target.Kind.OUTSIDE) {
            what = "link to '" + problem.url() + "' " + pages + " leads outside the site";
        }
        return Diagnostic.error(location, what + "; " + fix)
                .withRule(file ? LocalFileCheck.RULE : InternalLinkCheck.RULE);
    }

    /** The first line of site.yml, else of a template, that holds one of the candidates. */
    private static SourceLocation locate(Path source, List<String> candidates) {
        List<Path> files = new ArrayList<>();
        files.add(source.resolve("site.yml"));
        Path templates = source.resolve("templates");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                walk.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                // an unreadable templates folder only costs the line number
            }
        }
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                for (String candidate : candidates) {
                    int column = lines.get(i).indexOf(candidate);
                    if (column >= 0) {
                        return new SourceLocation(source.relativize(file).toString(), i + 1, column + 1);
                    }
                }
            }
        }
        return SourceLocation.file("templates");
    }
}
