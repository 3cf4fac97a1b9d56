package org.colibri.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeySuggestionsTest {

    private static final List<String> KNOWN = List.of("title", "date", "tags", "deadline", "summary", "imageAlt");

    @Test
    void suggestsTheKnownKeyForTyposSwapsAndCase() {
        assertThat(KeySuggestions.closest("titel", KNOWN)).contains("title");
        assertThat(KeySuggestions.closest("tag", KNOWN)).contains("tags");
        assertThat(KeySuggestions.closest("dealine", KNOWN)).contains("deadline");
        assertThat(KeySuggestions.closest("imagealt", KNOWN)).contains("imageAlt");
        assertThat(KeySuggestions.closest("sumary", KNOWN)).contains("summary");
    }

    @Test
    void suggestsNothingForAnEditorsOwnField() {
        assertThat(KeySuggestions.closest("budget", KNOWN)).isEmpty();
        assertThat(KeySuggestions.closest("lieu", KNOWN)).isEmpty();
    }
}
