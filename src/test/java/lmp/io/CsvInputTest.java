package lmp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInputTest {

    private static List<CsvInput.Row> rows(String text) {
        List<CsvInput.Row> rows = new ArrayList<>();
        CsvInput.read(InputFile.ofText("t.csv", text), h -> { }, rows::add);
        return rows;
    }

    @Test
    void delimiterIsTheMostCommonOfCommaSemicolonAndTabOutsideQuotes() {
        assertThat(CsvInput.sniffDelimiter("a,b,c")).isEqualTo(',');
        assertThat(CsvInput.sniffDelimiter("a;b;c")).isEqualTo(';');
        assertThat(CsvInput.sniffDelimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvInput.sniffDelimiter("\"a,b\";\"c,d\";e")).isEqualTo(';');
        assertThat(CsvInput.sniffDelimiter("single")).isEqualTo(',');
    }

    @Test
    void rowsCarryTheLineTheyStartOnAcrossBlankLinesAndQuotedLineBreaks() {
        var rows = rows("h1,h2\r\na,b\r\n\r\n\"multi\nline\",c\r\nd,e\r\n");
        assertThat(rows).extracting(r -> r.location().line()).containsExactly(2, 4, 6);
        assertThat(rows.get(1).cells()).containsExactly("multi\nline", "c");
    }

    @Test
    void headerIsReportedWithItsDelimiter() {
        var header = CsvInput.read(InputFile.ofText("t.csv", "a\tb\n1\t2\n"), h -> { }, r -> { });
        assertThat(header.names()).containsExactly("a", "b");
        assertThat(header.delimiter()).isEqualTo('\t');
        assertThat(header.index("B")).contains(1);
    }

    @Test
    void duplicateOrBlankColumnNamesAreRefused() {
        assertThatThrownBy(() -> rows("a,b,A\n1,2,3\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("t.csv:1: column name 'A' appears twice (columns 1 and 3)");
        assertThatThrownBy(() -> rows("a,,b\n")).isInstanceOf(InputException.class).hasMessageContaining("column 2 has no name");
    }

    @Test
    void unclosedQuoteIsAMalformedCsvProblem() {
        assertThatThrownBy(() -> rows("a,b\n1,\"open\n2,3\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("t.csv").hasMessageContaining("unclosed quote");
    }

    @Test
    void nulByteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> rows("a,b\n1,2\n3,\0\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("t.csv:3: contains a NUL byte");
    }

    @Test
    void emptyFileIsAProblem() {
        assertThatThrownBy(() -> rows("")).isInstanceOf(InputException.class).hasMessageContaining("t.csv:1:");
    }
}
