package org.colibri.cli;

import org.colibri.yaml.DateParser;
import org.colibri.yaml.YamlDate;

import picocli.CommandLine;

/** Reads {@code --now}: {@code 2024-12-01} or {@code 2024-12-01T09:30:00+01:00}. */
final class NowConverter implements CommandLine.ITypeConverter<YamlDate> {

    @Override
    public YamlDate convert(String value) {
        return DateParser.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a date; write it like 2024-12-01 or 2024-12-01T09:30:00+01:00"));
    }
}
