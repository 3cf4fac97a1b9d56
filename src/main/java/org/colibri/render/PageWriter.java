package org.colibri.render;

import java.io.Writer;

/**
 * A page being rendered: a {@link java.io.StringWriter} without its {@code StringBuffer}, whose every
 * append takes a lock; a page is written by one thread and templates append thousands of times.
 */
final class PageWriter extends Writer {

    private final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
