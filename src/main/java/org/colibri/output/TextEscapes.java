package org.colibri.output;

/**
 * Escaping for the text formats Colibri writes itself: HTML and XML (feeds, sitemap, redirect
 * pages, the serve overlay) and JSON (structured data, reports, live-reload events). One place,
 * so every writer escapes the same way.
 */
public final class TextEscapes {

    private TextEscapes() {
    }

    /**
     * Text for HTML or XML content and attribute values. Characters XML 1.0 forbids are dropped
     * rather than making a feed unreadable.
     */
    public static String markup(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A JSON string literal (RFC 8259), quotes included. {@code <}, {@code >} and {@code &} are
     * written as escapes too, so the JSON can sit in an HTML {@code <script>} element whatever the
     * text holds, and U+2028/U+2029, valid JSON but line ends in JavaScript, are escaped; no raw
     * line break remains, so it also fits on one event-stream line.
     */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
