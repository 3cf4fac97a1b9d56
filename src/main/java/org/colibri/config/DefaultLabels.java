package org.colibri.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme's French UI texts. {@code site.yml} {@code labels:} overrides any of them, so an
 * English site changes words without touching templates. The keys are the only ones accepted.
 */
public final class DefaultLabels {

    private DefaultLabels() {
    }

    public static final Map<String, String> FRENCH = build();

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("skipToContent", "Aller au contenu");
        m.put("mainMenu", "Menu principal");
        m.put("articles", "Actualités");
        m.put("latestArticles", "Dernières actualités");
        m.put("allArticles", "Toutes les actualités");
        m.put("offers", "Offres");
        m.put("openOffers", "Offres ouvertes");
        m.put("allOffers", "Toutes les offres");
        m.put("noOpenOffers", "Aucune offre ouverte pour le moment.");
        m.put("tags", "Thèmes");
        m.put("archives", "Archives");
        m.put("readMore", "Lire la suite");
        m.put("publishedOn", "Publié le");
        m.put("updatedOn", "Mis à jour le");
        m.put("by", "Par");
        m.put("readingTime", "Lecture : {0} min");
        m.put("tableOfContents", "Sommaire");
        m.put("previousArticle", "Article précédent");
        m.put("nextArticle", "Article suivant");
        m.put("pagination", "Pagination");
        m.put("previousPage", "Page précédente");
        m.put("nextPage", "Page suivante");
        m.put("pageOf", "Page {0} sur {1}");
        m.put("items", "{0} contenus");
        m.put("oneItem", "1 contenu");
        m.put("deadline", "Date limite");
        m.put("keyFacts", "L’essentiel");
        m.put("offerType", "Type");
        m.put("location", "Lieu");
        m.put("duration", "Durée");
        m.put("contract", "Contrat");
        m.put("apply", "Pour postuler");
        m.put("statusOpen", "Ouverte");
        m.put("statusFilled", "Offre pourvue");
        m.put("statusClosed", "Candidatures closes");
        m.put("closesInDays", "Clôture dans {0} jours");
        m.put("closesTomorrow", "Clôture demain");
        m.put("lastDay", "Dernier jour pour postuler");
        m.put("draft", "Brouillon");
        m.put("feed", "Flux Atom");
        m.put("offersFeed", "Flux des offres");
        m.put("notFoundTitle", "Page introuvable");
        m.put("notFoundText", "La page demandée n’existe pas ou a été déplacée.");
        m.put("backHome", "Retour à l’accueil");
        m.put("redirecting", "Cette page a été déplacée.");
        m.put("photoCredit", "Crédit");
        return java.util.Collections.unmodifiableMap(m);
    }
}
