package org.colibri.config;

import java.util.Map;

/**
 * Offer types and their labels, in the order the site lists them, and the country assumed when an
 * offer's location names none (ISO 3166 code, may be empty).
 */
public record OfferSettings(Map<String, String> types, String defaultCountry) {

    public OfferSettings {
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }

    public static final Map<String, String> DEFAULT_TYPES = defaultTypes();

    private static Map<String, String> defaultTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("emploi", "Offre d'emploi");
        types.put("stage", "Stage");
        types.put("appel-d-offres", "Appel d'offres");
        types.put("volontariat", "Volontariat");
        types.put("service-civique", "Service civique");
        return java.util.Collections.unmodifiableMap(types);
    }
}
