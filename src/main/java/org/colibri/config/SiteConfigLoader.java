package org.colibri.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.yaml.YamlMap;
import org.colibri.yaml.YamlParser;

/** Reads {@code site.yml}: validates every key, fills in defaults, reports all problems at once. */
public final class SiteConfigLoader {

    public static final String FILE_NAME = "site.yml";

    private static final Set<String> KNOWN = Set.of("title", "baseUrl", "language", "locale", "timezone",
            "description", "organization", "pageSize", "permalinks", "menu", "markdown", "offers", "labels",
            "params");

    private SiteConfigLoader() {
    }

    /** Reads {@code site.yml} under {@code siteRoot}; empty when it is missing or has errors. */
    public static Optional<SiteConfig> load(Path siteRoot, Diagnostics diagnostics) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourceLocation.file(FILE_NAME), "the site settings file is missing; create "
                    + FILE_NAME + " with at least 'title' and 'baseUrl' (or pass --source to the site's folder)");
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), FILE_NAME, diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourceLocation.file(FILE_NAME), "cannot read the file (" + e.getMessage()
                    + "); check its permissions and that it is UTF-8 text");
            return Optional.empty();
        }
    }

    /** Parses the text of a {@code site.yml}; {@code source} names it in diagnostics. */
    public static Optional<SiteConfig> parse(String text, String source, Diagnostics diagnostics) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int errorsBefore = diagnostics.errorCount();
        Optional<YamlMap> parsed = YamlParser.parse(clean.replace("\r\n", "\n"), source, 1, 1, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        yaml.warnUnknownKeys(KNOWN, false);

        String title = yaml.requiredString("title", "title: \"Mon site\"").orElse("");
        String baseUrl = yaml.requiredString("baseUrl", "baseUrl: \"https://example.org/\"")
                .flatMap(value -> {
                    Optional<String> url = BaseUrls.parse(value);
                    if (url.isEmpty()) {
                        yaml.error("baseUrl", "'baseUrl' must be an absolute http(s) URL (got \"" + value
                                + "\"); write it like https://example.org/ or https://example.org/site/");
                    }
                    return url;
                }).orElse("https://example.org/");
        String language = yaml.string("language").map(String::strip).orElse("fr");
        Locale locale = yaml.string("locale").map(value -> parseLocale(yaml, value))
                .orElse(Locale.forLanguageTag("fr-FR"));
        ZoneId timezone = yaml.string("timezone").map(value -> parseZone(yaml, value))
                .orElse(ZoneId.of("Europe/Paris"));
        String description = yaml.string("description").orElse("");
        int pageSize = yaml.positiveInt("pageSize").orElse(10);

        SiteConfig config = new SiteConfig(title, baseUrl, language, locale, timezone, description,
                organization(yaml), pageSize, permalinks(yaml), menu(yaml), markdown(yaml), offers(yaml),
                labels(yaml), params(yaml));
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(config);
    }

    private static Locale parseLocale(YamlMap yaml, String value) {
        Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            yaml.error("locale", "'locale' is not a language tag (got \"" + value + "\"); write it like fr-FR");
            return Locale.forLanguageTag("fr-FR");
        }
        return locale;
    }

    private static ZoneId parseZone(YamlMap yaml, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            yaml.error("timezone", "'timezone' is not a time zone (got \"" + value
                    + "\"); write a zone name like Europe/Paris or Africa/Lome");
            return ZoneId.of("Europe/Paris");
        }
    }

    private static Organization organization(YamlMap yaml) {
        return yaml.map("organization").map(org -> {
            org.warnUnknownKeys(Set.of("name", "url", "logo"), false);
            return new Organization(org.string("name").orElse(""), org.string("url").orElse(""),
                    org.string("logo").orElse(""));
        }).orElse(new Organization("", "", ""));
    }

    private static Permalinks permalinks(YamlMap yaml) {
        return yaml.map("permalinks").map(map -> {
            map.warnUnknownKeys(Set.of("article", "offer", "page"), false);
            Permalinks d = Permalinks.DEFAULT;
            return new Permalinks(pattern(map, "article", d.article()), pattern(map, "offer", d.offer()),
                    pattern(map, "page", d.page()));
        }).orElse(Permalinks.DEFAULT);
    }

    private static String pattern(YamlMap map, String key, String fallback) {
        return map.string(key).map(String::strip).filter(value -> {
            boolean ok = value.startsWith("/") && value.contains(":slug")
                    && (value.endsWith("/") || value.endsWith(".html")) && !value.contains("..");
            if (!ok) {
                map.error(key, "permalink '" + key + "' must start with '/', contain ':slug' and end with '/' or"
                        + " '.html' (got \"" + value + "\"); write it like " + fallback);
            }
            return ok;
        }).orElse(fallback);
    }

    private static List<MenuItem> menu(YamlMap yaml) {
        List<MenuItem> items = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("menu")) {
            entry.warnUnknownKeys(Set.of("title", "url"), false);
            Optional<String> title = entry.requiredString("title", "title: Accueil");
            Optional<String> url = entry.requiredString("url", "url: /");
            if (title.isPresent() && url.isPresent()) {
                items.add(new MenuItem(title.get(), url.get().strip()));
            }
        }
        return List.copyOf(items);
    }

    private static MarkdownSettings markdown(YamlMap yaml) {
        return yaml.map("markdown").map(map -> {
            map.warnUnknownKeys(Set.of("rawHtml"), false);
            boolean escape = map.string("rawHtml").map(value -> switch (value.strip()) {
                case "escape" -> true;
                case "pass", "allow" -> false;
                default -> {
                    map.error("rawHtml", "'rawHtml' must be pass or escape (got \"" + value + "\")");
                    yield false;
                }
            }).orElse(false);
            return new MarkdownSettings(escape);
        }).orElse(new MarkdownSettings(false));
    }

    private static OfferSettings offers(YamlMap yaml) {
        return yaml.map("offers").map(map -> {
            map.warnUnknownKeys(Set.of("types", "defaultCountry"), false);
            Map<String, String> types = map.map("types").map(YamlMap::stringMap)
                    .filter(m -> !m.isEmpty()).orElse(OfferSettings.DEFAULT_TYPES);
            String country = map.string("defaultCountry").map(String::strip).orElse("");
            return new OfferSettings(types, country);
        }).orElse(new OfferSettings(OfferSettings.DEFAULT_TYPES, ""));
    }

    private static Map<String, String> labels(YamlMap yaml) {
        Map<String, String> labels = new LinkedHashMap<>(DefaultLabels.FRENCH);
        yaml.map("labels").ifPresent(map -> {
            map.warnUnknownKeys(DefaultLabels.FRENCH.keySet(), false);
            map.stringMap().forEach((key, value) -> {
                if (labels.containsKey(key)) {
                    labels.put(key, value);
                }
            });
        });
        return java.util.Collections.unmodifiableMap(labels);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(YamlMap yaml) {
        return yaml.plain("params").filter(Map.class::isInstance).map(p -> (Map<String, Object>) p)
                .orElse(Map.of());
    }
}
