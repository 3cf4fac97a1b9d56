package org.colibri.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
    /**
     * Digests of views shared by many pages (entries, the site, tags, periods), computed once. By
     * identity: the view factory hands the same instance to every page, and hashing a record by
     * value would hash its whole HTML on every lookup.
     */
    private final Map<Record, byte[]> shared = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    ModelDigest(String salt) {
        this.salt = salt;
    }

    String of(PageJob job) {
        Sink sink = new Sink();
        sink.text(salt);
        sink.text(job.template());
        sink.text(job.sitePath());
        value(sink, job.model());
        return HexFormat.of().formatHex(sink.digest());
    }

    private void value(Sink sink, Object value) {
        if (value == null) {
            sink.put(0);
        } else if (value instanceof String s) {
            sink.put(1);
            sink.text(s);
        } else if (value instanceof EntryView || value instanceof SiteView || value instanceof TagView
                || value instanceof YearView || value instanceof MonthView) {
            sink.put(2);
            Record view = (Record) value;
            byte[] known = shared.get(view);
            if (known == null) {
                Sink own = new Sink();
                record(own, view);
                known = own.digest();
                shared.putIfAbsent(view, known);
            }
            sink.bytes(known);
        } else if (value instanceof Record record) {
            sink.put(3);
            record(sink, record);
        } else if (value instanceof Map<?, ?> map) {
            // Keys in sorted order: the digest must not depend on how a map orders its entries.
            sink.put(4);
            sink.number(map.size());
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                value(sink, e.getKey());
                value(sink, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            sink.put(5);
            sink.number(list.size());
            for (Object item : list) {
                value(sink, item);
            }
        } else {
            // numbers, booleans and enums print exactly
            sink.put(6);
            sink.text(value.getClass().getName() + ":" + value);
        }
    }

    private void record(Sink sink, Record record) {
        sink.text(record.getClass().getName());
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                value(sink, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    /**
     * Buffers what is digested: {@code MessageDigest.update} costs a call chain per call, and a
     * model is thousands of small values.
     */
    private static final class Sink {
        private final MessageDigest digest = newDigest();
        private final byte[] buffer = new byte[4096];
        private int size;

        void put(int b) {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) b;
        }

        void number(int n) {
            if (size + 4 > buffer.length) {
                flush();
            }
            buffer[size++] = (byte) (n >>> 24);
            buffer[size++] = (byte) (n >>> 16);
            buffer[size++] = (byte) (n >>> 8);
            buffer[size++] = (byte) n;
        }

        void text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            number(bytes.length);
            bytes(bytes);
        }

        void bytes(byte[] bytes) {
            if (bytes.length > buffer.length - size) {
                flush();
                if (bytes.length > buffer.length) {
                    digest.update(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] digest() {
            flush();
            return digest.digest();
        }

        private void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }
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
