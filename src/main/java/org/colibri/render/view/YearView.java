package org.colibri.render.view;

import java.util.List;

/** A year of the archives with its months, newest first. */
public record YearView(int year, String url, int count, List<MonthView> months) {
}
