package org.colibri.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.colibri.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void splitsYamlFromBodyAndKnowsWhereTheBodyStarts() {
        FrontMatter fm = FrontMatterSplitter.split("---\ntitle: A\ndate: 2024-10-01\n---\nCorps\n", "a.md",
                diagnostics).orElseThrow();
        assertThat(fm.yaml()).isEqualTo("title: A\ndate: 2024-10-01\n");
        assertThat(fm.yamlFirstLine()).isEqualTo(2);
        assertThat(fm.body()).isEqualTo("Corps\n");
        assertThat(fm.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void acceptsByteOrderMarkCrlfAndDotsAsClosingLine() {
        FrontMatter fm = FrontMatterSplitter.split("\uFEFF---\r\ntitle: A\r\n...\r\nCorps\r\n", "a.md", diagnostics)
                .orElseThrow();
        assertThat(fm.yaml()).isEqualTo("title: A\n");
        assertThat(fm.body()).isEqualTo("Corps\n");
        assertThat(fm.bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void acceptsAnEmptyBody() {
        FrontMatter fm = FrontMatterSplitter.split("---\ntitle: A\n---", "a.md", diagnostics).orElseThrow();
        assertThat(fm.body()).isEmpty();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void doesNotTakeAHorizontalRuleInTheBodyForTheEnd() {
        FrontMatter fm = FrontMatterSplitter.split("---\ntitle: A\n---\nUn\n\n---\n\nDeux\n", "a.md", diagnostics)
                .orElseThrow();
        assertThat(fm.body()).isEqualTo("Un\n\n---\n\nDeux\n");
    }

    @Test
    void reportsAFileWithoutFrontMatterOrNotClosed() {
        assertThat(FrontMatterSplitter.split("# Titre\n", "a.md", diagnostics)).isEmpty();
        assertThat(FrontMatterSplitter.split("---\ntitle: A\n", "b.md", diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(d -> d.format()).containsExactly(
                "a.md:1: error: missing front matter; start the file with a line '---', then fields such as"
                        + " 'title: …' and 'date: 2024-10-26', then a closing '---'",
                "b.md:1: error: the front matter is not closed; add a line '---' after its last field");
    }
}
