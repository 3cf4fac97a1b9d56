package org.colibri.build;

import static org.colibri.build.CacheCodec.count;
import static org.colibri.build.CacheCodec.string;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colibri.content.ImageRef;
import org.colibri.content.Item;
import org.colibri.content.ItemStore;
import org.colibri.content.Kind;
import org.colibri.content.OfferFields;
import org.colibri.content.OfferStatus;
import org.colibri.content.SourceText;

/**
 * The binary form of one parsed item (without its body) for the build cache. Reads back exactly
 * the values the parser makes: the same types, immutable lists, insertion-ordered maps.
 */
final class ItemCodec implements ShardedStore.Codec<ItemStore.Stored> {

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int WHOLE = 2;
    private static final int DECIMAL = 3;
    private static final int BOOLEAN = 4;
    private static final int LIST = 5;
    private static final int MAP = 6;

    @Override
    public void write(DataOutputStream out, ItemStore.Stored stored) throws IOException {
        Item item = stored.item();
        out.writeInt(item.kind().ordinal());
        string(out, item.sourcePath());
        string(out, item.bundleDir());
        string(out, item.slug());
        string(out, item.title());
        dateTime(out, item.date());
        dateTime(out, item.updated());
        strings(out, item.tags());
        string(out, item.summary());
        out.writeBoolean(item.draft());
        string(out, item.layout());
        string(out, item.author());
        out.writeBoolean(item.image() != null);
        if (item.image() != null) {
            ImageRef image = item.image();
            string(out, image.path());
            string(out, image.alt());
            string(out, image.caption());
            string(out, image.credit());
            out.writeInt(image.line());
        }
        strings(out, item.aliases());
        value(out, item.params());
        out.writeInt(item.bodyFirstLine());
        out.writeInt(item.lines().size());
        for (Map.Entry<String, Integer> line : item.lines().entrySet()) {
            string(out, line.getKey());
            out.writeInt(line.getValue());
        }
        out.writeBoolean(item.offer() != null);
        if (item.offer() != null) {
            OfferFields offer = item.offer();
            string(out, offer.type());
            string(out, offer.deadline() == null ? null : offer.deadline().toString());
            out.writeInt(offer.status().ordinal());
            out.writeBoolean(offer.statusExplicit());
            string(out, offer.location());
            string(out, offer.duration());
            string(out, offer.contract());
            string(out, offer.contact());
        }
        out.writeInt(stored.bodyOffset());
        CacheCodec.diagnostics(out, stored.diagnostics());
    }

    @Override
    public ItemStore.Stored read(DataInputStream in) throws IOException {
        Kind kind = Kind.values()[in.readInt()];
        String sourcePath = string(in);
        String bundleDir = string(in);
        String slug = string(in);
        String title = string(in);
        ZonedDateTime date = dateTime(in);
        ZonedDateTime updated = dateTime(in);
        List<String> tags = strings(in);
        String summary = string(in);
        boolean draft = in.readBoolean();
        String layout = string(in);
        String author = string(in);
        ImageRef image = in.readBoolean()
                ? new ImageRef(string(in), string(in), string(in), string(in), in.readInt()) : null;
        List<String> aliases = strings(in);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) value(in);
        int bodyFirstLine = in.readInt();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            lines.put(string(in), in.readInt());
        }
        OfferFields offer = null;
        if (in.readBoolean()) {
            String type = string(in);
            String deadline = string(in);
            offer = new OfferFields(type, deadline == null ? null : LocalDate.parse(deadline),
                    OfferStatus.values()[in.readInt()], in.readBoolean(), string(in), string(in), string(in),
                    string(in));
        }
        Item item = new Item(kind, sourcePath, bundleDir, slug, title, date, updated, tags, summary, draft, layout,
                author, image, aliases, params, SourceText.of(""), bodyFirstLine, Map.copyOf(lines), offer, null);
        return new ItemStore.Stored(item, in.readInt(), List.copyOf(CacheCodec.diagnostics(in)));
    }

    private static void dateTime(DataOutputStream out, ZonedDateTime value) throws IOException {
        string(out, value == null ? null : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value));
    }

    private static ZonedDateTime dateTime(DataInputStream in) throws IOException {
        String text = string(in);
        return text == null ? null : ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            values.add(string(in));
        }
        return List.copyOf(values);
    }

    /** A front-matter value as the YAML layer makes it: text, whole or decimal number, boolean, list, map. */
    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            string(out, text);
        } else if (value instanceof Long whole) {
            out.writeByte(WHOLE);
            out.writeLong(whole);
        } else if (value instanceof Double decimal) {
            out.writeByte(DECIMAL);
            out.writeDouble(decimal);
        } else if (value instanceof Boolean bool) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(bool);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object element : list) {
                value(out, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                string(out, (String) entry.getKey());
                value(out, entry.getValue());
            }
        } else {
            // A type the YAML layer does not make: refuse to store rather than store it wrong.
            throw new IOException("cannot store a " + value.getClass().getName());
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        int type = in.readByte();
        switch (type) {
            case NULL:
                return null;
            case TEXT:
                return string(in);
            case WHOLE:
                return in.readLong();
            case DECIMAL:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case LIST: {
                List<Object> list = new ArrayList<>();
                for (int i = count(in); i > 0; i--) {
                    list.add(value(in));
                }
                return List.copyOf(list);
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = count(in); i > 0; i--) {
                    map.put(string(in), value(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("unknown value type " + type);
        }
    }
}
