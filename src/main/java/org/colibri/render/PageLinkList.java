package org.colibri.render;

import java.util.AbstractList;
import java.util.Objects;

import org.colibri.render.view.PageLinkView;
import org.colibri.site.Urls;

/**
 * The numbered links of one page of a list, made on demand. A list of a thousand pages would
 * otherwise hold a million links in its models, and comparing two builds' models (to reuse
 * unchanged pages while serving) would compare them all; this list is equal to another by its four
 * fields.
 */
final class PageLinkList extends AbstractList<PageLinkView> {

    private final Urls urls;
    private final String listUrl;
    private final int current;
    private final int total;

    PageLinkList(Urls urls, String listUrl, int current, int total) {
        this.urls = urls;
        this.listUrl = listUrl;
        this.current = current;
        this.total = total;
    }

    @Override
    public PageLinkView get(int index) {
        Objects.checkIndex(index, total);
        int n = index + 1;
        return new PageLinkView(n, urls.link(n == 1 ? listUrl : listUrl + "page/" + n + "/"), n == current);
    }

    @Override
    public int size() {
        return total;
    }

    @Override
    public boolean equals(Object other) {
        if (other instanceof PageLinkList list) {
            return current == list.current && total == list.total && listUrl.equals(list.listUrl)
                    && urls.equals(list.urls);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
