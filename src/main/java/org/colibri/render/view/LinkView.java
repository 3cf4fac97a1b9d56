package org.colibri.render.view;

/** A titled link ({@code url} includes the base path). */
public record LinkView(String title, String url) {
}
