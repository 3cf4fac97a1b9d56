package org.colibri.scaffold;

import java.util.Locale;
import java.util.Optional;

import org.colibri.content.Kind;

/** What {@code colibri new} can create, and the folder under {@code content/} it goes to. */
public enum StarterKind {
    ARTICLE(Kind.ARTICLE),
    OFFER(Kind.OFFER),
    PAGE(Kind.PAGE);

    private final Kind kind;

    StarterKind(Kind kind) {
        this.kind = kind;
    }

    /** {@code article}, {@code offer} or {@code page}, as typed on the command line. */
    public static Optional<StarterKind> parse(String text) {
        for (StarterKind value : values()) {
            if (value.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return kind.id();
    }

    /** The folder under {@code content/}: {@code articles}, {@code offers} or {@code pages}. */
    String folder() {
        return kind.folder();
    }

    /** The packaged starter text. */
    String resource() {
        return id() + ".md";
    }

    /** The French word used in messages to editors. */
    String noun() {
        return switch (this) {
            case ARTICLE -> "l'article";
            case OFFER -> "l'offre";
            case PAGE -> "la page";
        };
    }
}
