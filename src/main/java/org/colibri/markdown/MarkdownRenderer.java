package org.colibri.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Markdown to HTML: CommonMark plus tables, strikethrough, autolinks, footnotes and typographic
 * quotes. Built once per site and shared across threads (flexmark's parser and renderer are
 * immutable once built).
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownOptions options;
    private final boolean textSlots;

    public MarkdownRenderer(MarkdownOptions options) {
        this(options, true);
    }

    /** @param textSlots false writes text straight into flexmark's writer: the reference the tests compare with */
    MarkdownRenderer(MarkdownOptions options, boolean textSlots) {
        this.options = options;
        this.textSlots = textSlots;
        MutableDataSet data = new MutableDataSet();
        // Autolinks are not a parser extension here: see autolink(), which runs the same processor
        // only on the text that can hold a bare link.
        data.set(Parser.EXTENSIONS, List.of(TablesWhereBars.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), TypographicExtension.create()));
        data.set(TablesExtension.COLUMN_SPANS, false);
        data.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        data.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        data.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        if (options.frenchQuotes()) {
            data.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«&#160;");
            data.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&#160;»");
        }
        data.set(HtmlRenderer.RENDER_HEADER_ID, true);
        data.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        data.set(HtmlRenderer.SOFT_BREAK, "\n");
        data.set(HtmlRenderer.ESCAPE_HTML, options.escapeRawHtml());
        data.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // A custom inline parser makes flexmark leave out its core paragraph pre-processor, the one that
        // reads reference definitions: it is added back in the place flexmark gives it.
        this.parser = Parser.builder(data).customInlineParserFactory(SnapshotFreeInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(data)
                .htmlIdGeneratorFactory(HeadingIds.readBack(options.headingSlugger()))
                .nodeRendererFactory(PlainTextRenderer::new)
                .build();
    }

    /** The settings that change the HTML, for cache keys (the slug rule is part of the code version). */
    public String settingsKey() {
        return "escapeRawHtml=" + options.escapeRawHtml() + ";frenchQuotes=" + options.frenchQuotes();
    }

    /**
     * @param markdown      the document body
     * @param bodyFirstLine the 1-based line of the file where the body starts, for diagnostics
     * @param links         rewrites and checks link and image targets
     */
    public RenderedMarkdown render(String markdown, int bodyFirstLine, LinkResolver links) {
        Document document = parser.parse(markdown);
        autolink(document, markdown);
        SourceLines lines = SourceLines.of(markdown);
        HeadingIds ids = new HeadingIds(options.headingSlugger());
        List<TocEntry> toc = new ArrayList<>();
        String[] firstParagraph = {null};
        walk(document, node -> {
            if (node instanceof Heading heading) {
                String text = plainText(heading).strip();
                String id = ids.next(text);
                heading.setAnchorRefId(id);
                toc.add(new TocEntry(heading.getLevel(), id, text));
            } else if (node instanceof Paragraph paragraph && firstParagraph[0] == null
                    && paragraph.getParent() instanceof Document) {
                String text = plainText(paragraph).strip();
                if (!text.isEmpty()) {
                    firstParagraph[0] = text;
                }
            } else if (node instanceof Link link) {
                link.setUrl(rewrite(link.getUrl(), LinkResolver.Target.LINK, bodyFirstLine, lines, node, links));
            } else if (node instanceof Image image) {
                image.setUrl(rewrite(image.getUrl(), LinkResolver.Target.IMAGE, bodyFirstLine, lines, node, links));
            } else if (node instanceof Reference reference) {
                LinkResolver.Target target = isImageReference(document, reference)
                        ? LinkResolver.Target.IMAGE : LinkResolver.Target.LINK;
                reference.setUrl(rewrite(reference.getUrl(), target, bodyFirstLine, lines, node, links));
            }
        });
        String html = renderHtml(document, markdown);
        int words = countWords(html);
        return new RenderedMarkdown(Html.of(html), firstParagraph[0] == null ? "" : firstParagraph[0], List.copyOf(toc),
                words);
    }

    private String renderHtml(Document document, String markdown) {
        if (!textSlots || !TextSlots.usableFor(markdown)) {
            return renderer.render(document);
        }
        TextSlots slots = new TextSlots();
        TextSlots.KEY.set(document, slots);
        return slots.fill(renderer.render(document));
    }

    /** Resolves the destination of {@code node}, reported at its line of the file. */
    private static BasedSequence rewrite(BasedSequence url, LinkResolver.Target target, int bodyFirstLine,
                                         SourceLines lines, Node node, LinkResolver links) {
        String original = url.toString();
        String resolved = links.resolve(original, target, bodyFirstLine + lines.lineOf(node.getStartOffset()));
        return resolved.equals(original) ? url : BasedSequence.of(resolved);
    }

    /** A reference definition used by {@code ![alt][ref]} is an image target. */
    private static boolean isImageReference(Document document, Reference reference) {
        boolean[] image = {false};
        walk(document, node -> {
            if (node instanceof ImageRef ref && ref.getReference().toString().equalsIgnoreCase(
                    reference.getReference().toString())) {
                image[0] = true;
            }
        });
        return image[0];
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /**
     * Turns bare URLs, {@code www.} addresses and e-mail addresses into links with flexmark's own
     * autolink processor, but only on the text nodes that contain {@code ://}, {@code www.} or
     * {@code @}, without which there is nothing to link: as a parser extension it scanned every
     * text node of every document and took a third of the Markdown time.
     */
    private static void autolink(Document document, String markdown) {
        int[] markers = linkMarkers(markdown);
        if (markers.length == 0) {
            return;
        }
        List<Text> candidates = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Text text && mayHoldLink(text.getChars(), markers)
                    && node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) == null) {
                candidates.add(text);
            }
        });
        if (candidates.isEmpty()) {
            return;
        }
        AutolinkNodePostProcessor processor = new AutolinkNodePostProcessor(document);
        for (Text text : candidates) {
            processor.process(UNTRACKED, text);
        }
    }

    /**
     * The sorted offsets of {@code @}, {@code ://} and {@code www.} in the source: found once
     * with {@code indexOf}, then each text node is a binary search instead of a copy and a scan.
     */
    private static int[] linkMarkers(String markdown) {
        int[] found = new int[16];
        int count = 0;
        for (int i = markdown.indexOf('@'); i >= 0; i = markdown.indexOf('@', i + 1)) {
            found = add(found, count++, i);
        }
        for (int i = markdown.indexOf("://"); i >= 0; i = markdown.indexOf("://", i + 1)) {
            found = add(found, count++, i);
        }
        for (int i = markdown.indexOf('.'); i >= 0; i = markdown.indexOf('.', i + 1)) {
            if (i >= 3 && markdown.regionMatches(true, i - 3, "www", 0, 3)) {
                found = add(found, count++, i - 3);
            }
        }
        int[] markers = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(markers);
        return markers;
    }

    private static int[] add(int[] array, int index, int value) {
        int[] target = index < array.length ? array : java.util.Arrays.copyOf(array, array.length * 2);
        target[index] = value;
        return target;
    }

    /** Whether a marker starts inside the text; text not taken from the source is always a candidate. */
    private static boolean mayHoldLink(BasedSequence chars, int[] markers) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (SourceSpan.sourceOf(chars) == null) {
            return true;
        }
        int at = java.util.Arrays.binarySearch(markers, start);
        int first = at >= 0 ? at : -at - 1;
        return first < markers.length && markers[first] < end;
    }

    /** The candidates are collected before processing, so the nodes it adds need no tracking. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    /** ASCII letters, digits and {@code &}: a table, since Character.isLetterOrDigit is slow before C2. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '&';
        }
    }

    /**
     * Words of visible text in rendered HTML: letter runs outside tags, entities counted as
     * letters. Cheaper than collecting the document's text again, and reading time needs no more.
     */
    static int countWords(String html) {
        // Over a char array: String.charAt checks its index on every call under the C1-only JIT.
        char[] chars = html.toCharArray();
        int words = 0;
        boolean inWord = false;
        boolean inTag = false;
        for (char c : chars) {
            if (inTag) {
                inTag = c != '>';
                continue;
            }
            if (c == '<') {
                inTag = true;
                inWord = false;
                continue;
            }
            boolean letter = c < 128 ? ASCII_WORD[c] || (inWord && (c == ';' || c == '#'))
                    : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visitor) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visitor.accept(child);
            walk(child, visitor);
        }
    }
}
