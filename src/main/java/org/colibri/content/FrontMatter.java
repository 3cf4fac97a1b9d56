package org.colibri.content;

/**
 * A content file split in two.
 *
 * @param yaml          the front matter text, without the {@code ---} lines
 * @param openingLine   1-based line of the opening {@code ---} (where missing fields are reported)
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine 1-based line of the file where {@code body} starts
 */
public record FrontMatter(String yaml, int openingLine, String body, int bodyFirstLine) {

    /** 1-based line of the file where the YAML text starts. */
    public int yamlFirstLine() {
        return openingLine + 1;
    }
}
