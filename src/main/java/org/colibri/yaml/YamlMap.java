package org.colibri.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.colibri.diagnostic.SourceLocation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field. Each typed getter reports a wrong value at its key's line and
 * returns empty, so that callers go on and one build reports every problem.
 */
public final class YamlMap {

    private final YamlContext context;
    private final int line;
    private final Map<String, NodeTuple> entries;

    private YamlMap(YamlContext context, int line, Map<String, NodeTuple> entries) {
        this.context = context;
        this.line = line;
        this.entries = entries;
    }

    static YamlMap empty(YamlContext context) {
        return new YamlMap(context, context.missingLine(), Map.of());
    }

    static YamlMap of(MappingNode node, YamlContext context) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                context.diagnostics().error(context.at(keyNode.getStartMark()),
                        "a key must be a plain word, got " + describe(keyNode) + "; write 'name: value'");
                continue;
            }
            String key = scalarKey.getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                context.diagnostics().error(context.atLine(context.line(keyNode.getStartMark())),
                        "duplicate key '" + key + "' (first set at line "
                                + context.line(first.getKeyNode().getStartMark()) + "); keep only one");
                continue;
            }
            entries.put(key, tuple);
        }
        return new YamlMap(context, context.line(node.getStartMark()), entries);
    }

    /** The file path these values come from, relative to the site root. */
    public String source() {
        return context.source();
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The line of {@code key}, or the line where missing keys are reported. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? context.missingLine() : context.line(tuple.getKeyNode().getStartMark());
    }

    public SourceLocation locationOf(String key) {
        return context.atLine(lineOf(key));
    }

    /** Where a missing key is reported: the first line of the front matter or file. */
    public SourceLocation missingLocation() {
        return context.atLine(context.missingLine());
    }

    public int line() {
        return line;
    }

    public Optional<String> string(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        error(key, "'" + key + "' must be text, got " + describe(node.get())
                + "; write it on one line after the colon, quoted if needed");
        return Optional.empty();
    }

    /** A text value that must be present and not blank. */
    public Optional<String> requiredString(String key, String example) {
        if (!has(key)) {
            context.diagnostics().error(missingLocation(),
                    "missing required field '" + key + "'; add a line like " + example);
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && value.get().isBlank()) {
            error(key, "'" + key + "' is empty; add a line like " + example);
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> bool(String key) {
        return string(key).flatMap(text -> switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> {
                error(key, "'" + key + "' must be true or false (got \"" + text + "\")");
                yield Optional.empty();
            }
        });
    }

    public Optional<Integer> positiveInt(String key) {
        return string(key).flatMap(text -> {
            try {
                int n = Integer.parseInt(text.strip());
                if (n > 0) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(key, "'" + key + "' must be a whole number above 0 (got \"" + text + "\")");
            return Optional.empty();
        });
    }

    public Optional<YamlDate> date(String key) {
        return string(key).flatMap(text -> {
            Optional<YamlDate> parsed = DateParser.parse(text);
            if (parsed.isEmpty()) {
                if (DateParser.looksLikeImpossibleDay(text)) {
                    error(key, "'" + key + "' is not a real day (got \"" + text
                            + "\"); check the month and day, written YYYY-MM-DD");
                } else {
                    error(key, "'" + key + "' is not a date (got \"" + text
                            + "\"); write it as 2024-10-26 or 2024-10-26T09:30:00+02:00");
                }
            }
            return parsed;
        });
    }

    /** One string or a list of strings ({@code tags: Santé} or {@code tags: [Santé, Togo]}). */
    public Optional<List<String>> stringList(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue()));
        }
        if (node.get() instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(item)) {
                    values.add(scalar.getValue());
                } else {
                    context.diagnostics().error(context.atLine(context.line(item.getStartMark())),
                            "each entry of '" + key + "' must be text, got " + describe(item)
                                    + "; write " + key + ": [first, second]");
                }
            }
            return Optional.of(values);
        }
        error(key, "'" + key + "' must be text or a list of texts, got " + describe(node.get())
                + "; write " + key + ": [first, second]");
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof MappingNode mapping) {
            return Optional.of(of(mapping, new YamlContext(context.source(), context.firstLine(),
                    lineOf(key), context.diagnostics())));
        }
        error(key, "'" + key + "' must be a group of 'name: value' lines, got " + describe(node.get())
                + "; indent its fields under it");
        return Optional.empty();
    }

    /** A list of mappings, such as the menu. */
    public List<YamlMap> mapList(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            error(key, "'" + key + "' must be a list, got " + describe(node.get()) + "; start each entry with '- '");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int itemLine = context.line(item.getStartMark());
            if (item instanceof MappingNode mapping) {
                maps.add(of(mapping, new YamlContext(context.source(), context.firstLine(), itemLine,
                        context.diagnostics())));
            } else {
                context.diagnostics().error(context.atLine(itemLine), "each entry of '" + key
                        + "' must be a group of 'name: value' lines, got " + describe(item));
            }
        }
        return maps;
    }

    /** Every key and its text value, for maps of free names such as {@code labels} or {@code types}. */
    public Map<String, String> stringMap() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : entries.keySet()) {
            string(key).ifPresent(value -> values.put(key, value));
        }
        return values;
    }

    /** The value of {@code key} as plain Java values (text, number, boolean, list, map), for templates. */
    public Optional<Object> plain(String key) {
        return value(key).map(YamlMap::toPlain);
    }

    /**
     * Warns about keys that are not in {@code known}.
     *
     * @param onlyWhenClose when true, only keys that look like a typo of a known one are reported
     *                      (the others are the editor's own fields, kept for templates)
     */
    public void warnUnknownKeys(Collection<String> known, boolean onlyWhenClose) {
        for (String key : entries.keySet()) {
            if (known.contains(key)) {
                continue;
            }
            Optional<String> suggestion = KeySuggestions.closest(key, known);
            if (suggestion.isPresent()) {
                context.diagnostics().warning(locationOf(key),
                        "unknown key '" + key + "'; did you mean '" + suggestion.get() + "'?");
            } else if (!onlyWhenClose) {
                context.diagnostics().warning(locationOf(key),
                        "unknown key '" + key + "'; known keys are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** Reports a problem with the value of {@code key} at its line. */
    public void error(String key, String message) {
        context.diagnostics().error(locationOf(key), message);
    }

    public void warning(String key, String message) {
        context.diagnostics().warning(locationOf(key), message);
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a group of fields";
        }
        return "\"" + ((ScalarNode) node).getValue() + "\"";
    }

    private static Object toPlain(Node node) {
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!isNull(item)) {
                    list.add(toPlain(item));
                }
            }
            return List.copyOf(list);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !isNull(tuple.getValueNode())) {
                    map.put(key.getValue(), toPlain(tuple.getValueNode()));
                }
            }
            return java.util.Collections.unmodifiableMap(map);
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        try {
            if (Tag.INT.equals(scalar.getTag())) {
                return Long.parseLong(text);
            }
            if (Tag.FLOAT.equals(scalar.getTag())) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (Tag.BOOL.equals(scalar.getTag())) {
            return Boolean.parseBoolean(text) || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on");
        }
        return text;
    }
}
