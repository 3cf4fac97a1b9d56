package org.colibri.check;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;

/** Open offers that do not say where to apply. Closed and filled ones no longer need to. */
final class OfferContactCheck implements Check {

    static final String RULE = "contact";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        for (Entry entry : context.site().openOffers()) {
            if (entry.item().offer().contact().isBlank()) {
                findings.add(Diagnostic.warning(SourceLocation.of(entry.item().sourcePath(), entry.item().lineOf("")),
                        "open offer without 'contact'; add contact: with the e-mail address or web page where"
                                + " candidates apply").withRule(RULE));
            }
        }
    }
}
