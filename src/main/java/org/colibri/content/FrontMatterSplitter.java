package org.colibri.content;

import java.util.Optional;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

/**
 * Splits a Markdown file into its YAML front matter and its body, accepting a UTF-8 byte order
 * mark and CRLF line endings, and keeping the line where the body starts so that body problems
 * are reported at their line in the file.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    public static Optional<FrontMatter> split(String text, String source, Diagnostics diagnostics) {
        String clean = normalize(text);
        if (!isDelimiter(firstLine(clean), "---")) {
            diagnostics.error(SourceLocation.of(source, 1), "missing front matter; start the file with a line '---',"
                    + " then fields such as 'title: …' and 'date: 2024-10-26', then a closing '---'");
            return Optional.empty();
        }
        int lineStart = clean.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= clean.length()) {
            int lineEnd = clean.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? clean.substring(lineStart) : clean.substring(lineStart, lineEnd);
            if (isDelimiter(current, "---") || isDelimiter(current, "...")) {
                String yaml = clean.substring(clean.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : clean.substring(lineEnd + 1);
                return Optional.of(new FrontMatter(yaml, 1, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        diagnostics.error(SourceLocation.of(source, 1),
                "the front matter is not closed; add a line '---' after its last field");
        return Optional.empty();
    }

    /** Drops a byte order mark and turns CRLF and CR line endings into LF. */
    public static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isDelimiter(String line, String delimiter) {
        return line.stripTrailing().equals(delimiter);
    }
}
