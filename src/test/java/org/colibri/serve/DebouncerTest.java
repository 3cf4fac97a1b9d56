package org.colibri.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.colibri.build.SourceChanges;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private static final long MS = 1_000_000L;

    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(40), Duration.ofMillis(1000));

    @Test
    void aBurstOfSavesGivesOneBatch() {
        for (int i = 0; i < 50; i++) {
            debouncer.add("content/articles/a" + i + ".md", i * MS); // one file a millisecond, like a checkout
        }
        assertThat(debouncer.takeIfDue(60 * MS)).isEmpty(); // 11 ms after the last event
        assertThat(debouncer.nanosUntilDue(60 * MS)).isEqualTo(29 * MS);
        SourceChanges batch = debouncer.takeIfDue(89 * MS).orElseThrow();
        assertThat(batch.paths()).hasSize(50);
        assertThat(batch.all()).isFalse();
        assertThat(debouncer.hasPending()).isFalse();
        assertThat(debouncer.takeIfDue(500 * MS)).isEmpty();
    }

    @Test
    void theSameFileSavedTwiceIsOneChange() {
        debouncer.add("site.yml", 0);
        debouncer.add("site.yml", 5 * MS);
        assertThat(debouncer.takeIfDue(45 * MS).orElseThrow().paths()).containsExactly("site.yml");
    }

    @Test
    void nothingPendingMeansWaitForever() {
        assertThat(debouncer.nanosUntilDue(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(debouncer.takeIfDue(0)).isEmpty();
    }

    @Test
    void endlessEventsStillGiveARebuildAfterTheLongestDelay() {
        long t = 0;
        for (; t < 1000 * MS; t += 10 * MS) {
            debouncer.add("content/articles/log.md", t);
            assertThat(debouncer.takeIfDue(t)).isEmpty();
        }
        assertThat(debouncer.takeIfDue(t)).isPresent();
    }

    @Test
    void lostEventsMeanEverything() {
        debouncer.add("content/articles/a.md", 0);
        debouncer.addEverything(MS);
        SourceChanges batch = debouncer.takeIfDue(100 * MS).orElseThrow();
        assertThat(batch.all()).isTrue();
        assertThat(batch.touches("anything")).isTrue();
    }

    @Test
    void eventsAfterABatchStartANewOne() {
        debouncer.add("content/a.md", 0);
        assertThat(debouncer.takeIfDue(50 * MS).orElseThrow().paths()).isEqualTo(Set.of("content/a.md"));
        debouncer.add("content/b.md", 60 * MS);
        assertThat(debouncer.takeIfDue(80 * MS)).isEmpty();
        assertThat(debouncer.takeIfDue(100 * MS).orElseThrow().paths()).isEqualTo(Set.of("content/b.md"));
    }
}
