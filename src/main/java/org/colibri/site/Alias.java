package org.colibri.site;

/** An old URL ({@code aliases:}) that redirects to an entry. */
public record Alias(String fromUrl, Entry target) {
}
