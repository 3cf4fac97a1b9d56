package org.colibri.check;

import java.nio.file.Path;

/**
 * What to check besides what the build validates.
 *
 * @param source   the site's folder (site.yml and templates are read for locations)
 * @param external how to check external links, or null not to
 */
public record CheckOptions(Path source, ExternalLinkOptions external) {
}
