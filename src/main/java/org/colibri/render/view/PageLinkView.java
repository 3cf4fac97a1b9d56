package org.colibri.render.view;

/** One page number of a paginated list. */
public record PageLinkView(int number, String url, boolean current) {
}
