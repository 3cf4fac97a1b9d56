package org.colibri.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this Colibri, written into the jar by Maven; part of every build cache key. */
public final class ColibriVersion {

    private ColibriVersion() {
    }

    /**
     * What identifies this build of Colibri for its cache: the version plus a digest of the jar it
     * runs from, so that a rebuilt jar with the same version number never reads an older cache.
     */
    public static String cacheIdentity() {
        String version = current();
        try {
            var location = ColibriVersion.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path jar = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(jar)) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(java.nio.file.Files.readAllBytes(jar));
                return version + "+" + java.util.HexFormat.of().formatHex(digest, 0, 8);
            }
        } catch (IOException | java.net.URISyntaxException | java.security.NoSuchAlgorithmException
                | RuntimeException e) {
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
