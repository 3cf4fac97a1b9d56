package org.colibri.render;

import java.nio.file.Path;

/**
 * Pages written by earlier runs of Colibri (the build cache): a page whose template, model and
 * templates folder digest to the same value as when it was written, and whose file is still the
 * one written then, need not be rendered again.
 */
public interface PageStore {

    /**
     * Notes that the file at {@code outputPath} is made from {@code digest} in this run, and returns
     * the file an earlier run wrote there from the same digest, still untouched; else null.
     */
    Path keep(String outputPath, String digest);

    /** No store: every page is rendered. */
    PageStore NONE = (outputPath, digest) -> null;
}
