package org.colibri.render.view;

/**
 * One entry of a list's page links. Long lists show the first and last pages and those around
 * the current one; {@code gap} entries stand for the pages left out (print "…", no link).
 */
public record PageLinkView(int number, String url, boolean current, boolean gap) {
}
