package org.colibri.markdown;

import java.util.Arrays;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * The escaped HTML of a document's text nodes, kept aside while flexmark renders the document and
 * put in place in one pass afterwards. flexmark's HTML writer examines every character it is
 * given, to track lines and indentation; text is most of a document, but never holds a line end
 * there, and handing the writer a short marker instead took two fifths off the HTML rendering.
 *
 * <p>A marker is {@link #OPEN}, the slot's number and {@link #CLOSE}: two private-use characters
 * that a document using either of them does not get slots at all (see {@link #usableFor}).
 */
final class TextSlots {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /** Where the renderer finds the document's slots; absent when text is written directly. */
    static final NullableDataKey<TextSlots> KEY = new NullableDataKey<>("COLIBRI_TEXT_SLOTS");

    private final StringBuilder texts = new StringBuilder();
    private int[] ends = new int[64];
    private int count;

    /** False when the document itself holds a marker character: its text is then written directly. */
    static boolean usableFor(String markdown) {
        return markdown.indexOf(OPEN) < 0 && markdown.indexOf(CLOSE) < 0;
    }

    /** The document's slots, or null when its text is written directly. */
    static TextSlots of(DataHolder document) {
        return KEY.get(document);
    }

    /** Keeps {@code text} HTML-escaped as flexmark escapes text ({@code & < > "}); returns its marker. */
    String add(String text) {
        escapeInto(texts, text);
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count] = texts.length();
        return OPEN + Integer.toString(count++) + CLOSE;
    }

    /** {@code html} with each marker replaced by its text. */
    String fill(String html) {
        if (count == 0) {
            return html;
        }
        // Copied with getChars, which moves whole ranges: StringBuilder.append(CharSequence, from,
        // to) goes character by character on Java 17, and the HTML is mostly text.
        char[] out = new char[html.length() + texts.length()];
        int size = 0;
        int from = 0;
        for (int open = html.indexOf(OPEN); open >= 0; open = html.indexOf(OPEN, from)) {
            int close = html.indexOf(CLOSE, open);
            int slot = Integer.parseInt(html, open + 1, close, 10);
            html.getChars(from, open, out, size);
            size += open - from;
            int start = slot == 0 ? 0 : ends[slot - 1];
            texts.getChars(start, ends[slot], out, size);
            size += ends[slot] - start;
            from = close + 1;
        }
        html.getChars(from, html.length(), out, size);
        size += html.length() - from;
        return new String(out, 0, size);
    }

    private static void escapeInto(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(text, from, text.length());
    }
}
