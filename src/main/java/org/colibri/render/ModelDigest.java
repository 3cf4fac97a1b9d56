package org.colibri.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.colibri.content.Fingerprint;
import org.colibri.markdown.Html;
import org.colibri.render.view.EntryView;
import org.colibri.render.view.MonthView;
import org.colibri.render.view.SiteView;
import org.colibri.render.view.TagView;
import org.colibri.render.view.YearView;

/**
 * A fingerprint of everything a page is rendered from: template name, model (view records,
 * lists, maps, texts, numbers) and a salt naming the templates. Equal digests mean equal pages,
 * which lets the build cache keep a page written by an earlier run. An entry's view appears on
 * many pages, so its digest is computed once per build.
 */
final class ModelDigest {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private final String salt;
    /**
     * Digests of views shared by many pages (entries, the site, tags, periods), computed once. By
     * identity: the view factory hands the same instance to every page, and hashing a record by
     * value would hash its whole HTML on every lookup.
     */
    private final Map<Record, byte[]> shared = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * Entries' HTML by what it was made from, by identity: it stands for the key of its rendering
     * (see {@code Entry.contentKey}) instead of being decoded and hashed on every build.
     */
    private final Map<Html, String> htmlKeys;

    ModelDigest(String salt, Map<Html, String> htmlKeys) {
        this.salt = salt;
        this.htmlKeys = htmlKeys;
    }

    String of(PageJob job) {
        Fingerprint sink = new Fingerprint();
        sink.putText(salt);
        sink.putText(job.template());
        sink.putText(job.sitePath());
        value(sink, job.model());
        return sink.hex();
    }

    private void value(Fingerprint sink, Object value) {
        if (value == null) {
            sink.put(0);
        } else if (value instanceof String text) {
            sink.put(1);
            sink.putText(text);
        } else if (value instanceof Html html) {
            String key = htmlKeys.get(html);
            if (key != null) {
                sink.put(7);
                sink.putText(key);
            } else {
                sink.put(1);
                sink.putText(html.toString());
            }
        } else if (value instanceof EntryView || value instanceof SiteView || value instanceof TagView
                || value instanceof YearView || value instanceof MonthView) {
            sink.put(2);
            Record view = (Record) value;
            byte[] known = shared.get(view);
            if (known == null) {
                Fingerprint own = new Fingerprint();
                record(own, view);
                known = own.bytes();
                shared.putIfAbsent(view, known);
            }
            sink.putBytes(known);
        } else if (value instanceof Record record) {
            sink.put(3);
            record(sink, record);
        } else if (value instanceof Map<?, ?> map) {
            // Keys in sorted order: the digest must not depend on how a map orders its entries.
            sink.put(4);
            sink.putInt(map.size());
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                value(sink, e.getKey());
                value(sink, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            sink.put(5);
            sink.putInt(list.size());
            for (Object item : list) {
                value(sink, item);
            }
        } else {
            // numbers, booleans and enums print exactly
            sink.put(6);
            sink.putText(value.getClass().getName() + ":" + value);
        }
    }

    private void record(Fingerprint sink, Record record) {
        sink.putText(record.getClass().getName());
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                value(sink, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
