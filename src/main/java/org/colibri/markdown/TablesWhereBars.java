package org.colibri.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableNodeRenderer;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's tables extension, with its paragraph pre-processor run only on paragraphs that hold
 * a {@code |}: a table needs one on every row. The extension's own pre-processor is built for
 * every document and scans every paragraph character by character; that was a tenth of the
 * parsing time of a corpus where few documents have a table. Same options, same output.
 */
final class TablesWhereBars implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static TablesWhereBars create() {
        return new TablesWhereBars();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        if (renderer.isRendererType("HTML")) {
            renderer.nodeRendererFactory(new TableNodeRenderer.Factory());
        }
    }

    /** Orders itself as the tables' factory does (after reference definitions). */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor delegate;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState parserState) {
                    if (!mayHoldBar(paragraph.getChars())) {
                        return 0;
                    }
                    if (delegate == null) {
                        delegate = tables.apply(state);
                    }
                    return delegate.preProcessBlock(paragraph, parserState);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /** A search of the document string; text not taken from it as one piece is always a candidate. */
    private static boolean mayHoldBar(BasedSequence chars) {
        String source = SourceSpan.sourceOf(chars);
        if (source == null) {
            return true;
        }
        int bar = source.indexOf('|', chars.getStartOffset());
        return bar >= 0 && bar < chars.getEndOffset();
    }
}
