package org.colibri.render.view;

/** A month of the archives; {@code name} is localized ({@code octobre 2024}). */
public record MonthView(int year, int month, String name, String url, int count) {
}
