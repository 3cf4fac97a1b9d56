package org.colibri.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.colibri.config.SiteConfig;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

/** Reads every content file into items, in parallel, keeping path order. */
public final class ContentLoader {

    private ContentLoader() {
    }

    public static Content load(Path siteRoot, SiteConfig config, Diagnostics diagnostics) throws IOException {
        ContentScanner.Scan scan = ContentScanner.scan(siteRoot, diagnostics);
        ItemParser parser = new ItemParser(config);
        List<Item> items = scan.sources().parallelStream()
                .map(source -> load(source, parser, diagnostics))
                .flatMap(Optional::stream)
                .filter(Objects::nonNull)
                .toList();
        return new Content(items, scan.files());
    }

    /** Reads and parses one content file; empty when it cannot be read or has errors (reported). */
    public static Optional<Item> load(SourceFile source, ItemParser parser, Diagnostics diagnostics) {
        return read(source, diagnostics).flatMap(text -> parser.parse(text, source, diagnostics));
    }

    private static Optional<String> read(SourceFile source, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(source.absolute());
            // The String constructor is several times faster than a decoder, but replaces bad bytes
            // with U+FFFD: only a text holding U+FFFD is decoded again, strictly, to tell.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceLocation.file(source.path()),
                    "the file is not UTF-8 text; save it as UTF-8 in your editor");
        } catch (IOException e) {
            diagnostics.error(SourceLocation.file(source.path()),
                    "cannot read the file (" + e.getMessage() + "); check its permissions");
        }
        return Optional.empty();
    }
}
