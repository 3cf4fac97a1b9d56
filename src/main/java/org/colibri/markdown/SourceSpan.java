package org.colibri.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Where flexmark's text can be read straight from the document string: most node text is one
 * unbroken range of it, which {@code String.indexOf} and {@code substring} handle far faster than
 * flexmark's sequences, character by character.
 */
final class SourceSpan {

    private SourceSpan() {
    }

    /** The document string {@code chars} is one unbroken range of, or null (built or joined text). */
    static String sourceOf(BasedSequence chars) {
        return chars.getBase() instanceof String source
                && chars.length() == chars.getEndOffset() - chars.getStartOffset() ? source : null;
    }
}
