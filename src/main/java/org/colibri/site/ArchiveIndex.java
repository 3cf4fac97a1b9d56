package org.colibri.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups dated entries by year and month, newest first, in one pass. */
final class ArchiveIndex {

    private ArchiveIndex() {
    }

    static List<ArchiveYear> build(List<Entry> datedNewestFirst) {
        Map<Integer, Map<Integer, List<Entry>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Entry entry : datedNewestFirst) {
            byYear.computeIfAbsent(entry.date().getYear(), y -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                    .computeIfAbsent(entry.date().getMonthValue(), m -> new ArrayList<>()).add(entry);
        }
        List<ArchiveYear> years = new ArrayList<>();
        byYear.forEach((year, months) -> {
            List<ArchiveMonth> monthList = new ArrayList<>();
            List<Entry> yearEntries = new ArrayList<>();
            months.forEach((month, entries) -> {
                monthList.add(new ArchiveMonth(year, month, List.copyOf(entries)));
                yearEntries.addAll(entries);
            });
            years.add(new ArchiveYear(year, List.copyOf(monthList), List.copyOf(yearEntries)));
        });
        return List.copyOf(years);
    }
}
