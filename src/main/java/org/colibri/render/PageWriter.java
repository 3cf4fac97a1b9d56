package org.colibri.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page being rendered, encoded to UTF-8 as the template writes it. Encoding each piece on its
 * own keeps the template's text (Latin-1, mostly ASCII) on the fast path of {@code getBytes}:
 * encoding the whole page at the end went through the slow two-byte path for all of it as soon as
 * the entry's HTML held one curly apostrophe, and was a quarter of the template time. Not
 * synchronised: a page is written by one thread.
 */
final class PageWriter extends Writer {

    private byte[] bytes = new byte[16 * 1024];
    private int size;
    /** A high surrogate that ended the last piece, encoded with the low one that begins the next. */
    private String pendingHigh = "";

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String string, int offset, int length) {
        write(string.substring(offset, offset + length));
    }

    @Override
    public void write(String string) {
        if (string.isEmpty()) {
            return;
        }
        String text = pendingHigh.isEmpty() ? string : pendingHigh + string;
        pendingHigh = "";
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pendingHigh = text.substring(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Writer append(CharSequence chars) {
        write(String.valueOf(chars));
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page's bytes; an unpaired surrogate is a '?', as {@code String.getBytes} makes it. */
    byte[] toBytes() {
        if (!pendingHigh.isEmpty()) {
            append(pendingHigh.getBytes(StandardCharsets.UTF_8));
            pendingHigh = "";
        }
        return Arrays.copyOf(bytes, size);
    }

    private void append(byte[] piece) {
        if (size + piece.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + piece.length));
        }
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
    }
}
