package org.colibri.check;

import org.colibri.content.ImageRef;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;

/**
 * Images without a text alternative, which screen readers announce as a bare file name. Raw HTML
 * {@code alt=""} is accepted as a deliberately decorative image; Markdown cannot say that.
 */
final class ImageAltCheck implements Check {

    static final String RULE = "alt";

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        for (ContentLink link : context.links()) {
            if (!link.element().normalName().equals("img") || !link.element().hasAttr("src")
                    || !link.url().equals(link.element().attr("src"))) {
                continue;
            }
            if (link.markdown() && link.element().attr("alt").isBlank()) {
                findings.add(Diagnostic.warning(link.location(), "image '" + link.written() + "' has no alt text;"
                        + " describe what it shows between the brackets: ![Ce que montre l'image]("
                        + link.written() + ")").withRule(RULE));
            } else if (!link.markdown() && !link.element().hasAttr("alt")) {
                findings.add(Diagnostic.warning(link.location(), "image '" + link.written() + "' has no alt"
                        + " attribute; add alt=\"…\" describing what it shows (alt=\"\" for a decorative image)")
                        .withRule(RULE));
            }
        }
        for (Entry entry : context.site().entries()) {
            ImageRef image = entry.item().image();
            if (image != null && image.alt().isBlank()) {
                findings.add(Diagnostic.warning(SourceLocation.of(entry.item().sourcePath(), image.line()),
                        "'image' has no 'imageAlt'; add imageAlt: \"…\" describing what the picture shows, for"
                                + " people who cannot see it").withRule(RULE));
            }
        }
    }
}
