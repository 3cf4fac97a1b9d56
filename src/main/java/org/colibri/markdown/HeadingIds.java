package org.colibri.markdown;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Heading ids from the site's slug rule, unique within a page ({@code intro}, {@code intro-2}).
 * Ids are assigned while walking the document (so the table of contents sees them); the renderer
 * only reads them back.
 */
final class HeadingIds {

    private final UnaryOperator<String> slugger;
    private final Set<String> used = new HashSet<>();

    HeadingIds(UnaryOperator<String> slugger) {
        this.slugger = slugger;
    }

    String next(String text) {
        String base = slugger.apply(text);
        if (base.isEmpty()) {
            base = "section";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A renderer-side generator that returns the ids already set on the nodes. */
    static HeaderIdGeneratorFactory readBack(UnaryOperator<String> slugger) {
        HtmlIdGenerator generator = new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                // ids were assigned by MarkdownRenderer before rendering
            }

            @Override
            public String getId(Node node) {
                return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
            }

            @Override
            public String getId(CharSequence text) {
                return slugger.apply(text.toString());
            }
        };
        return new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return generator;
            }

            @Override
            public HtmlIdGenerator create() {
                return generator;
            }
        };
    }
}
