package org.colibri.render;

import java.nio.file.Path;

/**
 * Pages written by earlier runs of Colibri (the build cache): a page whose template, model and
 * templates folder digest to the same value as when it was written, and whose file is still the
 * one written then, need not be rendered again.
 */
public interface PageStore {

    /** The file already holding the page at {@code outputPath} made from {@code digest}, or null. */
    Path unchanged(String outputPath, String digest);

    /** Notes what the page at {@code outputPath} is made from in this run. */
    void record(String outputPath, String digest);

    /** No store: every page is rendered. */
    PageStore NONE = new PageStore() {
        @Override
        public Path unchanged(String outputPath, String digest) {
            return null;
        }

        @Override
        public void record(String outputPath, String digest) {
            // nothing kept
        }
    };
}
