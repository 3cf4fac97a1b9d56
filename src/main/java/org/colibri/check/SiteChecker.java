package org.colibri.check;

import java.util.ArrayList;
import java.util.List;

import org.colibri.build.BuildResult;
import org.colibri.diagnostic.Diagnostics;

/**
 * Runs every check over a site built in memory. The build's own diagnostics come first in the
 * same list: a site with content errors is still checked, so that one run reports everything.
 */
public final class SiteChecker {

    private SiteChecker() {
    }

    public static CheckResult check(BuildResult build, CheckOptions options) {
        Diagnostics findings = new Diagnostics();
        findings.addAll(build.diagnostics());
        if (build.site() == null || build.snapshot() == null) {
            return new CheckResult(findings.sorted(), 0, 0);
        }
        CheckContext context = new CheckContext(build.site(), build.snapshot(), options.source());
        for (Check check : checks(options)) {
            check.run(context, findings);
        }
        return new CheckResult(findings.sorted(), build.snapshot().htmlPages(), context.links().size());
    }

    private static List<Check> checks(CheckOptions options) {
        List<Check> checks = new ArrayList<>(List.of(new InternalLinkCheck(), new LocalFileCheck(),
                new AnchorCheck(), new TemplateLinkCheck(), new ImageAltCheck(), new OfferContactCheck(),
                new SummaryCheck(), new TagVariantCheck(), new StaleOpenOfferCheck()));
        if (options.external() != null) {
            checks.add(new ExternalLinkCheck(options.external()));
        }
        return checks;
    }
}
