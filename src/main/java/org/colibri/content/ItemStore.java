package org.colibri.content;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/**
 * Parsed items kept between builds (the build cache), looked up by a fingerprint of the file's
 * bytes and of the parser's settings: an unchanged file is not parsed again.
 */
public interface ItemStore {

    /**
     * An item as parsed, without its body (the file being read anyway, the body is taken from it).
     *
     * @param item        the item, with an empty body and no source key
     * @param bodyOffset  where the body starts in the file's normalised text
     * @param diagnostics what parsing reported (warnings only: a file with errors is not kept)
     */
    record Stored(Item item, int bodyOffset, List<Diagnostic> diagnostics) {
    }

    /** The item stored under {@code key}, or null. */
    Stored find(String key);

    /** Keeps {@code stored} for the next build. */
    void keep(String key, Stored stored);

    /** No store: every file is parsed. */
    ItemStore NONE = new ItemStore() {
        @Override
        public Stored find(String key) {
            return null;
        }

        @Override
        public void keep(String key, Stored stored) {
        }
    };
}
