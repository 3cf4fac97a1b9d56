package org.colibri.yaml;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.yaml.snakeyaml.error.Mark;

/** Where a YAML text sits in its file, and where its problems go. */
record YamlContext(String source, int firstLine, int missingLine, Diagnostics diagnostics) {

    /** SnakeYAML marks are 0-based and relative to the YAML text; diagnostics are 1-based in the file. */
    int line(Mark mark) {
        return mark.getLine() + firstLine;
    }

    SourceLocation at(Mark mark) {
        return new SourceLocation(source, line(mark), mark.getColumn() + 1);
    }

    SourceLocation atLine(int line) {
        return SourceLocation.of(source, line);
    }
}
