package org.colibri.check;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The existing address or anchor an editor probably meant ({@code /tags/sant/} → {@code /tags/sante/}). */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - wrong.length()) >= bestDistance) {
                continue;
            }
            int d = distance(wrong, candidate);
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A few typos, never so many that any address would do.
        int allowed = Math.max(1, Math.min(3, wrong.length() / 6));
        if (best != null && bestDistance > 0 && bestDistance <= allowed) {
            return Optional.of(best);
        }
        return containing(wrong, known);
    }

    /** The one known value that contains the wrong one ({@code candidater} → {@code pour-candidater}). */
    private static Optional<String> containing(String wrong, Collection<String> known) {
        if (wrong.length() < 4) {
            return Optional.empty();
        }
        List<String> matches = known.stream().filter(k -> k.length() > wrong.length() && k.contains(wrong))
                .limit(2).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
