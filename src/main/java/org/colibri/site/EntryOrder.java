package org.colibri.site;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders lists use. Every comparator ends on the source path, so no order depends on chance. */
public final class EntryOrder {

    private EntryOrder() {
    }

    /** Newest first; ties by title, then path. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::title)
            .thenComparing(e -> e.item().sourcePath());

    /**
     * Open offers first, nearest deadline first and those without one last (ties newest first, then
     * title); then filled and closed offers together, newest first, then title.
     */
    public static final Comparator<Entry> OFFERS = Comparator
            .comparing((Entry e) -> e.offer().isOpen() ? 0 : 1)
            .thenComparing((a, b) -> a.offer().isOpen() ? compareDeadlines(a, b) : 0)
            .thenComparing(NEWEST_FIRST);

    private static int compareDeadlines(Entry a, Entry b) {
        LocalDate da = a.item().offer().deadline();
        LocalDate db = b.item().offer().deadline();
        return Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()).compare(da, db);
    }
}
