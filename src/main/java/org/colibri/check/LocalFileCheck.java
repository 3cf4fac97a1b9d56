package org.colibri.check;

import java.util.List;

import org.colibri.content.ImageRef;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;
import org.colibri.site.LinkUse;
import org.colibri.site.Urls;

/**
 * Images and other files the site does not have: site-absolute paths in Markdown and front matter
 * ({@code /images/x.jpg}), raw HTML, and links to documents. Relative paths were checked by the build.
 */
final class LocalFileCheck implements Check {

    static final String RULE = "file";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        List<String> files = null;
        for (ContentLink link : context.links()) {
            if (link.reportedByBuild() || link.resolution() == LinkUse.Resolution.FOUND) {
                continue;
            }
            Target target = context.resolve(link);
            if (target.kind() == Target.Kind.OUTSIDE && link.isEmbedded()) {
                findings.add(Diagnostic.error(link.location(), LinkMessages.outside(link.written(), target,
                        context.site().urls().basePath())).withRule(RULE));
            } else if (target.kind() == Target.Kind.MISSING && LinkMessages.isFile(link, target)) {
                files = files != null ? files : context.sitePaths(false);
                String what = link.element().normalName().equals("img") ? "image" : "file";
                findings.add(Diagnostic.error(link.location(),
                        LinkMessages.missingFile(what, link.written(), target, files)).withRule(RULE));
            }
        }
        for (Entry entry : context.site().entries()) {
            ImageRef image = entry.item().image();
            if (image == null || !image.path().startsWith("/") || Urls.isExternal(image.path())) {
                continue; // relative images were checked by the build, external ones by --external
            }
            Target target = context.resolve(context.site().urls().link(image.path()), context.pageLink(entry));
            if (target.kind() != Target.Kind.FOUND) {
                files = files != null ? files : context.sitePaths(false);
                findings.add(Diagnostic.error(SourceLocation.of(entry.item().sourcePath(), image.line()),
                        target.kind() == Target.Kind.MISSING
                                ? LinkMessages.missingFile("image", image.path(), target, files)
                                : LinkMessages.outside(image.path(), target, context.site().urls().basePath()))
                        .withRule(RULE));
            }
        }
    }
}
