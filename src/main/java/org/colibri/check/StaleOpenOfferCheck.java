package org.colibri.check;

import org.colibri.content.OfferStatus;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;

/**
 * Offers that still say {@code status: open} although their deadline has passed: the site shows
 * them closed, and the file says otherwise to whoever reads it next.
 */
final class StaleOpenOfferCheck implements Check {

    static final String RULE = "stale-status";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        for (Entry entry : context.site().offers()) {
            var fields = entry.item().offer();
            if (fields.statusExplicit() && fields.status() == OfferStatus.OPEN && fields.deadline() != null
                    && entry.offer().status() == OfferStatus.CLOSED) {
                findings.add(Diagnostic.warning(SourceLocation.of(entry.item().sourcePath(),
                        entry.item().lineOf("status")), "'status: open' but the deadline (" + fields.deadline()
                        + ") has passed, so the offer shows as closed; write status: closed or status: filled,"
                        + " or remove the line").withRule(RULE));
            }
        }
    }
}
