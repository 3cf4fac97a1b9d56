package org.colibri.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.colibri.content.Item;
import org.colibri.diagnostic.SourceLocation;

/**
 * Finds where something is written in an item's Markdown body, as {@code path:line:column}. A
 * place is given out once: when the same URL is written several times, successive searches return
 * successive places, and places already known to be a Markdown link are skipped by searches for
 * raw HTML.
 */
final class SourceLocator {

    private final Item item;
    private final String body;
    private final int[] lineStarts;
    private final Set<Integer> taken = new HashSet<>();

    SourceLocator(Item item) {
        this.item = item;
        this.body = item.body();
        String[] lines = body.split("\n", -1);
        this.lineStarts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + lines[i - 1].length() + 1;
        }
    }

    /** Where nothing better is known: the line of the opening {@code ---}. */
    SourceLocation opening() {
        return SourceLocation.of(item.sourcePath(), item.lineOf(""));
    }

    /** {@code text} on a known line of the file, with its column when the line holds it. */
    SourceLocation at(int line, String text) {
        int index = line - item.bodyFirstLine();
        if (index < 0 || index >= lineStarts.length) {
            return SourceLocation.of(item.sourcePath(), line);
        }
        int end = index + 1 < lineStarts.length ? lineStarts[index + 1] : body.length();
        int first = body.indexOf(text, lineStarts[index]);
        if (first < 0 || first >= end) {
            return SourceLocation.of(item.sourcePath(), line);
        }
        int offset = first;
        while (offset >= 0 && offset < end && taken.contains(offset)) {
            offset = body.indexOf(text, offset + 1);
        }
        // every place on the line given out: a reference definition used twice
        int chosen = offset >= 0 && offset < end ? offset : first;
        taken.add(chosen);
        return location(chosen);
    }

    /** The first of {@code candidates} written in the body, at its first place not given out yet. */
    Found find(List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty()) {
                continue;
            }
            int first = body.indexOf(candidate);
            int offset = first;
            while (offset >= 0 && taken.contains(offset)) {
                offset = body.indexOf(candidate, offset + 1);
            }
            if (first >= 0) {
                int chosen = offset >= 0 ? offset : first;
                taken.add(chosen);
                return new Found(candidate, location(chosen));
            }
        }
        return null;
    }

    /** Where a text was found and the text itself (the URL as the editor wrote it). */
    record Found(String text, SourceLocation location) {
    }

    private SourceLocation location(int offset) {
        int index = 0;
        while (index + 1 < lineStarts.length && lineStarts[index + 1] <= offset) {
            index++;
        }
        return new SourceLocation(item.sourcePath(), item.bodyFirstLine() + index, offset - lineStarts[index] + 1);
    }
}
