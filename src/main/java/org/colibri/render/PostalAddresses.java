package org.colibri.render;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an offer's {@code location} ("Ivry-sur-Seine, France", "Lomé (Togo)", "Dakar") into a
 * schema.org {@code PostalAddress}: the first part is the locality, a known country name in the
 * last part gives the ISO country code, else the site's default country.
 */
final class PostalAddresses {

    private static final Map<String, String> COUNTRIES = countries();

    private PostalAddresses() {
    }

    static Map<String, Object> parse(String location, String defaultCountry) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        String text = location.replace('(', ',').replace(")", "").strip();
        String[] parts = text.split("\\s*[,–—]\\s*|\\s+-\\s+");
        String country = null;
        int localityParts = parts.length;
        if (parts.length > 1) {
            country = COUNTRIES.get(key(parts[parts.length - 1]));
            if (country != null) {
                localityParts--;
            }
        } else if (COUNTRIES.containsKey(key(text))) {
            country = COUNTRIES.get(key(text));
            localityParts = 0;
        }
        if (localityParts > 0 && !parts[0].isBlank()) {
            address.put("addressLocality", parts[0].strip());
        }
        if (localityParts > 1) {
            address.put("addressRegion", parts[localityParts - 1].strip());
        }
        String code = country != null ? country : defaultCountry;
        if (code != null && !code.isBlank()) {
            address.put("addressCountry", code.strip().toUpperCase(Locale.ROOT));
        }
        return address;
    }

    private static String key(String name) {
        String n = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").replace('’', '\'');
    }

    private static Map<String, String> countries() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {
            {"france", "FR"}, {"togo", "TG"}, {"ghana", "GH"}, {"senegal", "SN"}, {"mali", "ML"},
            {"burkina faso", "BF"}, {"benin", "BJ"}, {"niger", "NE"}, {"cote d'ivoire", "CI"},
            {"cameroun", "CM"}, {"madagascar", "MG"}, {"maroc", "MA"}, {"tunisie", "TN"}, {"algerie", "DZ"},
            {"guinee", "GN"}, {"mauritanie", "MR"}, {"tchad", "TD"}, {"gabon", "GA"}, {"congo", "CG"},
            {"rdc", "CD"}, {"republique democratique du congo", "CD"}, {"rwanda", "RW"}, {"burundi", "BI"},
            {"haiti", "HT"}, {"vanuatu", "VU"}, {"cambodge", "KH"}, {"laos", "LA"}, {"vietnam", "VN"},
            {"liban", "LB"}, {"belgique", "BE"}, {"suisse", "CH"}, {"canada", "CA"}, {"quebec", "CA"},
            {"luxembourg", "LU"}, {"sainte-lucie", "LC"}, {"comores", "KM"}, {"djibouti", "DJ"},
            {"kenya", "KE"}, {"ethiopie", "ET"}, {"inde", "IN"}, {"bresil", "BR"}, {"perou", "PE"},
            {"bolivie", "BO"}, {"equateur", "EC"}, {"colombie", "CO"}, {"mexique", "MX"},
            {"nouvelle-caledonie", "NC"}, {"polynesie francaise", "PF"}, {"philippines", "PH"},
        };
        for (String[] pair : pairs) {
            m.put(pair[0], pair[1]);
        }
        return m;
    }
}
