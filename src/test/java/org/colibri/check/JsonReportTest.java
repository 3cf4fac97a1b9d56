package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReportTest {

    @Test
    void escapesEverythingJsonRequiresAndKeepsTextAsUtf8() throws Exception {
        String message = "quote \" backslash \\ tab \t newline \n bell \u0007 separator \u2028 é «»";
        String json = JsonReport.render(List.of(
                Diagnostic.warning(new SourceLocation("content/a \"b\".md", 3, 7), message).withRule("alt"),
                Diagnostic.error(SourceLocation.file("site.yml"), "x")));

        List<Map<String, Object>> parsed = new ObjectMapper().readValue(json, new TypeReference<>() {
        });

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).containsEntry("path", "content/a \"b\".md").containsEntry("line", 3)
                .containsEntry("column", 7).containsEntry("severity", "warning").containsEntry("rule", "alt")
                .containsEntry("message", message);
        assertThat(parsed.get(1)).containsEntry("line", null).containsEntry("column", null)
                .containsEntry("rule", "build");
        assertThat(json).contains("\\u0007", "\\u2028", "é «»").doesNotContain("\t");
    }

    @Test
    void writesAnEmptyArrayWhenThereIsNothing() {
        assertThat(JsonReport.render(List.of())).isEqualTo("[]\n");
    }
}
