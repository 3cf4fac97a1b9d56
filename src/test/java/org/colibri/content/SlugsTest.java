package org.colibri.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Évènement à Lomé : l'œuvre | evenement-a-lome-l-oeuvre",
        "Santé | sante",
        "santé | sante",
        "SANTÉ | sante",
        "Assistant·e relations institutionnelles | assistant-e-relations-institutionnelles",
        "« Clé en main » | cle-en-main",
        "V.I.E.S | v-i-e-s",
        "Ça, c’est l’été ! | ca-c-est-l-ete",
        "  espaces   multiples  | espaces-multiples",
        "Octobre Rose 2024 | octobre-rose-2024",
        "Æsop & Straße | aesop-strasse",
        "octobre-rose-togo-2024 | octobre-rose-togo-2024",
        "🎗️ Ruban | ruban",
    })
    void turnsFrenchTextIntoAsciiUrlParts(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"!!! | ''", "« » | ''", "🎗️ | ''"})
    void givesNothingForTextWithoutLettersOrDigits(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }
}
