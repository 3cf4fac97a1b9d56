package org.colibri.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Measures the pipeline's stages one after the other, for {@code build --timings}. */
public final class StageTimer {

    /** One stage and how long it took. */
    public record Timing(String stage, Duration duration) {
    }

    private final List<Timing> timings = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the current stage under {@code name} and starts the next one. */
    void lap(String name) {
        long now = System.nanoTime();
        timings.add(new Timing(name, Duration.ofNanos(now - last)));
        last = now;
    }

    List<Timing> timings() {
        return List.copyOf(timings);
    }
}
