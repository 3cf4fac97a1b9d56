package org.colibri.render.view;

import java.util.List;

/** Where a list page stands: page {@code number} of {@code total}; the URLs are null at the ends. */
public record PaginationView(int number, int total, String previousUrl, String nextUrl, List<PageLinkView> pages) {
}
