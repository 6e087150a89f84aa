package lmp.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML or JSON value that remembers where it was written, so that every problem found while
 * mapping it to the domain can be reported as {@code file:line:column}. Built by {@link YamlTree}.
 */
public sealed interface Node {

    Location location();

    /** What kind of value this is, in words a person editing the file knows ("a list", "a text"). */
    String describe();

    /** A mapping, keys in file order. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Node> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        @Override
        public String describe() {
            return "a mapping (key: value)";
        }
    }

    /** One key of a mapping with the location of the key itself. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar: its source text (in NFC), and whether it was written as text (quoted or plain string) or as null. */
    record Scalar(Location location, String text, Kind kind) implements Node {
        public enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

        /** Every text read from YAML or JSON is put in Unicode NFC here, once, for every reader ({@link Text}). */
        public Scalar {
            text = Text.nfc(text);
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "empty";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case TEXT -> "a text";
            };
        }
    }
}
