/** The site's settings: {@code site.yml} read into {@link org.colibri.config.SiteConfig}, with defaults and validation. */
package org.colibri.config;
