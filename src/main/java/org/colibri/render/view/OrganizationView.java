package org.colibri.render.view;

/** The publisher from {@code site.yml}; empty strings when not set. {@code logo} is a link. */
public record OrganizationView(String name, String url, String logo) {
}
