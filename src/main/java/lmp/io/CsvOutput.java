package lmp.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that is safe to open in a spreadsheet: RFC 4180 quoting, '\n' line ends (stable
 * across platforms), and cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) prefixed with an apostrophe, as OWASP recommends
 * against CSV injection. Plain numbers such as {@code -3} are left as they are.
 */
public final class CsvOutput implements AutoCloseable {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private final CSVPrinter printer;

    public CsvOutput(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as it will be written, with a leading apostrophe when it could run as a formula. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    public void row(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(String... cells) {
        row(List.of(cells));
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
