package org.colibri.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Renders text nodes as flexmark's core renderer does (unescape, normalise line ends, escape),
 * but takes the text as one substring of the source instead of copying it character by character
 * and runs the unescaping only on text that has a backslash or an entity. Text is most of a
 * document, and this was a tenth of the Markdown time. The escaped text goes to the document's
 * {@link TextSlots} when it has them.
 */
final class PlainTextRenderer implements NodeRenderer {

    /** The document's slots, or null: flexmark makes a renderer for each document it renders. */
    private final TextSlots slots;

    /** @param document the options flexmark renders a document with, which hold the document's own data */
    PlainTextRenderer(DataHolder document) {
        this.slots = TextSlots.of(document);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text;
        String source = SourceSpan.sourceOf(chars);
        if (source != null) {
            text = source.substring(chars.getStartOffset(), chars.getEndOffset());
            if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
                text = Escaping.unescapeString(text);
            }
        } else {
            text = chars.unescape();
        }
        if (text.indexOf('\r') >= 0) {
            text = Escaping.normalizeEOL(text);
        }
        // A line end is the writer's business (lines, indentation); text without one never is.
        if (slots != null && text.indexOf('\n') < 0) {
            html.raw(slots.add(text));
        } else {
            html.text(text);
        }
    }
}
