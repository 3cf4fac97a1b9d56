package org.colibri.yaml;

import java.io.StringReader;
import java.util.Optional;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a YAML mapping into a {@link YamlMap} whose values remember their lines. Uses SnakeYAML's
 * {@code compose} (a node tree with positions), never its object construction, so YAML 1.1
 * surprises (dates as {@code java.util.Date}, {@code no} as false) never reach the site.
 */
public final class YamlParser {

    private static final String QUOTE_HINT =
            "check the indentation, and quote values that contain ': ' or start with '[', '{', '*', '&', '@' or '`'";

    private YamlParser() {
    }

    /**
     * @param text        the YAML text
     * @param source      the file's path relative to the site root, for diagnostics
     * @param firstLine   the 1-based line of the file where {@code text} starts
     * @param missingLine the line where a missing key is reported
     */
    public static Optional<YamlMap> parse(String text, String source, int firstLine, int missingLine,
                                          Diagnostics diagnostics) {
        YamlContext context = new YamlContext(source, firstLine, missingLine, diagnostics);
        Node root;
        try {
            root = newYaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? missingLine : context.line(mark);
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            diagnostics.error(new SourceLocation(source, line, column),
                    "invalid YAML: " + problem.strip() + "; " + QUOTE_HINT);
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(SourceLocation.of(source, missingLine),
                    "invalid YAML: " + e.getMessage().strip() + "; " + QUOTE_HINT);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(YamlMap.empty(context));
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(SourceLocation.of(source, context.line(root.getStartMark())),
                    "expected 'key: value' lines, got " + YamlMap.describe(root)
                            + "; write one field per line, like 'title: Mon titre'");
            return Optional.empty();
        }
        return Optional.of(YamlMap.of(mapping, context));
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(options);
    }
}
