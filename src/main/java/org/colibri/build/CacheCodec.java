package org.colibri.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Severity;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.markdown.Html;
import org.colibri.markdown.RenderedMarkdown;
import org.colibri.markdown.TocEntry;
import org.colibri.site.BodyStore;
import org.colibri.site.LinkUse;
import org.colibri.site.ResolvedImage;

/**
 * The binary form of one stored body rendering. Strings are length-prefixed UTF-8 (rendered
 * HTML can exceed {@code writeUTF}'s 64 KB limit), -1 standing for null.
 */
final class CacheCodec {

    private CacheCodec() {
    }

    static void write(DataOutputStream out, BodyStore.Stored stored) throws IOException {
        RenderedMarkdown md = stored.markdown();
        bytes(out, md.body().utf8());
        string(out, md.firstParagraph());
        out.writeInt(md.wordCount());
        out.writeInt(md.toc().size());
        for (TocEntry entry : md.toc()) {
            out.writeInt(entry.level());
            string(out, entry.id());
            string(out, entry.text());
        }
        out.writeInt(stored.links().size());
        for (LinkUse link : stored.links()) {
            string(out, link.written());
            string(out, link.published());
            out.writeInt(link.line());
            out.writeBoolean(link.image());
            out.writeInt(link.resolution().ordinal());
        }
        ResolvedImage image = stored.image();
        out.writeBoolean(image != null);
        if (image != null) {
            string(out, image.url());
            string(out, image.alt());
            string(out, image.caption());
            string(out, image.credit());
        }
        diagnostics(out, stored.diagnostics());
        out.writeInt(stored.answers().size());
        for (BodyStore.TargetAnswer answer : stored.answers()) {
            string(out, answer.sourcePath());
            string(out, answer.pageUrl());
            string(out, answer.fileUrl());
            out.writeBoolean(answer.unpublished());
        }
    }

    static BodyStore.Stored read(DataInputStream in) throws IOException {
        Html html = Html.ofUtf8(bytes(in));
        String firstParagraph = string(in);
        int words = in.readInt();
        List<TocEntry> toc = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            toc.add(new TocEntry(in.readInt(), string(in), string(in)));
        }
        List<LinkUse> links = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            links.add(new LinkUse(string(in), string(in), in.readInt(), in.readBoolean(),
                    LinkUse.Resolution.values()[in.readInt()]));
        }
        ResolvedImage image = in.readBoolean() ? new ResolvedImage(string(in), string(in), string(in), string(in)) : null;
        List<Diagnostic> diagnostics = diagnostics(in);
        List<BodyStore.TargetAnswer> answers = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            answers.add(new BodyStore.TargetAnswer(string(in), string(in), string(in), in.readBoolean()));
        }
        return new BodyStore.Stored(new RenderedMarkdown(html, firstParagraph, List.copyOf(toc), words),
                List.copyOf(links), image, List.copyOf(diagnostics), List.copyOf(answers));
    }

    static void diagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.writeInt(d.severity().ordinal());
            string(out, d.location().path());
            out.writeInt(d.location().line());
            out.writeInt(d.location().column());
            string(out, d.message());
            string(out, d.rule());
        }
    }

    static List<Diagnostic> diagnostics(DataInputStream in) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            Severity severity = Severity.values()[in.readInt()];
            SourceLocation location = new SourceLocation(string(in), in.readInt(), in.readInt());
            diagnostics.add(new Diagnostic(severity, location, string(in), string(in)));
        }
        return diagnostics;
    }

    /** Length-prefixed bytes (the HTML stays UTF-8: decoded only if a page that shows it is rendered). */
    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        return bytes(in, in.readInt());
    }

    private static byte[] bytes(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > 64 << 20) {
            throw new IOException("implausible length " + length);
        }
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    /** A string as its UTF-8 bytes, or a length of -1 for null. */
    static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            bytes(out, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length == -1 ? null : new String(bytes(in, length), StandardCharsets.UTF_8);
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }
}
