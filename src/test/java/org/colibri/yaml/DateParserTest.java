package org.colibri.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void readsDaysDateTimesWithAndWithoutOffset() {
        assertThat(DateParser.parse("2024-10-26")).contains(new YamlDate(LocalDate.of(2024, 10, 26), null, null));
        assertThat(DateParser.parse("2024-10-26T09:30:00+02:00")).contains(new YamlDate(LocalDate.of(2024, 10, 26),
                LocalTime.of(9, 30), ZoneOffset.ofHours(2)));
        assertThat(DateParser.parse("2024-10-26 09:30")).contains(new YamlDate(LocalDate.of(2024, 10, 26),
                LocalTime.of(9, 30), null));
        assertThat(DateParser.parse("2024-10-26T07:30:00Z").orElseThrow().at(ZoneId.of("Europe/Paris")).toString())
                .isEqualTo("2024-10-26T09:30+02:00[Europe/Paris]");
    }

    @Test
    void refusesImpossibleDaysAndText() {
        assertThat(DateParser.parse("2024-02-30")).isEmpty();
        assertThat(DateParser.looksLikeImpossibleDay("2024-02-30")).isTrue();
        assertThat(DateParser.parse("2023-02-29")).isEmpty();
        assertThat(DateParser.parse("2024-02-29")).isPresent();
        assertThat(DateParser.parse("demain")).isEmpty();
        assertThat(DateParser.looksLikeImpossibleDay("demain")).isFalse();
    }
}
