package org.colibri.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A part of a content file's text, kept as the file's UTF-8 bytes and decoded when read. Bodies
 * are most of a site's memory: as bytes they take half the room of Java strings of accented text
 * (a 100,000-article site held 1.6 GB of bodies), and a build reads each body once, to render it;
 * when the rendered Markdown comes from the build cache, the body is never decoded at all.
 * Compared by text.
 */
public final class SourceText {

    private final String text;
    private final byte[] bytes;
    private final int offset;

    private SourceText(String text, byte[] bytes, int offset) {
        this.text = text;
        this.bytes = bytes;
        this.offset = offset;
    }

    public static SourceText of(String text) {
        return new SourceText(text, null, 0);
    }

    /**
     * The text of a file from {@code offset} on, counted in characters of its normalised text
     * (see {@link FrontMatterSplitter#normalize}); the bytes must be UTF-8, already checked.
     */
    public static SourceText after(byte[] bytes, int offset) {
        return new SourceText(null, bytes, offset);
    }

    /** The text; decoded again on every call when kept as bytes. */
    public String get() {
        return text != null ? text
                : FrontMatterSplitter.normalize(new String(bytes, StandardCharsets.UTF_8)).substring(offset);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true; // comparing an item with itself must not decode its body
        }
        if (!(other instanceof SourceText that)) {
            return false;
        }
        if (bytes != null && that.bytes != null && offset == that.offset && Arrays.equals(bytes, that.bytes)) {
            return true;
        }
        return get().equals(that.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get();
    }
}
