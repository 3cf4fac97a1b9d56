package org.colibri.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sorted list into pages: page 1 at the list's URL, page N at {@code …/page/N/}. An empty
 * list still has one (empty) page, so its URL exists.
 */
public final class Pager {

    private Pager() {
    }

    /** One page of a list. URLs are site paths; {@code previousUrl}/{@code nextUrl} are null at the ends. */
    public record Slice<T>(int number, int total, List<T> items, String url, String previousUrl, String nextUrl) {
    }

    public static <T> List<Slice<T>> paginate(List<T> items, int pageSize, String listUrl) {
        int total = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<Slice<T>> slices = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<T> pageItems = items.subList((n - 1) * pageSize, Math.min(items.size(), n * pageSize));
            slices.add(new Slice<>(n, total, pageItems, url(listUrl, n),
                    n > 1 ? url(listUrl, n - 1) : null, n < total ? url(listUrl, n + 1) : null));
        }
        return slices;
    }

    static String url(String listUrl, int number) {
        return number == 1 ? listUrl : listUrl + "page/" + number + "/";
    }
}
