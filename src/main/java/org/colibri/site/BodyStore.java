package org.colibri.site;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.markdown.RenderedMarkdown;

/**
 * Renderings of item bodies kept between runs of Colibri (the build cache). The store only keeps
 * and hands back values; the key says what a rendering was made from, and the recorded answers of
 * the link targets it looked up must all still hold for a stored rendering to be used.
 */
public interface BodyStore {

    /** A stored rendering under {@code key}, or null. */
    Stored find(String key);

    /** Keeps a rendering made in this run, or found still right in it. */
    void keep(String key, Stored stored);

    /** No store: every body is rendered. */
    BodyStore NONE = new BodyStore() {
        @Override
        public Stored find(String key) {
            return null;
        }

        @Override
        public void keep(String key, Stored stored) {
            // nothing kept
        }
    };

    /** What rendering a body produced, and the link answers it depended on. */
    record Stored(RenderedMarkdown markdown, List<LinkUse> links, ResolvedImage image, List<Diagnostic> diagnostics,
                  List<TargetAnswer> answers) {
    }

    /**
     * What a link target (a source path) resolved to when the body was rendered: its page URL, its
     * file URL, whether it was unpublished. Null URLs mean "no such page" or "no such file".
     */
    record TargetAnswer(String sourcePath, String pageUrl, String fileUrl, boolean unpublished) {
    }
}
