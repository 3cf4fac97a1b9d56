package org.colibri.cli;

import org.colibri.build.ColibriVersion;

import picocli.CommandLine;

/** {@code colibri --version}, from the version Maven wrote into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"colibri " + ColibriVersion.current(), "Java " + System.getProperty("java.version")};
    }
}
