package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class BallotCsvTest {
    private static final List<String> ABC = List.of("Ana", "Ben", "Cy");

    private static List<String> read(String csv, List<String> candidates, boolean newNames, boolean marks) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        BallotCsv.read(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(newNames, marks));
        BallotBox box = b.build();
        List<String> out = new ArrayList<>();
        box.forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    @Test
    void rankColumnsHoldNamesWithCountSkippedRanksAndOvervotes() {
        String csv = "ballot_id,rank1,rank2,rank3,count\n1,Ana,Ben,,2\n2,Ana,Ben,,\n3,,Cy,,1\n4,Ana|Ben,Cy,,1\n";
        assertThat(read(csv, ABC, false, false)).containsExactlyInAnyOrder("3 [[0], [1]]", "1 [[], [2]]", "1 [[0, 1], [2]]");
    }

    @Test
    void choiceColumnsAreRankColumnsToo() {
        assertThat(read("choice_1;choice_2\nBen;Ana\n", ABC, false, false)).containsExactly("1 [[1], [0]]");
    }

    @Test
    void aNameThatIsNotACandidateIsAnErrorWithFileAndLine() {
        assertThatThrownBy(() -> read("rank1,rank2\nAna,Ben\nAnna,Cy\n", ABC, false, false))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("b.csv:3: 'Anna' is not a candidate (did you mean 'Ana'?)");
    }

    @Test
    void writeInsBecomeCandidatesWhenAllowed() {
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotCsv.read(InputFile.ofText("b.csv", "rank1\nZoe\n"), b, new BallotCsv.Options(true, false));
        assertThat(b.build().candidates()).containsExactly("Ana", "Ben", "Cy", "Zoe");
    }

    @Test
    void candidateColumnsHoldRankNumbersAndBlanksAreUnranked() {
        String csv = "Ana,Ben,Cy\n1,2,\n2,,1\n1,1,3\n";
        // Grouping ballots may change the order of the groups (the byte-level path counts plain rows in a
        // trie and adds them at the end), never the groups.
        assertThat(read(csv, ABC, false, false)).containsExactlyInAnyOrder("1 [[0], [1]]", "1 [[2], [0]]", "1 [[0, 1], [], [2]]");
    }

    @Test
    void candidateColumnsAcceptAnyMarkForPluralityAndApproval() {
        assertThat(read("Ana,Ben,Cy\nx,,X\n", ABC, false, true)).containsExactly("1 [[0, 2]]");
    }

    @Test
    void aMarkThatIsNotARankIsAnErrorForRankedMethods() {
        assertThatThrownBy(() -> read("Ana,Ben,Cy\nx,,\n", ABC, false, false))
                .isInstanceOf(InputException.class).hasMessageContaining("b.csv:2: cell 'x' for candidate 'Ana'");
    }

    @Test
    void anUnknownColumnNextToRankColumnsIsAnError() {
        assertThatThrownBy(() -> read("rank1,timestamp\nAna,x\n", ABC, false, false))
                .isInstanceOf(InputException.class).hasMessageContaining("column 'timestamp'");
    }

    @Test
    void aByteOrderMarkIsSkippedAndLinesStayRight() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "rank1\nAna\nZed\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThatThrownBy(() -> BallotCsv.read(InputFile.of("bom.csv", all), BallotBox.builder(ABC), new BallotCsv.Options(false, false)))
                .isInstanceOf(InputException.class).hasMessageContaining("bom.csv:3: 'Zed' is not a candidate");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] bytes = "rank1\nAna\nB\u00e9n\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BallotCsv.read(InputFile.of("latin1.csv", bytes), BallotBox.builder(ABC), new BallotCsv.Options(false, false)))
                .isInstanceOf(InputException.class).hasMessageContaining("latin1.csv:3: not valid UTF-8");
    }

    @Test
    void aQuotedNameWithACommaIsOneCell() {
        List<String> names = List.of("Reyes, Tanya", "Ben");
        assertThat(read("rank1,rank2\n\"Reyes, Tanya\",Ben\n", names, false, false)).containsExactly("1 [[0], [1]]");
    }

    // ---- the limit of BallotBox.MAX_BALLOTS (1,000,000,000) over all ballot files ----

    private static long readGeneralRows(String csv, BallotBox.Builder b, List<String> out) {
        long general = BallotCsv.readCountingGeneralRows(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(false, false));
        b.build().forEach((r, w) -> out.add(w + " " + r));
        return general;
    }

    @Test
    void candidateColumnsReadByTheGeneralPathReachExactlyTheLimit() {
        // Quoted, so every row takes the general path, which adds candidate-column rows to the box at
        // once; the limit once counted those ballots twice (in the box and as taken) and refused this
        // file at 600,000,000 + 400,000,000.
        String csv = "\"Ana\",Ben,Cy,count\n1,2,,600000000\n2,1,,400000000\n";
        List<String> out = new ArrayList<>();
        assertThat(readGeneralRows(csv, BallotBox.builder(ABC), out)).isEqualTo(2);
        assertThat(out).containsExactly("600000000 [[0], [1]]", "400000000 [[1], [0]]");
    }

    @Test
    void oneBallotPastTheLimitIsRefusedOnItsRowOnBothPaths() {
        for (String header : List.of("Ana,Ben,Cy,count", "\"Ana\",Ben,Cy,count")) {
            String csv = header + "\n1,2,,600000000\n2,1,,400000001\n";
            assertThatThrownBy(() -> read(csv, ABC, false, false)).isInstanceOf(InputException.class)
                    .hasMessage("b.csv:3: count 400000001 takes the ballots past the limit of 1000000000; check the count");
        }
    }

    @Test
    void aBlankCountCellIsOneBallotTowardsTheLimitOnBothPaths() {
        // The general path once let a blank count through without counting it: 1,000,000,001 ballots.
        for (String header : List.of("rank1,count", "\"rank1\",count")) {
            String csv = header + "\nAna,999999999\nBen,\nCy, \n";
            assertThatThrownBy(() -> read(csv, ABC, false, false)).isInstanceOf(InputException.class)
                    .hasMessage("b.csv:4: count 1 takes the ballots past the limit of 1000000000; check the count");
            assertThat(read(header + "\nAna,999999999\nBen,\n", ABC, false, false))
                    .containsExactly("999999999 [[0]]", "1 [[1]]");
        }
    }

    @Test
    void theLimitCountsTheBallotsOfEarlierFilesAndRowsWithoutACount() {
        for (String csv : List.of("rank1\nAna\nBen\n", "\"rank1\"\nAna\nBen\n", "Ana,Ben\n1,\n,1\n", "\"Ana\",Ben\n1,\n,1\n")) {
            BallotBox.Builder b = BallotBox.builder(ABC);
            b.add(lmp.count.Ranking.of(new int[][] {{2}}), 999_999_999);
            assertThatThrownBy(() -> BallotCsv.read(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(false, false)))
                    .isInstanceOf(InputException.class)
                    .hasMessage("b.csv:3: count 1 takes the ballots past the limit of 1000000000; check the count");
        }
        BallotBox.Builder b = BallotBox.builder(ABC);
        b.add(lmp.count.Ranking.of(new int[][] {{2}}), 999_999_998);
        BallotCsv.read(InputFile.ofText("b.csv", "rank1\nAna\nBen\n"), b, new BallotCsv.Options(false, false));
        assertThat(b.total()).isEqualTo(1_000_000_000L);
    }

    // ---- which rows the byte path takes (both paths read the same ballots; see PlainCsvEquivalenceTest) ----

    private static long generalRows(String csv, List<String> candidates, boolean newNames, boolean marks, List<String> out) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        long general = BallotCsv.readCountingGeneralRows(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(newNames, marks));
        b.build().forEach((r, w) -> out.add(w + " " + r));
        return general;
    }

    @Test
    void plainRankColumnRowsOfKnownNamesTakeTheBytePath() {
        List<String> names = List.of("Ana", "N\u00fa\u00f1ez", "Cy");
        String csv = "rank1,rank2,count\nAna,N\u00fa\u00f1ez,2\n,Cy,\n Ana , N\u00fa\u00f1ez ,  3 \nCy\nCy,,\n\tCy\t,,000000000000000001\n";
        List<String> out = new ArrayList<>();
        assertThat(generalRows(csv, names, false, false, out)).isZero();
        assertThat(out).containsExactlyInAnyOrder("5 [[0], [1]]", "1 [[], [2]]", "3 [[2]]");
    }

    @Test
    void eachUnusualRankColumnRowTakesTheGeneralPath() {
        List<String> names = List.of("Ana", "\u00c9mile", "Cy");
        String[] rows = {"Ana,Cy,x", "Ana,Cy,0", "Ana,Cy,1000000000000000000", "Ana|Cy,,", "\u00c9mile,,", "Cy,\u00c9mile,",
            "Ana,Cy,1,"};
        for (String row : rows) {
            List<String> out = new ArrayList<>();
            try {
                assertThat(generalRows("rank1,rank2,count\nAna,Cy,1\n" + row + "\n", names, false, false, out))
                        .as(row).isEqualTo(1);
            } catch (InputException e) {
                assertThat(row).isIn("Ana,Cy,x", "Ana,Cy,0", "Ana,Cy,1000000000000000000", "Ana,Cy,1,");
                continue;
            }
            assertThat(out).as(row).hasSize(2);
        }
    }

    @Test
    void aWriteInTakesTheGeneralPathOnceThenTheBytePath() {
        List<String> out = new ArrayList<>();
        assertThat(generalRows("rank1,rank2\nZoe,Ana\nZoe,Ana\nAna,Zoe\n", ABC, true, false, out)).isEqualTo(1);
        assertThat(out).containsExactlyInAnyOrder("2 [[3], [0]]", "1 [[0], [3]]");
    }

    @Test
    void plainCandidateColumnRowsOfRankNumbersTakeTheBytePath() {
        String csv = "Ana,Ben,Cy,count\n1,2,,3\n,1,2,\n 2 ,1,3, 1\n3\n,,1,000000000000000002\n,,,\n";
        List<String> out = new ArrayList<>();
        assertThat(generalRows(csv, ABC, false, false, out)).isZero();
        assertThat(out).containsExactlyInAnyOrder("3 [[0], [1]]", "1 [[1], [2]]", "1 [[1], [0], [2]]", "1 [[], [], [0]]",
                "2 [[2]]", "1 []");
    }

    @Test
    void eachUnusualCandidateColumnRowTakesTheGeneralPath() {
        String[] fine = {"1,1,,1", "x,,,1", "0000001,,,1", "2,2,,"};
        for (String row : fine) {
            List<String> out = new ArrayList<>();
            assertThat(generalRows("Ana,Ben,Cy,count\n1,2,3,1\n" + row + "\n", ABC, false, true, out)).as(row).isEqualTo(1);
            assertThat(out).as(row).hasSize(2);
        }
        String[] refused = {"0,,,1", "4,,,1", "1,,,x", "1,,,0", "1,,,1,", "1000000,,,1"};
        for (String row : refused) {
            BallotBox.Builder b = BallotBox.builder(ABC);
            assertThatThrownBy(() -> BallotCsv.readCountingGeneralRows(InputFile.ofText("b.csv", "Ana,Ben,Cy,count\n" + row + "\n"),
                    b, new BallotCsv.Options(false, false))).as(row).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("b.csv:2: ");
        }
    }

    @Test
    void whichFilesTheBytePathReads() {
        List<String> out = new ArrayList<>();
        // no newline after the last row, CRLF, blank lines of spaces and tabs: byte path
        assertThat(generalRows("rank1\r\nAna\r\n \t\r\n\r\nBen", ABC, false, false, out)).isZero();
        assertThat(out).containsExactlyInAnyOrder("1 [[0]]", "1 [[1]]");
        // a lone carriage return: the general path, which refuses it where it is
        assertThatThrownBy(() -> read("rank1\nAna\rBen\n", ABC, false, false)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("b.csv:2: a carriage return (CR) without a line feed");
        // ... and a file ending in a carriage return, which it takes as the end of the last line
        out.clear();
        assertThat(generalRows("rank1\nAna\nBen\r", ABC, false, false, out)).isEqualTo(2);
        assertThat(out).containsExactlyInAnyOrder("1 [[0]]", "1 [[1]]");
        // a quote anywhere: the general path reads every row
        out.clear();
        assertThat(generalRows("rank1\nAna\n\"Ben\"\n", ABC, false, false, out)).isEqualTo(2);
        // a header without a newline: the general path (no rows)
        out.clear();
        assertThat(generalRows("rank1", ABC, false, false, out)).isZero();
        assertThat(out).isEmpty();
    }

    @Test
    void aNulByteOrAnOverlongLineIsRefusedWithItsLineOnTheBytePath() {
        assertThatThrownBy(() -> read("rank1\nAna\nB\u0000n\n", ABC, false, false)).isInstanceOf(InputException.class)
                .hasMessage("b.csv:3: contains a NUL byte; this looks like a binary file, not CSV text");
        String longName = "x".repeat(lmp.io.CsvInput.MAX_LINE_CHARS + 1);
        assertThatThrownBy(() -> read("rank1\nAna\n" + longName + "\n", ABC, false, false)).isInstanceOf(InputException.class)
                .hasMessage("b.csv:3: line is longer than " + lmp.io.CsvInput.MAX_LINE_CHARS
                        + " characters; this does not look like a CSV export");
        // a line at exactly the limit is read (and its long name refused as a name, not as a line)
        String atLimit = "y".repeat(lmp.io.CsvInput.MAX_LINE_CHARS);
        assertThatThrownBy(() -> read("rank1\nAna\n" + atLimit + "\n", ABC, false, false)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("b.csv:3: name 'yyy");
    }
}
