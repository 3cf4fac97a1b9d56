package org.colibri.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The built HTML pages, each parsed once: its anchors and the URLs it uses. */
final class PageIndex {

    /** What a check needs from one page. */
    record Page(String outputPath, Set<String> anchors, List<String> urls) {
    }

    private static final String URL_ELEMENTS = "a[href], area[href], link[href], img[src], script[src], source[src],"
            + " video[src], video[poster], audio[src], track[src], iframe[src], embed[src], object[data]";

    private final SiteSnapshot snapshot;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PageIndex(SiteSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The page built at {@code outputPath}, or null when there is none or it is not HTML. */
    Page page(String outputPath) {
        if (outputPath == null || !outputPath.endsWith(".html")) {
            return null;
        }
        return snapshot.get(outputPath).map(file -> pages.computeIfAbsent(outputPath, p -> parse(file))).orElse(null);
    }

    /** Every HTML page, in path order, parsed in parallel. */
    List<Page> all() {
        List<OutputFile> html = snapshot.files().stream().filter(OutputFile::isHtml).toList();
        html.parallelStream().forEach(file -> page(file.path()));
        List<Page> all = new ArrayList<>(html.size());
        html.forEach(file -> all.add(pages.get(file.path())));
        return all;
    }

    private static Page parse(OutputFile file) {
        Document document;
        try {
            document = Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> anchors = new LinkedHashSet<>(document.select("[id]").eachAttr("id"));
        anchors.addAll(document.select("a[name]").eachAttr("name"));
        List<String> urls = new ArrayList<>();
        for (Element element : document.select(URL_ELEMENTS)) {
            for (String attribute : List.of("href", "src", "poster", "data")) {
                if (element.hasAttr(attribute)) {
                    urls.add(element.attr(attribute));
                }
            }
        }
        return new Page(file.path(), Set.copyOf(anchors), List.copyOf(urls));
    }
}
