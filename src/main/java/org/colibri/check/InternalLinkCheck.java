package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.site.LinkUse;

/**
 * Links in Markdown to site addresses that lead nowhere ({@code /articles/y/}, {@code /tags/x/},
 * relative folders). Links to Markdown files were checked by the build and are left to it.
 */
final class InternalLinkCheck implements Check {

    static final String RULE = "link";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        List<String> pages = null;
        for (ContentLink link : context.links()) {
            if (link.reportedByBuild() || link.resolution() == LinkUse.Resolution.FOUND) {
                continue;
            }
            Target target = context.resolve(link);
            if (target.kind() == Target.Kind.OUTSIDE && !link.isEmbedded()) {
                findings.add(Diagnostic.error(link.location(), LinkMessages.outside(link.written(), target,
                        context.site().urls().basePath())).withRule(RULE));
            } else if (target.kind() == Target.Kind.MISSING && !LinkMessages.isFile(link, target)) {
                pages = pages != null ? pages : context.sitePaths(true);
                findings.add(Diagnostic.error(link.location(), LinkMessages.missingPage(link.written(), target, pages))
                        .withRule(RULE));
            }
        }
    }
}
