package org.colibri.render;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.colibri.config.Organization;
import org.colibri.config.SiteConfig;
import org.colibri.content.OfferFields;
import org.colibri.site.Entry;
import org.colibri.site.Urls;

/**
 * JSON-LD for search engines: {@code NewsArticle} on articles, {@code JobPosting} on open offers of
 * the types Google for Jobs accepts. Built as data and serialized by {@link Json}, so every value
 * an editor wrote is escaped.
 */
final class StructuredData {

    /** Offer types that are job postings; calls for tenders are not. */
    static final Set<String> JOB_TYPES = Set.of("emploi", "stage", "volontariat", "service-civique");

    private final SiteConfig config;
    private final Urls urls;

    StructuredData(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** The JSON-LD of an entry, or null when it has none. */
    String of(Entry entry) {
        return switch (entry.kind()) {
            case ARTICLE -> Json.write(newsArticle(entry));
            case OFFER -> entry.offer().isOpen() && JOB_TYPES.contains(entry.item().offer().type())
                    ? Json.write(jobPosting(entry)) : null;
            case PAGE -> null;
        };
    }

    private Map<String, Object> newsArticle(Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", entry.title());
        json.put("description", entry.summary().isEmpty() ? null : entry.summary());
        json.put("datePublished", DateFormats.iso(entry.date()));
        json.put("dateModified", DateFormats.iso(entry.lastModified()));
        json.put("mainEntityOfPage", urls.absolute(entry.url()));
        if (entry.image() != null) {
            json.put("image", List.of(urls.absolute(entry.image().url())));
        }
        String author = entry.item().author();
        json.put("author", author.isEmpty() ? organization() : ordered("@type", "Person", "name", author));
        json.put("publisher", organization());
        return json;
    }

    private Map<String, Object> jobPosting(Entry entry) {
        OfferFields offer = entry.item().offer();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "JobPosting");
        json.put("title", entry.title());
        json.put("description", entry.content().html());
        json.put("datePosted", DateFormats.iso(entry.date()));
        if (offer.deadline() != null) {
            json.put("validThrough", DateFormats.iso(offer.deadline().atTime(LocalTime.of(23, 59, 59))
                    .atZone(config.timezone())));
        }
        json.put("employmentType", employmentType(offer));
        json.put("hiringOrganization", organization());
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", PostalAddresses.parse(offer.location(), config.offers().defaultCountry()));
        json.put("jobLocation", place);
        json.put("url", urls.absolute(entry.url()));
        return json;
    }

    static String employmentType(OfferFields offer) {
        return switch (offer.type()) {
            case "stage" -> "INTERN";
            case "volontariat", "service-civique" -> "VOLUNTEER";
            default -> offer.contract().toUpperCase(java.util.Locale.ROOT).contains("CDD") ? "TEMPORARY" : "FULL_TIME";
        };
    }

    /**
     * A two-key JSON object in this order. Never {@code Map.of}: its iteration order changes from
     * one JVM to the next, and the output must be byte-identical between runs.
     */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(k1, v1);
        json.put(k2, v2);
        return json;
    }

    private Map<String, Object> organization() {
        Organization org = config.organization();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", "Organization");
        json.put("name", org.name().isEmpty() ? config.title() : org.name());
        json.put("url", org.url().isEmpty() ? config.baseUrl() : org.url());
        if (!org.logo().isEmpty()) {
            json.put("logo", ordered("@type", "ImageObject", "url", urls.absolute(org.logo())));
        }
        return json;
    }
}
