package lmp.io;

import java.io.IOException;
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

        /**
         * Why {@code row} does not fit this header, or empty: a row with more cells than the header
         * has columns always (its last cells would belong to no column, and be dropped), and with
         * {@code fewerToo} also a row with fewer (a line cut short, or a cell holding an unquoted delimiter).
         */
        public Optional<String> widthProblem(Row row, boolean fewerToo) {
            int n = row.cells().size();
            if (n > names.size() || (fewerToo && n < names.size())) {
                return Optional.of("this row has " + n + " cell" + (n == 1 ? "" : "s") + " but the header has " + names.size()
                        + " column" + (names.size() == 1 ? "" : "s") + "; "
                        + (n > names.size() ? "quote a cell that holds the delimiter '" + printable(delimiter) + "', or add the"
                        + " missing column name to the header" : "the line may be cut short; complete it"));
            }
            return Optional.empty();
        }

        private static String printable(char c) {
            return c == '\t' ? "TAB" : String.valueOf(c);
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
        // Streamed from the bytes: decoding a large export into one String first would hold it in
        // memory three times over (bytes, UTF-16 buffer, String).
        checkLines(file);
        String firstLine = firstLine(file);
        if (firstLine.isBlank()) {
            throw InputException.at(new Location(file.name(), 1, 0),
                    "the file is empty or starts with a blank line; the first line must be the column names");
        }
        char delimiter = sniffDelimiter(firstLine);
        if (firstLine.indexOf(delimiter) < 0 && firstLine.indexOf('|') >= 0) {
            throw InputException.at(new Location(file.name(), 1, 0), "the columns seem to be separated by '|'; lmp reads CSV "
                    + "separated by commas, semicolons or tabs (in a spreadsheet: save as 'CSV UTF-8')");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        Header header = null;
        try (CSVParser parser = CSVParser.parse(reader(file), format)) {
            long previousEnd = 0;
            for (CSVRecord rec : parser) {
                long endLine = parser.getCurrentLineNumber();
                int startLine = (int) previousEnd + 1;
                // A record ends where the parser now is; with ignored blank lines before it, its
                // start is found by counting the line breaks inside its own cells.
                int inner = 0;
                List<String> cells = new ArrayList<>(rec.size());
                for (String c : rec) {
                    cells.add(Text.nfc(c));
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
            if (rootCause(e) instanceof java.nio.charset.CharacterCodingException) {
                file.text(); // throws the located "not valid UTF-8" problem
            }
            throw InputException.at(Location.of(file.name(), lineFrom(e)),
                    "malformed CSV: " + rootMessage(e) + "; check for an unclosed quote (\")");
        } catch (IOException e) {
            if (rootCause(e) instanceof java.nio.charset.CharacterCodingException) {
                file.text(); // throws the located "not valid UTF-8" problem
            }
            throw InputException.at(Location.of(file.name()), "cannot read CSV: " + e.getMessage());
        }
        if (header == null) {
            throw InputException.at(new Location(file.name(), 1, 0), "no header line; the first line must be the column names");
        }
        return header;
    }

    private static Header makeHeader(List<String> cells, Location at, char delimiter) {
        long blank = cells.stream().filter(String::isBlank).count();
        if (cells.size() > 2 && blank * 2 > cells.size()) {
            // One line for the likely cause instead of one per blank column.
            throw InputException.at(at, blank + " of the " + cells.size() + " columns have no name in the first line; it "
                    + "looks like a data row - the first line must be the column names");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            java.util.Optional<String> why = Text.refusal(name, Text.Kind.TEXT);
            if (why.isPresent()) {
                problems.add(Problem.error(at, "column " + (i + 1) + " of the header ('" + Text.shown(name) + "') " + why.get()));
            }
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

    /** The text after any byte-order mark, decoded strictly as UTF-8 while it is read. */
    private static java.io.Reader reader(InputFile file) {
        java.io.InputStream in = file.stream();
        if (file.hasUtf8Bom()) {
            try {
                in.skipNBytes(3);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /**
     * Refuses over-long lines, NUL bytes (binary files) and a carriage return that does not end a
     * line outside quotes, scanning the bytes once. The CSV parser would take such a lone CR for a
     * line end, and so split one row into two: a phantom ballot, or a member made from half a line.
     */
    private static void checkLines(InputFile file) {
        byte[] buffer = new byte[1 << 16];
        int line = 1;
        long lineLength = 0;
        boolean quoted = false;
        boolean cr = false;
        try (java.io.InputStream in = file.stream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (cr && b != '\n') {
                        throw loneCr(file, line);
                    }
                    cr = false;
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\r' && !quoted) {
                        cr = true;
                    }
                    if (b == '\n') {
                        line++;
                        lineLength = 0;
                        continue;
                    }
                    if (b == 0) {
                        // UTF-16 (a spreadsheet's "Unicode text") is full of NUL bytes; when the file is
                        // not UTF-8 at all, that located message, with its UTF-16 hint, is the useful one.
                        file.text();
                        throw InputException.at(new Location(file.name(), line, 0),
                                "contains a NUL byte; this looks like a binary file, not CSV text");
                    }
                    if (++lineLength > MAX_LINE_CHARS) {
                        throw InputException.at(new Location(file.name(), line, 0), "line is longer than " + MAX_LINE_CHARS
                                + " characters; this does not look like a CSV export");
                    }
                }
            }
            // A CR as the very last byte ends the last line; it splits nothing.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputException loneCr(InputFile file, int line) {
        return InputException.at(new Location(file.name(), line, 0), "a carriage return (CR) without a line feed outside"
                + " quotes; it would split this row in two. Remove it, quote the cell that holds it, or save the file"
                + " again as 'CSV UTF-8' (old Mac line ends)");
    }

    private static String firstLine(InputFile file) {
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream in = file.stream()) {
            if (file.hasUtf8Bom()) {
                in.skip(3);
            }
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                first.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String l = first.toString(java.nio.charset.StandardCharsets.UTF_8);
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)").matcher(rootMessage(e));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ');
    }
}
