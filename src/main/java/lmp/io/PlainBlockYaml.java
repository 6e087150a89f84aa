package lmp.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fast reader for the plain block style of YAML that lmp itself writes (and most people write
 * by hand): block mappings with simple keys, block sequences of mappings, one-line plain or
 * double-quoted values, {@code []}, and comment lines. It gives exactly the tree that the full
 * parser gives for the same text (same values, kinds and locations; checked by a differential
 * test over every YAML file in the project and by fuzzing), or {@link Optional#empty()} as soon
 * as the text uses anything else (flow mappings, anchors, tags, multi-line or single-quoted
 * values, comments after values, tabs, CR, duplicate keys, ...), and the full parser then reads
 * it and reports any error. It exists because the general parser takes most of the two seconds
 * allowed for validating a 132,000-member roster (docs/roster.md, "Performance").
 */
final class PlainBlockYaml {
    private static final int MAX_DEPTH = 16;
    private final String source;
    private final String text;
    private final Set<String> streamedKeys;
    private final YamlTree.ItemHandler onItem;
    /** The current line: its start offset, number (1-based), indent and end (before '\n'). */
    private int lineStart;
    private int lineNo;
    private int indent;
    private int lineEnd;
    private boolean atEnd;

    /** Thrown inside the reader to give up on the fast path; never leaves this class. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private PlainBlockYaml(String source, String text, Set<String> streamedKeys, YamlTree.ItemHandler onItem) {
        this.source = source;
        this.text = text;
        this.streamedKeys = streamedKeys;
        this.onItem = onItem;
    }

    /**
     * The tree, or empty when the text is not in the plain block style. Items of top-level lists
     * under {@code streamedKeys} go to {@code onItem} as in {@link YamlTree#parseStreaming}. A
     * first pass checks the whole text with the items dropped as they are read; only then does a
     * second pass hand them over, so a fallback to the full parser never hands an item over twice,
     * and a large roster is never held in memory as a tree.
     */
    static Optional<Node> parse(String source, String text, Set<String> streamedKeys, YamlTree.ItemHandler onItem) {
        if (!printableWithoutTabsOrCr(text)) return Optional.empty();
        try {
            new PlainBlockYaml(source, text, streamedKeys, (k, n) -> { }).document();
        } catch (NotPlain e) {
            // Not an error: the text uses YAML beyond the plain block style; the full parser reads it.
            return Optional.empty();
        }
        return Optional.of(new PlainBlockYaml(source, text, streamedKeys, onItem).document());
    }

    private static NotPlain notPlain() {
        return NotPlain.INSTANCE;
    }

    /** YAML's printable characters, less tab and CR, which the fast path leaves to the full parser. */
    private static boolean printableWithoutTabsOrCr(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 ? c != '\n' : (c >= 0x7f && c <= 0x9f) || c >= 0xfffe || Character.isSurrogate(c) || c == 0xfeff
                    || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        lineStart = 0;
        lineNo = 0;
        nextContentLine(0);
        if (atEnd || indent != 0 || startsSequence()) throw notPlain();
        Node root = mapping(0, 0, true, 1);
        if (!atEnd) throw notPlain();
        return root;
    }

    /** Moves to the next line that is neither blank nor a comment, starting at offset {@code from}. */
    private void nextContentLine(int from) {
        int pos = from;
        int no = from == 0 ? 1 : lineNo + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            int i = pos;
            while (i < end && text.charAt(i) == ' ') i++;
            if (i < end && text.charAt(i) != '#') {
                if (end > i && text.charAt(end - 1) == ' ') throw notPlain();
                lineStart = pos;
                lineNo = no;
                indent = i - pos;
                lineEnd = end;
                atEnd = false;
                return;
            }
            pos = end + 1;
            no++;
        }
        atEnd = true;
    }

    private void advance() {
        nextContentLine(lineEnd + 1);
    }

    private boolean startsSequence() {
        int c = lineStart + indent;
        return text.charAt(c) == '-' && (c + 1 == lineEnd || text.charAt(c + 1) == ' ');
    }

    private Location at(int offset) {
        return new Location(source, lineNo, offset - lineStart + 1);
    }

    /**
     * A block mapping whose keys start at column {@code keyIndent}; the first key is on the current
     * line at offset {@code firstKey} (after "- " for a sequence item, otherwise at the indent).
     */
    private Node mapping(int keyIndent, int firstKey, boolean root, int depth) {
        if (depth > MAX_DEPTH) throw notPlain();
        Location mapAt = at(lineStart + firstKey);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        int keyOffset = lineStart + firstKey;
        while (true) {
            int i = keyOffset;
            char c0 = text.charAt(i);
            if (!(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z' || c0 == '_')) throw notPlain();
            while (i < lineEnd && isKeyChar(text.charAt(i))) i++;
            if (i >= lineEnd || text.charAt(i) != ':') throw notPlain();
            String key = text.substring(keyOffset, i);
            if (entries.containsKey(key)) throw notPlain();
            Location keyAt = at(keyOffset);
            int colon = i;
            Node value;
            if (colon + 1 == lineEnd) {
                Location empty = at(colon + 1);
                advance();
                if (!atEnd && indent > keyIndent) {
                    value = startsSequence() ? sequence(indent, root ? key : null, depth + 1)
                            : mapping(indent, indent, false, depth + 1);
                } else if (!atEnd && indent == keyIndent && startsSequence()) {
                    value = sequence(indent, root ? key : null, depth + 1);
                } else {
                    value = new Node.Scalar(empty, "", Node.Scalar.Kind.TEXT);
                }
            } else {
                if (text.charAt(colon + 1) != ' ') throw notPlain();
                int v = colon + 1;
                while (v < lineEnd && text.charAt(v) == ' ') v++;
                value = inlineValue(v);
                advance();
                if (!atEnd && indent > keyIndent) throw notPlain();
            }
            entries.put(key, new Node.Entry(key, keyAt, value));
            if (atEnd || indent < keyIndent) break;
            if (indent > keyIndent || startsSequence()) throw notPlain();
            keyOffset = lineStart + indent;
        }
        return new Node.MapNode(mapAt, entries);
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A block sequence of mappings at column {@code dashIndent}; items of a streamed key go to the handler. */
    private Node sequence(int dashIndent, String rootKey, int depth) {
        if (depth > MAX_DEPTH) throw notPlain();
        Location listAt = at(lineStart + dashIndent);
        boolean stream = rootKey != null && streamedKeys.contains(rootKey);
        List<Node> items = new java.util.ArrayList<>();
        while (!atEnd && indent == dashIndent && startsSequence()) {
            int content = lineStart + dashIndent + 1;
            while (content < lineEnd && text.charAt(content) == ' ') content++;
            if (content >= lineEnd) throw notPlain();
            int column = content - lineStart;
            Node item = mapping(column, column, false, depth + 1);
            if (stream) onItem.item(rootKey, item);
            else items.add(item);
        }
        if (!atEnd && indent > dashIndent) throw notPlain();
        return new Node.ListNode(listAt, items);
    }

    /** A value on the rest of the line from {@code v}: "[]", a double-quoted text or a plain scalar. */
    private Node inlineValue(int v) {
        Location valueAt = at(v);
        char c = text.charAt(v);
        if (c == '"') return quoted(v, valueAt);
        if (c == '[') {
            if (v + 2 == lineEnd && text.charAt(v + 1) == ']') return new Node.ListNode(valueAt, List.of());
            throw notPlain();
        }
        String s = text.substring(v, lineEnd);
        if (s.indexOf('#') >= 0 || s.indexOf(": ") >= 0 || s.endsWith(":")) throw notPlain();
        char first = s.charAt(0);
        if (first >= '0' && first <= '9') {
            if (isDate(s)) return new Node.Scalar(valueAt, s, Node.Scalar.Kind.TEXT);
            if (isSmallInteger(s)) return new Node.Scalar(valueAt, s, Node.Scalar.Kind.NUMBER);
            throw notPlain();
        }
        if (!Character.isLetter(first)) throw notPlain();
        switch (s) {
            case "true", "false" -> {
                return new Node.Scalar(valueAt, s, Node.Scalar.Kind.BOOLEAN);
            }
            case "null" -> {
                return new Node.Scalar(valueAt, "", Node.Scalar.Kind.NULL);
            }
            default -> {
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("true") || lower.equals("false") || lower.equals("null") || lower.equals("nan")
                        || lower.equals("inf") || lower.equals("infinity")) {
                    throw notPlain();
                }
                return new Node.Scalar(valueAt, s, Node.Scalar.Kind.TEXT);
            }
        }
    }

    private Node quoted(int v, Location valueAt) {
        StringBuilder sb = new StringBuilder();
        int i = v + 1;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 != lineEnd) throw notPlain();
                return new Node.Scalar(valueAt, sb.toString(), Node.Scalar.Kind.TEXT);
            }
            if (c == '\\') {
                if (i + 1 >= lineEnd) throw notPlain();
                char e = text.charAt(i + 1);
                switch (e) {
                    case '"', '\\' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        if (i + 6 > lineEnd) throw notPlain();
                        int cp = hex4(i + 2);
                        if (Character.isSurrogate((char) cp)) throw notPlain();
                        sb.append((char) cp);
                        i += 4;
                    }
                    default -> throw notPlain();
                }
                i += 2;
                continue;
            }
            sb.append(c);
            i++;
        }
        throw notPlain();
    }

    private int hex4(int from) {
        int cp = 0;
        for (int k = from; k < from + 4; k++) {
            // ASCII hex digits only, as YAML says: Character.digit also takes fullwidth '０'-'９' and 'Ａ'-'Ｆ',
            // which the full parser refuses, and the two readers must agree on every text.
            char c = text.charAt(k);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) throw notPlain();
            cp = cp * 16 + d;
        }
        return cp;
    }

    private static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        }
        return true;
    }

    private static boolean isSmallInteger(String s) {
        if (s.length() > 9 || (s.length() > 1 && s.charAt(0) == '0')) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }
}
