package org.colibri.markdown;

import java.util.Arrays;

/**
 * The line of an offset in a document, by binary search over the line starts. flexmark's own
 * {@code Node.getLineNumber()} counts line ends from the start of the document on every call,
 * which made resolving the links of a long article quadratic. Counts line ends as flexmark does:
 * {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
final class SourceLines {

    private final int[] starts;
    private final int count;

    private SourceLines(int[] starts, int count) {
        this.starts = starts;
        this.count = count;
    }

    static SourceLines of(String text) {
        int[] starts = new int[64];
        int count = 0;
        if (text.indexOf('\r') < 0) {
            // The usual case, with indexOf's vectorised search instead of a loop over every character.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            return new SourceLines(starts, count);
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new SourceLines(starts, count);
    }

    /** The 0-based line of {@code offset}: how many lines end at or before it. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
