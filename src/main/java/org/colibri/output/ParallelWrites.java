package org.colibri.output;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

/**
 * File operations run on both cores that stop at the first failure and report it only once every
 * task has returned: a caller that cleans up after a failure (deletes a staging folder) must not
 * race with writes still under way, which is what a stream throwing from one task allows.
 */
final class ParallelWrites {

    /** One write that may fail. */
    interface Write<T> {
        void run(T item) throws IOException;
    }

    private ParallelWrites() {
    }

    static <T> void forEach(Collection<T> items, Write<T> write) throws IOException {
        AtomicReference<IOException> failure = new AtomicReference<>();
        items.parallelStream().forEach(item -> {
            if (failure.get() != null) {
                return; // the first failure ends the work: nothing more is written
            }
            try {
                write.run(item);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
