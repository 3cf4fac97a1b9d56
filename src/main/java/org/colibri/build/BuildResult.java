package org.colibri.build;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.output.SiteSnapshot;
import org.colibri.site.Site;

/**
 * What a build produced.
 *
 * @param snapshot    the built files, or null when a stage could not run
 * @param site        the assembled site, or null when a stage could not run
 * @param diagnostics every problem found, sorted
 * @param elapsed     how long the build took (for the summary line only, never for output)
 * @param timings     how long each stage took, in order (for {@code --timings})
 */
public record BuildResult(SiteSnapshot snapshot, Site site, List<Diagnostic> diagnostics, Duration elapsed,
                          List<StageTimer.Timing> timings) {

    public boolean failed() {
        return snapshot == null || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The next moment a rebuild would change the site, or null. */
    public ZonedDateTime nextChange() {
        return site == null ? null : site.nextChange();
    }
}
