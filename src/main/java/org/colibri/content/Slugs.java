package org.colibri.content;

import java.text.Normalizer;

/**
 * The one rule that turns file names, bundle names, {@code slug} values, tags and headings into URL
 * parts: {@code Évènement à Lomé : l'œuvre} → {@code evenement-a-lome-l-oeuvre}.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String slugify(String text) {
        String expanded = expandLigatures(text);
        String decomposed = Normalizer.normalize(expanded, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of a decomposed letter
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(lower);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.toString();
    }

    private static String expandLigatures(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        return text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
                .replace("ł", "l").replace("Ł", "L");
    }
}
