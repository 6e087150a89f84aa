package lmp.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets and HR systems export it: UTF-8 with or without a byte-order mark,
 * comma, semicolon or tab delimited (guessed from the header line), quoted fields with embedded
 * delimiters, quotes and line breaks. Rows are streamed to a handler with the line they start on,
 * so callers can report {@code file:line} and a million-row file never sits in memory as objects.
 */
public final class CsvInput {
    /** Longest line accepted: generous for any real export, small enough to refuse binary garbage. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** The header row: column names as written, and a case-insensitive index. */
    public record Header(List<String> names, Location location, char delimiter) {
        public Header {
            names = List.copyOf(names);
        }

        public Optional<Integer> index(String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) return Optional.of(i);
            }
            return Optional.empty();
        }

        public Location column(int index) {
            return new Location(location.source(), location.line(), 0);
        }
    }

    /** One data row: the line it starts on and its cells (blank cells are empty strings). */
    public record Row(Location location, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    private CsvInput() {
    }

    /**
     * Reads the header, hands it to {@code onHeader} (which may throw an {@link InputException}
     * for a header it cannot use), then hands over every non-blank row.
     */
    public static Header read(InputFile file, java.util.function.Consumer<Header> onHeader, RowHandler handler) {
        String text = file.text();
        checkLines(file.name(), text);
        String firstLine = firstLine(text);
        if (firstLine.isBlank()) {
            throw InputException.at(new Location(file.name(), 1, 0),
                    "the file is empty or starts with a blank line; the first line must be the column names");
        }
        char delimiter = sniffDelimiter(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        Header header = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long previousEnd = 0;
            for (CSVRecord rec : parser) {
                long endLine = parser.getCurrentLineNumber();
                int startLine = (int) previousEnd + 1;
                // A record ends where the parser now is; with ignored blank lines before it, its
                // start is found by counting the line breaks inside its own cells.
                int inner = 0;
                List<String> cells = new ArrayList<>(rec.size());
                for (String c : rec) {
                    cells.add(c);
                    inner += count(c, '\n');
                }
                int recordLine = (int) Math.max(startLine, endLine - inner);
                previousEnd = endLine;
                Location at = new Location(file.name(), recordLine, 0);
                if (header == null) {
                    header = makeHeader(cells, at, delimiter);
                    onHeader.accept(header);
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                handler.row(new Row(at, cells));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw InputException.at(Location.of(file.name(), lineFrom(e)),
                    "malformed CSV: " + rootMessage(e) + "; check for an unclosed quote (\")");
        } catch (IOException e) {
            throw InputException.at(Location.of(file.name()), "cannot read CSV: " + e.getMessage());
        }
        if (header == null) {
            throw InputException.at(new Location(file.name(), 1, 0), "no header line; the first line must be the column names");
        }
        return header;
    }

    private static Header makeHeader(List<String> cells, Location at, char delimiter) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            if (name.isEmpty()) {
                problems.add(Problem.error(at, "column " + (i + 1) + " has no name in the header; name it or delete the column"));
            }
            Integer prev = seen.put(name.toLowerCase(Locale.ROOT), i);
            if (prev != null && !name.isEmpty()) {
                problems.add(Problem.error(at, "column name '" + name + "' appears twice (columns " + (prev + 1) + " and "
                        + (i + 1) + "); rename one"));
            }
            names.add(name);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Header(names, at, delimiter);
    }

    /** The delimiter used most often outside quotes in the header line: comma, semicolon or tab. */
    static char sniffDelimiter(String headerLine) {
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ',') comma++;
                else if (c == ';') semi++;
                else if (c == '\t') tab++;
            }
        }
        if (tab > comma && tab > semi) return '\t';
        if (semi > comma) return ';';
        return ',';
    }

    private static void checkLines(String name, String text) {
        // One pass over the text. (Searching for NUL from each line start with indexOf scanned the
        // rest of the file once per line: quadratic, minutes on a 132,000-row export.)
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            if (c == '\0') {
                throw InputException.at(new Location(name, line, 0),
                        "contains a NUL byte; this looks like a binary file, not CSV text");
            }
            if (c == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw InputException.at(new Location(name, line, 0), "line is longer than " + MAX_LINE_CHARS
                            + " characters; this does not look like a CSV export");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String l = nl < 0 ? text : text.substring(0, nl);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) n++;
        }
        return n;
    }

    private static int lineFrom(Throwable e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(line (\\d+)\\)").matcher(rootMessage(e));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ');
    }
}
