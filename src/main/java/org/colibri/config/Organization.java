package org.colibri.config;

/** The publisher: named in feeds, footers and structured data. Fields may be empty strings. */
public record Organization(String name, String url, String logo) {
}
