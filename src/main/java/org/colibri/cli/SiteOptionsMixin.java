package org.colibri.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.time.ZoneOffset;

import org.colibri.yaml.YamlDate;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every site command shares: where the site is and what "now" is. */
public final class SiteOptionsMixin {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The site's folder, holding site.yml, content/ and templates/ (default: the current folder).")
    Path source;

    @Option(names = "--now", paramLabel = "DATE", converter = NowConverter.class,
            description = "Today's date for drafts, future items and offer deadlines: 2024-12-01 or"
                    + " 2024-12-01T09:30:00+01:00 (default: SOURCE_DATE_EPOCH when set, else the clock).")
    YamlDate now;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /** The site's folder, absolute; a usage error when it is not a folder. */
    Path sourceRoot() {
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--source " + root + " is not a folder; pass the folder that holds site.yml");
        }
        return root;
    }

    /** Today in {@code zone}: the day of {@code --now} (or of the clock) there. */
    LocalDate today(Environment environment, ZoneId zone) {
        YamlDate day = now(environment);
        return day.time() == null && day.offset() == null ? day.date() : day.at(zone).toLocalDate();
    }

    /** {@code --now}, else {@code SOURCE_DATE_EPOCH}, else the clock. */
    YamlDate now(Environment environment) {
        if (now != null) {
            return now;
        }
        Instant instant = environment.clock().instant();
        String epoch = environment.variables().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                instant = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "SOURCE_DATE_EPOCH must be a number of seconds (got \"" + epoch + "\")");
            }
        }
        var utc = instant.atOffset(ZoneOffset.UTC);
        return new YamlDate(utc.toLocalDate(), utc.toLocalTime(), ZoneOffset.UTC);
    }
}
