package org.colibri.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.colibri.content.Item;
import org.colibri.diagnostic.SourceLocation;

/**
 * Finds where something is written in an item's Markdown body, as {@code path:line:column}. When
 * the same text is written several times, successive calls return successive places, so that the
 * second of two identical broken links is reported at the second one.
 */
final class SourceLocator {

    private final Item item;
    private final String body;
    private final String[] lines;
    private final Map<String, Integer> used = new HashMap<>();

    SourceLocator(Item item) {
        this.item = item;
        this.body = item.body();
        this.lines = body.split("\n", -1);
    }

    /** Where nothing better is known: the line of the opening {@code ---}. */
    SourceLocation opening() {
        return SourceLocation.of(item.sourcePath(), item.lineOf(""));
    }

    /** {@code text} on a known line, with its column when the line holds it. */
    SourceLocation at(int line, String text) {
        int index = line - item.bodyFirstLine();
        int column = index >= 0 && index < lines.length ? lines[index].indexOf(text) + 1 : 0;
        return new SourceLocation(item.sourcePath(), line, Math.max(column, 0));
    }

    /** The first of {@code candidates} written in the body, at its next unused place. */
    Found find(List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty()) {
                continue;
            }
            int count = used.getOrDefault(candidate, 0);
            int offset = nth(candidate, count);
            if (offset < 0 && count > 0) {
                offset = nth(candidate, 0);
            }
            if (offset >= 0) {
                used.put(candidate, count + 1);
                return new Found(candidate, location(offset));
            }
        }
        return null;
    }

    /** Where a text was found and the text itself (the URL as the editor wrote it). */
    record Found(String text, SourceLocation location) {
    }

    private int nth(String text, int n) {
        int offset = -1;
        for (int i = 0; i <= n; i++) {
            offset = body.indexOf(text, offset + 1);
            if (offset < 0) {
                return -1;
            }
        }
        return offset;
    }

    private SourceLocation location(int offset) {
        int line = item.bodyFirstLine();
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(item.sourcePath(), line, offset - lineStart + 1);
    }
}
