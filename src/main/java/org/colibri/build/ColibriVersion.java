package org.colibri.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.colibri.content.Fingerprint;

/** The version of this Colibri, written into the jar by Maven; part of every build cache key. */
public final class ColibriVersion {

    private ColibriVersion() {
    }

    /**
     * What identifies this build of Colibri for its cache: the version plus a digest of the jar it
     * runs from, so that a rebuilt jar with the same version number never reads an older cache.
     */
    public static String cacheIdentity() {
        return Identity.VALUE;
    }

    /** Computed once per process: the page manifest and the body cache both need it. */
    private static final class Identity {
        static final String VALUE = computeIdentity();
    }

    private static String computeIdentity() {
        String version = current();
        try {
            var location = ColibriVersion.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path jar = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(jar)) {
                // A fingerprint, not SHA-256: this runs at the start of every build, before the JIT.
                return version + "+" + new Fingerprint().putBytes(java.nio.file.Files.readAllBytes(jar)).hex()
                        .substring(0, 16);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no jar to read (classes folder, custom class loader): the version alone names the build
        }
        return version;
    }

    /** The version, or {@code dev} when run from classes without the packaged properties. */
    public static String current() {
        try (InputStream in = ColibriVersion.class.getResourceAsStream("/org/colibri/version.properties")) {
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
}
