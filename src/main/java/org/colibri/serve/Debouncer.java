package org.colibri.serve;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.colibri.build.SourceChanges;

/**
 * Gathers file events into one rebuild per burst: an editor's "save all" or a {@code git checkout}
 * sends dozens of events within milliseconds, then goes quiet. A batch is due once no event came
 * for the quiet period, or once the oldest pending event has waited the longest delay (so a file
 * rewritten without pause still gets rebuilt). Time is passed in, so tests drive it without
 * sleeping.
 */
final class Debouncer {

    private final long quietNanos;
    private final long maxDelayNanos;
    private final Set<String> pending = new LinkedHashSet<>();
    private boolean everything;
    private long firstNanos;
    private long lastNanos;

    Debouncer(Duration quiet, Duration maxDelay) {
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
    }

    /** A changed path, relative to the site root. */
    void add(String path, long nowNanos) {
        touch(nowNanos);
        pending.add(path);
    }

    /** The watcher lost events: anything may have changed. */
    void addEverything(long nowNanos) {
        touch(nowNanos);
        everything = true;
    }

    private void touch(long nowNanos) {
        if (!hasPending()) {
            firstNanos = nowNanos;
        }
        lastNanos = nowNanos;
    }

    boolean hasPending() {
        return everything || !pending.isEmpty();
    }

    /** How long until the pending batch is due: 0 when due now, {@code Long.MAX_VALUE} when nothing is pending. */
    long nanosUntilDue(long nowNanos) {
        if (!hasPending()) {
            return Long.MAX_VALUE;
        }
        long due = Math.min(lastNanos + quietNanos, firstNanos + maxDelayNanos);
        return Math.max(0, due - nowNanos);
    }

    /** The pending batch when it is due, emptying it; else empty. */
    Optional<SourceChanges> takeIfDue(long nowNanos) {
        if (!hasPending() || nanosUntilDue(nowNanos) > 0) {
            return Optional.empty();
        }
        SourceChanges changes = everything ? SourceChanges.everything() : SourceChanges.of(pending);
        pending.clear();
        everything = false;
        return Optional.of(changes);
    }
}
