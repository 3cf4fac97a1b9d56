package org.colibri.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.colibri.config.SiteConfig;
import org.colibri.config.SiteConfigLoader;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SiteException;
import org.colibri.scaffold.NewItem;
import org.colibri.scaffold.StarterKind;
import org.colibri.scaffold.StarterWriter;
import org.colibri.yaml.DateParser;
import org.colibri.yaml.YamlDate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code colibri new}: a starter file with every front-matter field, as a draft. */
@Command(name = "new", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Create a draft article, offer or page with its front matter.",
            "Writes content/KIND/NAME.md (NAME from the title) and never replaces an existing file."},
        footer = {"", "Examples:",
            "  colibri new article \"Octobre Rose à Lomé\" --tags Santé,Togo",
            "  colibri new offer \"Stage à Lomé\" --type stage --deadline 2025-01-31",
            "", "Exit codes: 0 created, 1 the file exists or site.yml has errors, 2 bad command line."})
public final class NewCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "article, offer or page.")
    String kind;

    // Several words are joined, so a title typed without quotes still works.
    @Parameters(index = "1..*", paramLabel = "TITLE", arity = "1..*", description = "The title, in quotes.")
    List<String> title;

    @Mixin
    SiteOptionsMixin site;

    @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Tags, separated by commas.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE",
            description = "Publication date, e.g. 2024-12-01 (default: today in the site's time zone).")
    String date;

    @Option(names = "--type", paramLabel = "TYPE", description = "Offer type, one of site.yml's offers.types"
            + " (by default emploi, stage, appel-d-offres, volontariat, service-civique).")
    String type;

    @Option(names = "--deadline", paramLabel = "DATE", description = "Offer: last day to apply, 2024-12-31.")
    String deadline;

    @Option(names = "--location", paramLabel = "PLACE", description = "Offer: where, e.g. \"Lomé, Togo\".")
    String location;

    @Option(names = "--bundle", description = "Create NAME/index.md, a folder that also holds the item's images.")
    boolean bundle;

    @Override
    public Integer call() throws IOException {
        StarterKind starter = StarterKind.parse(kind).orElseThrow(() -> usage("unknown kind '" + kind
                + "'; use article, offer or page"));
        Path siteRoot = site.sourceRoot();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = SiteConfigLoader.load(siteRoot, diagnostics);
        if (config.isEmpty()) {
            DiagnosticPrinter.print(diagnostics.sorted(), err, false);
            err.println("Nothing was created: fix site.yml first.");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        String day = date(config.get());
        NewItem item = new NewItem(starter, String.join(" ", title).strip(), day,
                tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList(), bundle,
                type == null ? null : type.strip(), deadline(day), location);
        StarterWriter writer = new StarterWriter(siteRoot, config.get());
        Optional<String> problem = writer.problem(item);
        if (problem.isPresent()) {
            throw usage(problem.get());
        }
        String created;
        try {
            created = writer.create(item);
        } catch (SiteException e) {
            DiagnosticPrinter.print(e.diagnostics(), err, false);
            return ExitCodes.SITE_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + created + " (draft: set draft: false to publish)");
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --date} as written once it reads as a date, else today in the site's zone. */
    private String date(SiteConfig config) {
        if (date == null) {
            return site.today(root.environment(), config.timezone()).toString();
        }
        Optional<YamlDate> parsed = DateParser.parse(date);
        if (parsed.isEmpty()) {
            throw usage("--date '" + date + "' is not a date; write it like 2024-12-01 or 2024-12-01T09:30:00+01:00");
        }
        return date.strip();
    }

    private LocalDate deadline(String day) {
        if (deadline == null) {
            return null;
        }
        Optional<YamlDate> parsed = DateParser.parse(deadline);
        if (parsed.isEmpty() || parsed.get().time() != null) {
            throw usage("--deadline '" + deadline + "' is not a day; write it like 2024-12-31");
        }
        LocalDate deadlineDay = parsed.get().date();
        LocalDate published = DateParser.parse(day).orElseThrow().date();
        if (deadlineDay.isBefore(published)) {
            throw usage("--deadline " + deadlineDay + " is before the offer's date " + published
                    + "; fix the deadline" + (date == null ? "" : " or --date"));
        }
        return deadlineDay;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
