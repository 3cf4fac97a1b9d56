/**
 * The assembled site: which items are published at {@code now}, their URLs, rendered Markdown,
 * effective offer status, tags, archives and sorted lists. Everything here is decided once per
 * build, so that renderers only read precomputed indexes.
 */
package org.colibri.site;
