package lmp.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML 1.2 (and JSON, a subset of it) into a located {@link Node} tree through Jackson's
 * streaming parser. The rules a hand-edited file meets here are stricter than YAML's own, because
 * each of these has hidden a mistake in someone's roster before:
 * <ul>
 *   <li>duplicate keys are an error (YAML parsers commonly keep the last one silently);</li>
 *   <li>anchors and aliases are refused (they hide where a value really comes from, and nested
 *       aliases can expand a small file into gigabytes);</li>
 *   <li>tags ({@code !!str}, {@code !secret}) are refused: lmp files use none, and one silently
 *       ignored would make the value something its writer did not mean;</li>
 *   <li>documents over {@link #MAX_CODE_POINTS} characters, nesting over {@link #MAX_DEPTH} levels
 *       and more than one document per file are refused.</li>
 * </ul>
 * YAML 1.2 means {@code no}, {@code on} and {@code yes} stay text.
 */
public final class YamlTree {
    public static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setCodePointLimit(MAX_CODE_POINTS)
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(0)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loadSettings(SETTINGS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_CODE_POINTS)
                    .build())
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private static final java.util.regex.Pattern SNAKE_MARK =
            java.util.regex.Pattern.compile("in reader, line (\\d+), column (\\d+):");
    private final String source;

    private YamlTree(String source) {
        this.source = source;
    }

    /** Parses YAML text; throws {@link InputException} with a located problem when it is not valid. */
    public static Node parseYaml(String source, String text) {
        if (text.indexOf('&') >= 0) {
            refuseScalarAnchors(source, text);
        }
        return new YamlTree(source).parse(YAML.createParser(ObjectReadContext.empty(), text), text);
    }

    /**
     * Jackson's YAML parser reports anchors on mappings and lists but drops the anchor of a plain
     * value ({@code title: &t Test}), so the events are scanned for those first. Only files holding
     * an '&' are scanned. A syntax error stops the scan; the parse that follows reports it, located.
     */
    private static void refuseScalarAnchors(String source, String text) {
        try {
            for (Event e : new Parse(SETTINGS).parseString(text)) {
                if (e instanceof ScalarEvent s && s.getAnchor().isPresent()) {
                    int line = s.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    int column = s.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
                    throw InputException.at(new Location(source, line, column), "YAML anchors (&"
                            + s.getAnchor().get().getValue() + ") are not accepted; write each value out in full");
                }
            }
        } catch (YamlEngineException e) {
            // Not valid YAML: the Jackson parse below meets the same error and reports it with its location.
        }
    }

    public static Node parseJson(String source, String text) {
        return new YamlTree(source).parse(JSON.createParser(ObjectReadContext.empty(), text), text);
    }

    public static Node parse(InputFile file) {
        String text = file.text();
        String lower = file.name().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".json") ? parseJson(file.name(), text) : parseYaml(file.name(), text);
    }

    /** Receives the items of a streamed list one at a time (see {@link #parseStreaming}). */
    @FunctionalInterface
    public interface ItemHandler {
        void item(String key, Node item);
    }

    /**
     * Like {@link #parse(InputFile)}, with the same checks, but the items of the top-level lists
     * named in {@code streamedKeys} are handed to {@code onItem} one at a time, in file order, and
     * not kept: in the returned tree those keys hold an empty list at the same location. A roster
     * of 132,000 members then never sits in memory as a tree, which costs seconds of garbage
     * collection (docs/roster.md, "Performance").
     */
    public static Node parseStreaming(InputFile file, java.util.Set<String> streamedKeys, ItemHandler onItem) {
        String text = file.text();
        String lower = file.name().toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".json")) {
            java.util.Optional<Node> plain = PlainBlockYaml.parse(file.name(), text, streamedKeys, onItem);
            if (plain.isPresent()) return plain.get();
            if (text.indexOf('&') >= 0) {
                refuseScalarAnchors(file.name(), text);
            }
        }
        JsonParser p = lower.endsWith(".json") ? JSON.createParser(ObjectReadContext.empty(), text)
                : YAML.createParser(ObjectReadContext.empty(), text);
        YamlTree tree = new YamlTree(file.name());
        tree.streamedKeys = streamedKeys;
        tree.onItem = onItem;
        return tree.parse(p, text);
    }

    private java.util.Set<String> streamedKeys = java.util.Set.of();
    private ItemHandler onItem;

    private Node parse(JsonParser p, String text) {
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw InputException.at(new Location(source, 1, 0),
                        "the file is empty; it should hold a YAML document (see the README for an example)");
            }
            Node root = first == JsonToken.START_OBJECT && !streamedKeys.isEmpty() ? readStreamingRoot(p) : read(p, first);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw InputException.at(here(p), "more than one document in the file; keep one document per file");
            }
            return root;
        } catch (JacksonException e) {
            Location at = locate(e);
            if (at.line() == 0) {
                at = fromJackson(p.currentLocation()); // e.g. the nesting limit carries no location of its own
            }
            throw InputException.at(at, cleanMessage(e));
        }
    }

    private Node read(JsonParser p, JsonToken token) {
        refuseAnchors(p);
        Location at = here(p);
        switch (token) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    Location keyAt = here(p);
                    Node.Entry previous = entries.get(key);
                    if (previous != null) {
                        throw InputException.at(keyAt, "duplicate key '" + key + "' (first at line "
                                + previous.keyLocation().line() + "); keep one of them");
                    }
                    Node value = read(p, p.nextToken());
                    entries.put(key, new Node.Entry(key, keyAt, value));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw InputException.at(here(p), "unexpected " + t + " in a mapping");
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw InputException.at(here(p), "the list is not closed; the file may be truncated");
                    }
                    items.add(read(p, t));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING:
                return new Node.Scalar(at, p.getString(), Node.Scalar.Kind.TEXT);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(at, p.getString(), Node.Scalar.Kind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(at, p.getString(), Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new Node.Scalar(at, "", Node.Scalar.Kind.NULL);
            default:
                throw InputException.at(at, "unexpected " + token + "; the file may be truncated or not YAML");
        }
    }

    /** The top-level mapping, streaming the items of the lists under {@link #streamedKeys}. */
    private Node readStreamingRoot(JsonParser p) {
        refuseAnchors(p);
        Location at = here(p);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            Location keyAt = here(p);
            Node.Entry previous = entries.get(key);
            if (previous != null) {
                throw InputException.at(keyAt, "duplicate key '" + key + "' (first at line "
                        + previous.keyLocation().line() + "); keep one of them");
            }
            JsonToken valueToken = p.nextToken();
            Node value;
            if (valueToken == JsonToken.START_ARRAY && streamedKeys.contains(key)) {
                refuseAnchors(p);
                Location listAt = here(p);
                JsonToken item;
                while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (item == null) {
                        throw InputException.at(here(p), "the list is not closed; the file may be truncated");
                    }
                    onItem.item(key, read(p, item));
                }
                value = new Node.ListNode(listAt, List.of());
            } else {
                value = read(p, valueToken);
            }
            entries.put(key, new Node.Entry(key, keyAt, value));
        }
        if (t != JsonToken.END_OBJECT) {
            throw InputException.at(here(p), "unexpected " + t + " in a mapping");
        }
        return new Node.MapNode(at, entries);
    }

    private void refuseAnchors(JsonParser p) {
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                throw InputException.at(here(p), "YAML aliases (*name) are not accepted; write the value out in full");
            }
            if (y.getObjectId() != null) {
                throw InputException.at(here(p), "YAML anchors (&" + y.getObjectId()
                        + ") are not accepted; write each value out in full");
            }
            String tag = y.getTypeId();
            if (tag != null) {
                // A tag asks the reader to make something other than the plain value: lmp files use none,
                // and ignoring one would read '!!int 3' or '!secret x' as something its writer did not mean.
                String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag.startsWith("!") ? tag : "!" + tag;
                throw InputException.at(here(p), "YAML tags (" + Text.shown(shown)
                        + ") are not used in lmp files; remove the tag and write the value alone");
            }
        }
    }

    private Location here(JsonParser p) {
        return fromJackson(p.currentTokenLocation());
    }

    private Location locate(JacksonException e) {
        // SnakeYAML names the place of the problem itself ("line 5, column 1"), which is more exact
        // than where Jackson's parser stood (often the start of the enclosing token).
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher mark = SNAKE_MARK.matcher(m);
        Location fromMark = null;
        while (mark.find()) {
            fromMark = new Location(source, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
        if (fromMark != null) {
            return fromMark;
        }
        TokenStreamLocation l = e.getLocation();
        return l == null ? Location.of(source) : fromJackson(l);
    }

    private Location fromJackson(TokenStreamLocation l) {
        return new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    /** Jackson's message without its location suffix and source excerpt, which we print ourselves. */
    static String cleanMessage(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replace('\n', ' ').replace('\r', ' ').replaceAll("\\s+", " ").trim();
        m = m.replaceAll("\\s*in reader, line \\d+, column \\d+:.*?\\^", "").trim();
        if (m.length() > 300) {
            m = m.substring(0, 300) + "...";
        }
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate Object property \"([^\"]*)\"").matcher(m);
        if (dup.find()) {
            return "duplicate key '" + dup.group(1) + "'; keep only one of them";
        }
        if (lower.contains("alias")) {
            return "YAML aliases are not accepted (" + m + "); write the value out in full";
        }
        if (lower.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep; no lmp file needs that, check the brackets and indentation";
        }
        if (lower.contains("code point") || lower.contains("document length")) {
            return "document too large (" + m + ")";
        }
        return "not valid YAML: " + m;
    }
}
