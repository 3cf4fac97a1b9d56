package org.colibri.render;

import org.colibri.output.TextEscapes;

import java.nio.charset.StandardCharsets;

import org.colibri.config.SiteConfig;
import org.colibri.site.Alias;
import org.colibri.site.Urls;

/**
 * The small page left at an old URL ({@code aliases:}): a canonical link and an immediate meta
 * refresh, which every static host serves and search engines treat as a permanent redirect.
 */
final class RedirectPageWriter {

    private RedirectPageWriter() {
    }

    static byte[] write(Alias alias, SiteConfig config, Urls urls) {
        String link = TextEscapes.markup(urls.link(alias.target().url()));
        String absolute = TextEscapes.markup(urls.absolute(alias.target().url()));
        String title = TextEscapes.markup(alias.target().title());
        String html = "<!DOCTYPE html>\n<html lang=\"" + TextEscapes.markup(config.language()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + absolute + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + link + "\">\n</head>\n<body>\n"
                + "<p>" + TextEscapes.markup(config.labels().get("redirecting")) + " <a href=\"" + link + "\">" + title
                + "</a></p>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
