package org.colibri.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.render.view.EntryView;
import org.colibri.render.view.MonthView;
import org.colibri.render.view.SiteView;
import org.colibri.render.view.TagView;
import org.colibri.render.view.YearView;

/**
 * An MD5 digest of everything a page is rendered from: template name, model (view records,
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
    /** Digests of views shared by many pages (entries, the site, tags, periods), computed once. */
    private final Map<Record, byte[]> shared = new ConcurrentHashMap<>();

    ModelDigest(String salt) {
        this.salt = salt;
    }

    String of(PageJob job) {
        MessageDigest digest = newDigest();
        text(digest, salt);
        text(digest, job.template());
        text(digest, job.sitePath());
        value(digest, job.model());
        return HexFormat.of().formatHex(digest.digest());
    }

    private void value(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String s) {
            digest.update((byte) 1);
            text(digest, s);
        } else if (value instanceof EntryView || value instanceof SiteView || value instanceof TagView
                || value instanceof YearView || value instanceof MonthView) {
            digest.update((byte) 2);
            Record view = (Record) value;
            byte[] known = shared.get(view);
            if (known == null) {
                MessageDigest own = newDigest();
                record(own, view);
                known = own.digest();
                shared.putIfAbsent(view, known);
            }
            digest.update(known);
        } else if (value instanceof Record record) {
            digest.update((byte) 3);
            record(digest, record);
        } else if (value instanceof Map<?, ?> map) {
            // Keys in sorted order: the digest must not depend on how a map orders its entries.
            digest.update((byte) 4);
            number(digest, map.size());
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                value(digest, e.getKey());
                value(digest, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            digest.update((byte) 5);
            number(digest, list.size());
            for (Object item : list) {
                value(digest, item);
            }
        } else {
            // numbers, booleans and enums print exactly
            digest.update((byte) 6);
            text(digest, value.getClass().getName() + ":" + value);
        }
    }

    private void record(MessageDigest digest, Record record) {
        text(digest, record.getClass().getName());
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                value(digest, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, int n) {
        digest.update((byte) (n >>> 24));
        digest.update((byte) (n >>> 16));
        digest.update((byte) (n >>> 8));
        digest.update((byte) n);
    }

    static MessageDigest newDigest() {
        try {
            // MD5: an identity for cache lookups, not a signature, and about three times faster than
            // SHA-256 under the launcher's C1-only JIT.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
