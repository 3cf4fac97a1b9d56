package org.colibri.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.colibri.config.SiteConfig;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.yaml.KeySuggestions;
import org.colibri.yaml.YamlDate;
import org.colibri.yaml.YamlMap;
import org.colibri.yaml.YamlParser;

/** Reads one content file's front matter into an {@link Item}, reporting every wrong field. */
public final class ItemParser {

    static final Set<String> COMMON_KEYS = Set.of("title", "date", "updated", "tags", "summary", "draft",
            "slug", "layout", "author", "image", "imageAlt", "imageCaption", "imageCredit", "aliases");
    static final Set<String> OFFER_KEYS = Set.of("type", "deadline", "status", "location", "duration",
            "contract", "contact");

    private final SiteConfig config;

    public ItemParser(SiteConfig config) {
        this.config = config;
    }

    /**
     * The settings that change what this parser makes of a file, for build-cache keys: the time
     * zone (dates) and the offer types. Whatever else of {@code site.yml} parsing comes to use
     * must be added here.
     */
    public String settingsKey() {
        return "timezone=" + config.timezone().getId() + ";offerTypes=" + new java.util.TreeMap<>(config.offers().types());
    }

    /**
     * @param text   the whole file
     * @param file   where it is and what kind it is
     */
    public Optional<Item> parse(String text, SourceFile file, Diagnostics diagnostics) {
        // Files are parsed in parallel into one collector: count this file's errors on its own, or
        // another file's error would make this one look broken.
        Diagnostics own = new Diagnostics();
        try {
            return parseAlone(text, file, own);
        } finally {
            diagnostics.addAll(own.sorted());
        }
    }

