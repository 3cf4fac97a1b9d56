/**
 * Turns the assembled site into output files: FreeMarker templates (the site's own over the
 * packaged theme, {@code .ftlh} with HTML auto-escaping) fed with {@code render.view} records, and
 * the machine-readable files (Atom feeds, sitemap, robots.txt, redirects, JSON-LD) written in Java
 * so that their escaping is exact. The only package that imports FreeMarker.
 */
package org.colibri.render;
