package org.colibri.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rendered HTML, held as text, or as the UTF-8 bytes the build cache stored and decoded each time
 * it is read. A cached rebuild renders a handful of pages: most entries' HTML is never read, and
 * decoding all of it was a tenth of the rebuild. Templates print it with {@code ?no_esc}, like a
 * string. Compared by text.
 */
public final class Html {

    private final String text;
    private final byte[] utf8;

    private Html(String text, byte[] utf8) {
        this.text = text;
        this.utf8 = utf8;
    }

    public static Html of(String text) {
        return new Html(text, null);
    }

    public static Html ofUtf8(byte[] utf8) {
        return new Html(null, utf8);
    }

    /** The HTML as UTF-8 bytes, as the build cache stores it. */
    public byte[] utf8() {
        return utf8 != null ? utf8 : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The HTML; decoded on every call when held as bytes. */
    @Override
    public String toString() {
        return text != null ? text : new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Html that)) {
            return false;
        }
        if (utf8 != null && that.utf8 != null) {
            return Arrays.equals(utf8, that.utf8);
        }
        return toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