    /** Parses with a collector of this file's own, so that any error in it means the file is broken. */
    private Optional<Item> parseAlone(String text, SourceFile file, Diagnostics diagnostics) {
        String source = file.path();
        Optional<FrontMatter> split = FrontMatterSplitter.split(text, source, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<YamlMap> parsed = YamlParser.parse(fm.yaml(), source, fm.yamlFirstLine(), fm.openingLine(),
                diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        Kind kind = file.kind();
        warnAboutKeys(yaml, kind);

        String title = yaml.requiredString("title", "title: \"Titre de la page\"").orElse("");
        ZonedDateTime date = kind == Kind.PAGE
                ? yaml.date("date").map(this::zoned).orElse(null)
                : requiredDate(yaml);
        ZonedDateTime updated = yaml.date("updated").map(this::zoned).orElse(null);
        if (date != null && updated != null && updated.isBefore(date)) {
            yaml.warning("updated", "'updated' (" + updated.toLocalDate() + ") is before 'date' ("
                    + date.toLocalDate() + "); check both dates");
        }
        List<String> tags = yaml.stringList("tags").orElse(List.of()).stream()
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        for (String tag : tags) {
            if (Slugs.slugify(tag).isEmpty()) {
                yaml.error("tags", "tag \"" + tag + "\" has no letter or digit to make a URL from; rename it");
            }
        }
        String slug = slug(yaml, file);
        ImageRef image = yaml.string("image").map(String::strip).filter(path -> !path.isEmpty())
                .map(path -> new ImageRef(path, yaml.string("imageAlt").orElse(""),
                        yaml.string("imageCaption").orElse(""), yaml.string("imageCredit").orElse(""),
                        yaml.lineOf("image")))
                .orElse(null);
        if (image == null && (yaml.has("imageAlt") || yaml.has("imageCaption") || yaml.has("imageCredit"))) {
            String key = yaml.has("imageAlt") ? "imageAlt" : yaml.has("imageCaption") ? "imageCaption" : "imageCredit";
            yaml.warning(key, "'" + key + "' is set but there is no 'image'; add 'image: file.jpg' or remove it");
        }
        OfferFields offer = kind == Kind.OFFER ? offer(yaml, date) : null;

        Map<String, Integer> lines = new LinkedHashMap<>();
        yaml.keys().forEach(key -> lines.put(key, yaml.lineOf(key)));
        lines.put("", fm.openingLine());

        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Item(kind, source, file.bundleDir(), slug, title, date, updated, tags,
                yaml.string("summary").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                yaml.bool("draft").orElse(false),
                yaml.string("layout").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                yaml.string("author").map(String::strip).orElse(""),
                image,
                yaml.stringList("aliases").orElse(List.of()),
                params(yaml, kind), SourceText.of(fm.body()), fm.bodyFirstLine(), Map.copyOf(lines), offer, null));
    }

    private void warnAboutKeys(YamlMap yaml, Kind kind) {
        Set<String> known = new LinkedHashSet<>(COMMON_KEYS);
        if (kind == Kind.OFFER) {
            known.addAll(OFFER_KEYS);
        } else {
            for (String key : yaml.keys()) {
                if (OFFER_KEYS.contains(key) && !key.equals("location") && !key.equals("contact")) {
                    yaml.warning(key, "'" + key + "' only applies to offers; move this file to content/offers/"
                            + " or remove the field");
                }
            }
            known.addAll(OFFER_KEYS);
        }
        yaml.warnUnknownKeys(known, true);
    }

    private ZonedDateTime requiredDate(YamlMap yaml) {
        if (!yaml.has("date")) {
            yaml.requiredString("date", "date: 2024-10-26");
            return null;
        }
        return yaml.date("date").map(this::zoned).orElse(null);
    }

    private ZonedDateTime zoned(YamlDate date) {
        ZoneId zone = config.timezone();
        return date.at(zone);
    }

    private static String slug(YamlMap yaml, SourceFile file) {
        Optional<String> given = yaml.string("slug");
        if (given.isPresent()) {
            String slug = Slugs.slugify(given.get());
            if (slug.isEmpty()) {
                yaml.error("slug", "'slug' has no letter or digit to make a URL from (got \"" + given.get()
                        + "\"); write it like mon-article");
            }
            return slug;
        }
        return Slugs.slugify(file.baseName());
    }

    private OfferFields offer(YamlMap yaml, ZonedDateTime date) {
        Map<String, String> types = config.offers().types();
        String type = yaml.requiredString("type", "type: stage (one of " + String.join(", ", types.keySet()) + ")")
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(value -> {
                    if (types.containsKey(value)) {
                        return true;
                    }
                    String hint = KeySuggestions.closest(value, types.keySet())
                            .map(s -> "did you mean '" + s + "'? ").orElse("");
                    yaml.error("type", "unknown offer type \"" + value + "\"; " + hint + "use one of: "
                            + String.join(", ", types.keySet()));
                    return false;
                }).orElse("");
        LocalDate deadline = yaml.date("deadline").map(d -> d.date()).orElse(null);
        if (deadline != null && date != null && deadline.isBefore(date.toLocalDate())) {
            yaml.error("deadline", "'deadline' (" + deadline + ") is before the offer's 'date' (" + date.toLocalDate()
                    + "); fix one of the two dates");
        }
        OfferStatus status = yaml.string("status").map(value -> {
            try {
                return OfferStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                yaml.error("status", "unknown offer status \"" + value + "\"; use one of: open, filled, closed");
                return OfferStatus.OPEN;
            }
        }).orElse(OfferStatus.OPEN);
        return new OfferFields(type, deadline, status, yaml.has("status"),
                text(yaml, "location"), text(yaml, "duration"), text(yaml, "contract"), text(yaml, "contact"));
    }

    private static String text(YamlMap yaml, String key) {
        return yaml.string(key).map(String::strip).orElse("");
    }

    private static Map<String, Object> params(YamlMap yaml, Kind kind) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> reserved = new ArrayList<>(COMMON_KEYS);
        if (kind == Kind.OFFER) {
            reserved.addAll(OFFER_KEYS);
        }
        for (String key : yaml.keys()) {
            if (!reserved.contains(key)) {
                yaml.plain(key).ifPresent(value -> params.put(key, value));
            }
        }
        return java.util.Collections.unmodifiableMap(params);
    }
}
