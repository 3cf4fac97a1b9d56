package org.colibri.check;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;

/** Links to {@code #anchors} that the target page does not have (no element with that id or name). */
final class AnchorCheck implements Check {

    static final String RULE = "anchor";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        for (ContentLink link : context.links()) {
            if (link.reportedByBuild()) {
                continue;
            }
            Target target = context.resolve(link);
            if (!hasCheckableFragment(target)) {
                continue;
            }
            PageIndex.Page page = context.pages().page(target.outputPath());
            if (page == null || page.anchors().contains(target.fragment())) {
                continue;
            }
            boolean samePage = target.outputPath().equals(context.outputPath(link.entry()));
            findings.add(Diagnostic.error(link.location(), message(link.written(), target, page, samePage))
                    .withRule(RULE));
        }
    }

    /** An anchor in a built HTML page; {@code #} and {@code #top} always work. */
    static boolean hasCheckableFragment(Target target) {
        return target.kind() == Target.Kind.FOUND && target.isHtml() && target.fragment() != null
                && !target.fragment().isEmpty() && !target.fragment().equalsIgnoreCase("top");
    }

    static String message(String written, Target target, PageIndex.Page page, boolean samePage) {
        String fragment = "#" + target.fragment();
        String where = samePage ? "this page" : target.sitePath();
        String link = written.equals(fragment) ? "" : " (link '" + written + "')";
        return "anchor '" + fragment + "' not found on " + where + link + "; "
                + Suggestions.closest(target.fragment(), page.anchors()).map(s -> "did you mean '#" + s + "'?")
                        .orElse("use the id of one of its headings, made from the heading's text"
                                + " ('## Pour candidater' gives #pour-candidater)");
    }
}
