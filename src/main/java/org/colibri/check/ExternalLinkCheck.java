package org.colibri.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.colibri.content.ImageRef;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;
import org.colibri.site.Urls;

/**
 * Links to other sites that no longer answer. Warnings, not errors: another site's outage should
 * not block a publication (unless {@code --strict}). Good answers are cached for a while, so daily
 * runs do not ask every site every time.
 */
final class ExternalLinkCheck implements Check {

    static final String RULE = "external";

    private final ExternalLinkOptions options;

    ExternalLinkCheck(ExternalLinkOptions options) {
        this.options = options;
    }

    /** One place an external URL is written. */
    private record Use(String url, String written, SourceLocation location) {
    }

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        List<Use> uses = uses(context);
        LinkCache cache = LinkCache.load(options.cacheFile(), options.now(), options.maxAge());
        Set<String> toAsk = new LinkedHashSet<>();
        for (Use use : uses) {
            if (!cache.isFresh(use.url())) {
                toAsk.add(use.url());
            }
        }
        Map<String, LinkProber.Probe> probes = toAsk.isEmpty() ? Map.of()
                : new LinkProber(options, "colibri-link-check (static site generator)").probeAll(toAsk);
        for (Use use : uses) {
            LinkProber.Probe probe = probes.get(use.url());
            if (probe != null && probe.broken()) {
                findings.add(Diagnostic.warning(use.location(), "external link '" + use.written() + "' does not"
                        + " work (" + probe.problem() + "); fix or remove it, or check it again later if the"
                        + " other site is down").withRule(RULE));
            }
        }
        probes.forEach((url, probe) -> {
            if (probe.cacheable()) {
                cache.remember(url, probe.status(), options.now());
            }
        });
        if (options.cacheFile() != null && !probes.isEmpty()) {
            try {
                cache.save(options.cacheFile());
            } catch (IOException e) {
                String path = context.source().relativize(options.cacheFile().toAbsolutePath()).toString();
                findings.add(Diagnostic.warning(SourceLocation.file(path), "cannot write the external link cache ("
                        + e.getMessage() + "); check the folder's permissions, links will be asked again next time")
                        .withRule(RULE));
            }
        }
    }

    /** Every external http(s) URL of the content and front-matter images, without its #fragment. */
    private static List<Use> uses(CheckContext context) {
        List<Use> uses = new ArrayList<>();
        for (ContentLink link : context.links()) {
            if (context.resolve(link).kind() == Target.Kind.EXTERNAL) {
                uses.add(new Use(withoutFragment(link.url()), link.written(), link.location()));
            }
        }
        for (Entry entry : context.site().entries()) {
            ImageRef image = entry.item().image();
            if (image != null && Urls.isExternal(image.path())
                    && context.resolve(image.path(), context.pageLink(entry)).kind() == Target.Kind.EXTERNAL) {
                uses.add(new Use(withoutFragment(image.path()), image.path(),
                        SourceLocation.of(entry.item().sourcePath(), image.line())));
            }
        }
        return uses;
    }

    /** Fragments are read by the browser, never sent; protocol-relative URLs are asked over https. */
    private static String withoutFragment(String url) {
        String absolute = url.startsWith("//") ? "https:" + url : url;
        int hash = absolute.indexOf('#');
        return hash < 0 ? absolute : absolute.substring(0, hash);
    }
}
