package org.colibri.content;

import java.nio.charset.StandardCharsets;

/**
 * A part of a content file's text, decoded from the file's bytes only when first read. An item
 * taken from the build cache keeps its body as the bytes it read: when the rendered Markdown is
 * cached too, the body is never decoded (decoding accented text costs more than hashing it).
 * Compared by text.
 */
public final class SourceText {

    private byte[] bytes;
    private final int offset;
    private volatile String text;

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

    public String get() {
        String value = text;
        if (value == null) {
            synchronized (this) {
                if (text == null) {
                    String normalized = FrontMatterSplitter.normalize(new String(bytes, StandardCharsets.UTF_8));
                    text = normalized.substring(offset);
                    bytes = null;
                }
                value = text;
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        // Identity first: comparing an item with itself must not decode its body.
        return this == other || other instanceof SourceText that && get().equals(that.get());
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
