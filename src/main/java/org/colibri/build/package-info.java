/**
 * The build pipeline: settings → content → Markdown → site → render → snapshot, each stage
 * reporting into one {@link org.colibri.diagnostic.Diagnostics}; writing happens only when no
 * stage reported an error, so a failed build leaves the previous output as it was.
 */
package org.colibri.build;
