/**
 * {@code colibri new}: starter files for articles, offers and pages, written from packaged
 * templates with every front-matter field an editor may fill, and never over an existing file.
 */
package org.colibri.scaffold;
