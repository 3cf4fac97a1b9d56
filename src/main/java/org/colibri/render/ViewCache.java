package org.colibri.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.colibri.render.view.EntryView;
import org.colibri.render.view.LinkView;
import org.colibri.render.view.MenuItemView;
import org.colibri.render.view.MetaView;
import org.colibri.render.view.SiteView;
import org.colibri.site.Entry;

/**
 * The views of the previous build, handed out again when what they are made from is unchanged.
 * Besides saving the work of making them, the very same instances let the next build see at once
 * that a page's model is unchanged: record equality stops at identity, so comparing the models of
 * ten thousand pages costs little. Part of a {@link PageCache}, so valid for one set of templates
 * and one {@code site.yml}.
 */
final class ViewCache {

    private record Made<V>(Entry entry, LinkView previous, LinkView next, V view) {

        boolean fits(Entry otherEntry, LinkView otherPrevious, LinkView otherNext) {
            return entry.equals(otherEntry) && Objects.equals(previous, otherPrevious)
                    && Objects.equals(next, otherNext);
        }
    }

    private final Map<String, Made<EntryView>> entries = new ConcurrentHashMap<>();
    private final Map<String, Made<MetaView>> metas = new ConcurrentHashMap<>();
    private final Map<String, Made<LinkView>> links = new ConcurrentHashMap<>();
    private final Map<String, Planned> jobs = new ConcurrentHashMap<>();
    private final Map<java.util.BitSet, List<MenuItemView>> menus = new ConcurrentHashMap<>();
    private volatile SiteView site;
    /** False for one build: entries, metas and jobs are then made once each and need no keeping. */
    private final boolean spansBuilds;

    ViewCache(boolean spansBuilds) {
        this.spansBuilds = spansBuilds;
    }

    /** The menu with the items of {@code current} marked; a {@link PageCache} has one menu configuration. */
    List<MenuItemView> menu(java.util.BitSet current, Supplier<List<MenuItemView>> make) {
        return menus.computeIfAbsent(current, key -> make.get());
    }

    EntryView entry(Entry entry, LinkView previous, LinkView next, Supplier<EntryView> make) {
        String key = entry.item().sourcePath();
        Made<EntryView> made = entries.get(key);
        if (made != null && made.fits(entry, previous, next)) {
            return made.view();
        }
        EntryView view = make.get();
        if (spansBuilds) {
            entries.put(key, new Made<>(entry, previous, next, view));
        }
        return view;
    }

    MetaView meta(Entry entry, Supplier<MetaView> make) {
        String key = entry.item().sourcePath();
        Made<MetaView> made = metas.get(key);
        if (made != null && made.fits(entry, null, null)) {
            return made.view();
        }
        MetaView view = make.get();
        if (spansBuilds) {
            metas.put(key, new Made<>(entry, null, null, view));
        }
        return view;
    }

    /** The link to an entry (previous and next article). */
    LinkView link(Entry entry, Supplier<LinkView> make) {
        String key = entry.item().sourcePath();
        Made<LinkView> made = links.get(key);
        if (made != null && made.fits(entry, null, null)) {
            return made.view();
        }
        LinkView view = make.get();
        links.put(key, new Made<>(entry, null, null, view));
        return view;
    }

    /** A page's job and everything it was made from. */
    private record Planned(Object from, PageJob job) {
    }

    /** The previous build's job for the page at {@code sitePath} when made from equal values, else a new one. */
    PageJob job(String sitePath, Object from, Supplier<PageJob> make) {
        Planned planned = jobs.get(sitePath);
        if (planned != null && planned.from().equals(from)) {
            return planned.job();
        }
        PageJob job = make.get();
        if (spansBuilds) {
            jobs.put(sitePath, new Planned(from, job));
        }
        return job;
    }

    /** Forgets the jobs of pages that are gone. */
    void retainJobs(Set<String> sitePaths) {
        jobs.keySet().retainAll(sitePaths);
    }

    /** The previous site view when equal to {@code fresh}, else {@code fresh}. */
    SiteView site(SiteView fresh) {
        SiteView previous = site;
        if (fresh.equals(previous)) {
            return previous;
        }
        site = fresh;
        return fresh;
    }

    /** Forgets the views of entries that are gone. */
    void retain(Set<String> sourcePaths) {
        entries.keySet().retainAll(sourcePaths);
        metas.keySet().retainAll(sourcePaths);
        links.keySet().retainAll(sourcePaths);
    }
}
