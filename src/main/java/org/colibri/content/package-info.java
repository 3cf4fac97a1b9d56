/**
 * The files under {@code content/}: which are articles, offers and pages, their front matter read
 * into {@link org.colibri.content.Item} records, the bundles' resources and the other files to copy.
 */
package org.colibri.content;
