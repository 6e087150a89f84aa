package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

/** PlainCsvRows on its own: the header line it cuts off and the cells and line numbers of wide, long and non-ASCII rows. */
class PlainCsvRowsTest {
    /** Each row as "line: cell|cell|...". */
    private static List<String> rows(String text, char delimiter) {
        List<String> out = new ArrayList<>();
        PlainCsvRows.rows(InputFile.ofText("p.csv", text), delimiter, (source, line, bytes, starts, ends, cells) -> {
            StringBuilder sb = new StringBuilder(source + ":" + line + ":");
            for (int i = 0; i < cells; i++) {
                sb.append(i == 0 ? " " : "|").append(new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8));
            }
            out.add(sb.toString());
        });
        return out;
    }

    private static String header(String text) throws IOException {
        InputFile h = PlainCsvRows.headerOnly(InputFile.ofText("p.csv", text));
        if (h == null) return null;
        try (InputStream in = h.stream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String cells(int n, String prefix, String delimiter) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i == 1 ? "" : delimiter).append(prefix).append(i);
        return sb.toString();
    }

    @Test
    void aRowOfMoreThanSixteenCellsKeepsEveryCell() {
        String wide = cells(40, "c", ",");
        assertThat(rows("h\n" + wide + "\nx,y\n", ',')).containsExactly("p.csv:2: " + wide.replace(',', '|'), "p.csv:3: x|y");
        String accented = cells(40, "\u00e9", ";");
        assertThat(rows("h\n" + accented + "\n", ';')).containsExactly("p.csv:2: " + accented.replace(';', '|'));
    }

    @Test
    void theHeaderIsTheFirstLineEvenWhenLongerThanTheBuffer() throws IOException {
        String longHeader = cells(9000, "rank", ",");
        assertThat(longHeader.length()).isGreaterThan(1 << 16);
        assertThat(header(longHeader + "\nAna\n")).isEqualTo(longHeader + "\n");
        assertThat(rows(longHeader + "\nAna\nBen\n", ',')).containsExactly("p.csv:2: Ana", "p.csv:3: Ben");
    }

    @Test
    void anEmptyFirstLineIsTheHeaderLine() throws IOException {
        assertThat(header("\nrank1\nAna\n")).isEqualTo("\n");
        assertThat(header("rank1\nAna\n")).isEqualTo("rank1\n");
        assertThat(header("rank1")).isNull();
        assertThat(header("rank1\r\nAna\r")).isNull();
        assertThat(header("\"rank1\"\nAna\n")).isNull();
    }

    @Test
    void aFileOfMoreThanAMillionBytesIsReadToItsLastLine() {
        StringBuilder sb = new StringBuilder("h\n");
        int n = 300_000;
        for (int i = 0; i < n; i++) sb.append("Ana\n");
        sb.append("Ben\n");
        assertThat(sb.length()).isGreaterThan(1_200_000);
        List<String> got = rows(sb.toString(), ',');
        assertThat(got).hasSize(n + 1);
        assertThat(got.get(n)).isEqualTo("p.csv:" + (n + 2) + ": Ben");
    }

    @Test
    void aLongLineAfterAnotherInTheGrownBufferIsStillWithinTheLimit() {
        // the first line grows the buffer to 1 MiB; the second then ends about 1,000,000 bytes into it,
        // 400,000 bytes long: the limit is on the length of a line, not on where it ends in the buffer
        String a = "a".repeat(600_000);
        String b = "b".repeat(400_000);
        assertThat(rows("h\n" + a + "\n" + b + "\nc\n", ',')).containsExactly("p.csv:2: " + a, "p.csv:3: " + b, "p.csv:4: c");
    }

    @Test
    void aLineLongerThanTheLargestBufferIsRefusedWithItsLine() {
        String huge = "x".repeat(2 * lmp.io.CsvInput.MAX_LINE_CHARS + 100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows("h\nAna\n" + huge + "\n", ','))
                .isInstanceOf(lmp.io.InputException.class)
                .hasMessage("p.csv:3: line is longer than " + lmp.io.CsvInput.MAX_LINE_CHARS
                        + " characters; this does not look like a CSV export");
    }
}
