/**
 * What a build produces: {@link org.colibri.output.OutputFile}s gathered in an immutable
 * {@link org.colibri.output.SiteSnapshot}, and the writer that replaces the output folder in one
 * swap so that a failed build leaves the previous output untouched.
 */
package org.colibri.output;
