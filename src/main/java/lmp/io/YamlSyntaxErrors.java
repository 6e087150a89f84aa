package lmp.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML parser's own words for a syntax error ("while parsing a block collection expected
 * &lt;block end&gt;, but found '&lt;block sequence start&gt;'") rewritten as lmp says things: the line,
 * what is wrong in terms a person editing the file sees (indentation counted in spaces, a tab named
 * as a tab, a quote or bracket left open and where it was opened), and what to do. A message this
 * class does not recognise keeps the parser's words after "not valid YAML:".
 */
final class YamlSyntaxErrors {
    private static final Pattern MARK = Pattern.compile("in reader, line (\\d+), column (\\d+):");

    private YamlSyntaxErrors() {
    }

    /** A located message. */
    record Explained(Location at, String message) {
    }

    /**
     * @param raw     the parser's message, with its "in reader, line L, column C" marks
     * @param text    the document
     * @param at      where the error was found (the last mark)
     * @param cleaned the parser's message without marks and excerpts
     */
    static Explained explain(String raw, String text, Location at, String cleaned) {
        String m = cleaned;
        List<Location> marks = marks(raw, at.source());
        Location opened = marks.isEmpty() ? at : marks.get(0);
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (m.contains("(TAB)") || m.contains("'\\t'")) {
            return new Explained(at, "a tab character is used to indent line " + at.line() + "; YAML indents with spaces only: "
                    + "replace the tab with spaces (as many as the lines above use)");
        }
        if (m.contains("mapping values are not allowed here")) {
            return mappingValue(at, lines);
        }
        if (m.contains("expected <block end>")) {
            return blockEnd(at, lines);
        }
        if (m.contains("could not find expected ':'")) {
            return new Explained(opened, "this line has no ':' after its key; write 'key: value' with a space after the "
                    + "colon, or put a value that goes on over several lines in quotes");
        }
        if (m.contains("while scanning a quoted scalar")) {
            return new Explained(opened, "the quote that opens here is never closed; close it at the end of the value "
                    + "(a value in quotes stays on one line)");
        }
        if (m.contains("while parsing a flow sequence")) {
            return new Explained(opened, "the list in [ ] that opens here is not closed with ']' or has no ',' between two "
                    + "items; the file may also be truncated");
        }
        if (m.contains("while parsing a flow mapping")) {
            return new Explained(opened, "the mapping in { } that opens here is not closed with '}' or has no ',' between "
                    + "two entries; the file may also be truncated");
        }
        if (m.contains("found '<stream end>'") || m.contains("but got <stream end>")) {
            return new Explained(at, "the file ends in the middle of a value (an open [ or {, or a key without its value); "
                    + "the file may be truncated: compare it with the original");
        }
        if (m.contains("found undefined tag handle") || m.contains("found unknown escape character")) {
            return new Explained(at, "not valid YAML: " + m + "; put the value in single quotes to keep it as written");
        }
        return new Explained(at, "not valid YAML: " + m);
    }

    /** "mapping values are not allowed here": a line indented deeper than its mapping, or a second ': ' in a value. */
    private static Explained mappingValue(Location at, String[] lines) {
        int n = at.line();
        if (n < 1 || n > lines.length) {
            return new Explained(at, "a ':' where no new key can start; check the indentation of this line and the one above");
        }
        String line = lines[n - 1];
        int indent = indentation(line);
        int previous = previousContentLine(lines, n - 1);
        if (previous > 0) {
            int keyColumn = keyColumn(lines[previous - 1]);
            if (indent > keyColumn && !lines[previous - 1].stripTrailing().endsWith(":")) {
                return new Explained(new Location(at.source(), n, indent + 1), "line " + n + " is indented " + spaces(indent)
                        + ", deeper than the key on line " + previous + " (" + spaces(keyColumn) + "), which already has a "
                        + "value; " + (keyColumn == 0 ? "remove its indentation" : "indent it " + spaces(keyColumn))
                        + " to make it the next key of the same mapping");
            }
        }
        return new Explained(at, "a second ': ' on this line; a value that contains ': ' must be in quotes, "
                + "e.g. title: \"Wages: round 2\"");
    }

    /** "expected <block end>": an item or key indented differently from the others of its list or mapping. */
    private static Explained blockEnd(Location at, String[] lines) {
        int n = at.line();
        if (n < 1 || n > lines.length) {
            return new Explained(at, "the indentation of this line does not match the lines above; "
                    + "the items of one list or mapping start in the same column, indented with spaces");
        }
        String line = lines[n - 1];
        int indent = indentation(line);
        boolean item = line.strip().startsWith("- ") || line.strip().equals("-");
        for (int i = n - 1; i >= 1; i--) {
            String other = lines[i - 1];
            if (other.isBlank() || other.strip().startsWith("#")) continue;
            boolean otherItem = other.strip().startsWith("- ") || other.strip().equals("-");
            int otherIndent = indentation(other);
            if (otherItem == item && otherIndent != indent && otherIndent < indent + 4) {
                return new Explained(new Location(at.source(), n, indent + 1), "line " + n + " is indented " + spaces(indent)
                        + ", but the " + (item ? "list item" : "key") + " on line " + i + " is indented " + spaces(otherIndent)
                        + "; the " + (item ? "items of one list" : "keys of one mapping") + " start in the same column");
            }
        }
        return new Explained(new Location(at.source(), n, indent + 1), "line " + n + " is indented " + spaces(indent)
                + ", which matches no list or mapping above it; the items of one list or mapping start in the same column");
    }

    private static List<Location> marks(String raw, String source) {
        List<Location> found = new ArrayList<>();
        if (raw == null) return found;
        Matcher m = MARK.matcher(raw);
        while (m.find()) {
            found.add(new Location(source, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return found;
    }

    private static int previousContentLine(String[] lines, int before) {
        for (int i = before; i >= 1; i--) {
            String l = lines[i - 1];
            if (!l.isBlank() && !l.strip().startsWith("#")) return i;
        }
        return 0;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /** The column (0-based) where the key of a line starts, after its indentation and any "- ". */
    private static int keyColumn(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) i++;
        return i;
    }

    private static String spaces(int n) {
        return n == 0 ? "no spaces" : n == 1 ? "1 space" : n + " spaces";
    }
}
