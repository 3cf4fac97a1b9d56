package org.colibri.output;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

/** The built site as an immutable map from output path to file, in path order. */
public final class SiteSnapshot {

    private final Map<String, OutputFile> files;

    private SiteSnapshot(Map<String, OutputFile> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** Gathers files, reporting two files at one output path as an error naming both origins. */
    public static SiteSnapshot of(Collection<OutputFile> outputs, Diagnostics diagnostics) {
        Map<String, OutputFile> files = new TreeMap<>();
        for (OutputFile file : outputs) {
            OutputFile previous = files.putIfAbsent(file.path(), file);
            if (previous != null) {
                diagnostics.error(SourceLocation.file(file.origin()), "writes " + file.path() + ", which "
                        + previous.origin() + " also writes; rename one of them or change its slug");
            }
        }
        return new SiteSnapshot(files);
    }

    public Optional<OutputFile> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Collection<OutputFile> files() {
        return files.values();
    }

    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public int size() {
        return files.size();
    }

    public long htmlPages() {
        return files.values().stream().filter(OutputFile::isHtml).count();
    }
}
