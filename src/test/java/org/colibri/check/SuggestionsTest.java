package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsAnAddressATypoAwayOrTheOneThatContainsIt() {
        List<String> known = List.of("/articles/vies-levier-fondations/", "/tags/sante/", "pour-candidater",
                "contenu", "/images/logo.svg");
        assertThat(Suggestions.closest("/articles/vies-levier-fondation/", known))
                .contains("/articles/vies-levier-fondations/");
        assertThat(Suggestions.closest("/tags/snate/", known)).contains("/tags/sante/");
        assertThat(Suggestions.closest("candidater", known)).contains("pour-candidater");
        assertThat(Suggestions.closest("/images/brut.png", known)).isEmpty();
        assertThat(Suggestions.closest("/tags/sante/", known)).isEmpty();
    }
}
