package org.colibri.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void decodesTheBodyOfTheNormalisedTextWhenFirstRead() {
        String file = "\uFEFF---\r\ntitle: Été\r\n---\r\nCorps « accentué » pour tou·tes.\r\n";
        String normalized = FrontMatterSplitter.normalize(file);
        int offset = normalized.indexOf("Corps");
        SourceText lazy = SourceText.after(file.getBytes(StandardCharsets.UTF_8), offset);
        assertThat(lazy.get()).isEqualTo("Corps « accentué » pour tou·tes.\n");
        assertThat(lazy).isEqualTo(SourceText.of("Corps « accentué » pour tou·tes.\n"))
                .hasSameHashCodeAs(SourceText.of("Corps « accentué » pour tou·tes.\n"));
        assertThat(lazy).isNotEqualTo(SourceText.of("Autre corps.\n"));
    }
}
