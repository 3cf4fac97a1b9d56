package org.colibri.cli;

import picocli.CommandLine.Option;

/** Which items count as published, for {@code build} and {@code check}. */
public final class PublicationOptionsMixin {

    @Option(names = "--drafts", description = "Include items marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include items dated after --now.")
    boolean future;
}
