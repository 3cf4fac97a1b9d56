package org.colibri.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** {@code colibri --version}, from the version Maven wrote into the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The version of this Colibri, or {@code dev} when run from unpackaged classes. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/colibri/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"colibri " + version(), "Java " + System.getProperty("java.version")};
    }
}
