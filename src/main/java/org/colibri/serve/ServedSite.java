package org.colibri.serve;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.output.SiteSnapshot;

/**
 * What the server answers from at one moment. Requests read it once and serve from it alone, so a
 * rebuild that swaps in a new one never shows a page half old and half new.
 *
 * @param snapshot the last site that built without error, or null before the first one
 * @param errors   the errors of the last build when it failed, else empty
 * @param version  counts the good builds; a page knows the version it came from
 */
record ServedSite(SiteSnapshot snapshot, List<Diagnostic> errors, long version) {

    ServedSite {
        errors = List.copyOf(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
