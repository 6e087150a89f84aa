package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import lmp.count.BallotBox;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

/** The problems BallotCsv reports, each with its exact location and wording, and the rarer paths of its rows. */
class BallotCsvProblemsTest {
    private static final List<String> ABC = List.of("Ana", "Ben", "Cy");
    private static final String MORE = " more problems not shown; fix the ones above first "
            + "(so many are usually one mistake repeated, or the wrong file)";

    private static List<String> problems(String csv, List<String> candidates, boolean newNames, boolean marks) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        try {
            BallotCsv.read(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(newNames, marks));
        } catch (InputException e) {
            return e.problems().stream().map(Problem::render).toList();
        }
        throw new AssertionError("no problem reported");
    }

    private static List<String> ballots(String csv, List<String> candidates, long[] general) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        general[0] = BallotCsv.readCountingGeneralRows(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(false, false));
        List<String> out = new ArrayList<>();
        b.build().forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    private static List<String> many(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) names.add("C" + i);
        return names;
    }

    @Test
    void afterFiftyProblemsTheRestAreCountedOnBothPaths() {
        // 52 rows naming Xavier, who is not like any candidate (no suggestion): the first 50 are listed, the last two counted in one line without a line number
        for (String header : List.of("rank1", "\"rank1\"")) {
            String csv = header + "\n" + "Xavier\n".repeat(52);
            List<String> got = problems(csv, ABC, false, false);
            assertThat(got).hasSize(51);
            assertThat(got.get(0)).isEqualTo("b.csv:2: 'Xavier' is not a candidate; correct the name, or allow write-ins "
                    + "(--write-ins, rules: write_ins: true)");
            assertThat(got.get(49)).startsWith("b.csv:51: 'Xavier'");
            assertThat(got.get(50)).isEqualTo("b.csv: and 2" + MORE);
        }
        // bad counts go through the same limit
        String csv = "rank1,count\n" + "Ana,x\n".repeat(53);
        List<String> got = problems(csv, ABC, false, false);
        assertThat(got).hasSize(51);
        assertThat(got.get(49)).isEqualTo("b.csv:51: count should be a whole number of at least 1, found 'x'");
        assertThat(got.get(50)).isEqualTo("b.csv: and 3" + MORE);
        // exactly 50 problems: no extra line
        assertThat(problems("rank1\n" + "Xavier\n".repeat(50), ABC, false, false)).hasSize(50).last()
                .isEqualTo("b.csv:51: 'Xavier' is not a candidate; correct the name, or allow write-ins (--write-ins, rules: write_ins: true)");
    }

    @Test
    void anObserverIsToldEveryDataRowOnBothPaths() {
        for (String csv : List.of("rank1\nAna\nBen\n\nCy\n", "\"rank1\"\nAna\nBen\nCy\n", "Ana,Ben,Cy\n1,,\n,1,\n,,1\n")) {
            AtomicLong rows = new AtomicLong();
            BallotBox.Builder b = BallotBox.builder(ABC);
            BallotCsv.read(InputFile.ofText("b.csv", csv), b, new BallotCsv.Options(false, false).withRowsRead(rows::addAndGet));
            assertThat(rows.get()).as(csv).isEqualTo(3);
            assertThat(b.total()).as(csv).isEqualTo(3);
        }
    }

    @Test
    void aRefusedNameInARankCellIsReportedWithWhy() {
        assertThat(problems("rank1,rank2\nAna,Ben  Lee\n", ABC, true, false))
                .containsExactly("b.csv:2: 'Ben  Lee' holds two spaces in a row; write one space between words");
    }

    @Test
    void aWriteInMayBeExactlyAsLongAsTheLimit() {
        String longest = "x".repeat(1000);
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotCsv.read(InputFile.ofText("b.csv", "rank1\n" + longest + "\n"), b, new BallotCsv.Options(true, false));
        assertThat(b.build().candidates()).hasSize(4).last().isEqualTo(longest);
        assertThat(problems("rank1\n" + longest + "y\n", ABC, true, false)).containsExactly("b.csv:2: name '"
                + "x".repeat(60) + "... (1001 characters)' is longer than 1000 characters; check the columns");
    }

    @Test
    void aWriteInPastFiveHundredCandidatesIsRefused() {
        BallotBox.Builder b = BallotBox.builder(many(499));
        BallotCsv.read(InputFile.ofText("b.csv", "rank1,rank2\nC1,Zoe\n"), b, new BallotCsv.Options(true, false));
        assertThat(b.build().candidates()).hasSize(500).last().isEqualTo("Zoe");
        assertThat(problems("rank1,rank2\nC1,Zoe\n", many(500), true, false)).containsExactly(
                "b.csv:2: 'Zoe' would be candidate number 501; lmp counts at most 500 candidates - check the names");
        // a candidate column past the 500th is refused in the header
        assertThat(problems("C1,Zoe\n1,2\n", many(500), true, false)).containsExactly(
                "b.csv:1: column 'Zoe' is not a candidate; lmp counts at most 500 candidates");
        // ... while the 500th is taken
        BallotBox.Builder c = BallotBox.builder(many(499));
        BallotCsv.read(InputFile.ofText("b.csv", "C1,Zoe\n1,2\n"), c, new BallotCsv.Options(true, false));
        assertThat(c.build().candidates()).hasSize(500);
    }

    @Test
    void aCandidateColumnWithAnOverlongNameIsRefusedInTheHeader() {
        String csv = "count,Ana," + "z".repeat(1001) + "\n1,1,2\n";
        assertThat(problems(csv, ABC, true, false))
                .containsExactly("b.csv:1: column 3 has a name longer than 1000 characters; check the header line");
    }

    @Test
    void aCheckOffListOrARosterIsRefusedByWhatItIs() {
        assertThat(problems("member_id,voted\n7,yes\n", ABC, true, false)).containsExactly("b.csv:1: this is a voter "
                + "check-off list (columns member_id, voted), not a ballot file; give it as the check-off list (--checkoff), "
                + "and the cast ballots as --ballots");
        assertThat(problems("member_id,name\n7,Ana\n", ABC, true, false)).containsExactly("b.csv:1: this file has a "
                + "member_id column: it is a roster or a list of members, not a ballot file; ballots never carry a member id "
                + "(29 CFR 452.97)");
    }

    @Test
    void rankColumnsAreTakenInTheOrderOfTheirNumbers() {
        long[] general = new long[1];
        assertThat(ballots("rank2,rank1\nAna,Ben\n", ABC, general)).containsExactly("1 [[1], [0]]");
        assertThat(ballots("rank2,\"rank1\"\nAna,Ben\n", ABC, general)).containsExactly("1 [[1], [0]]");
        assertThat(general[0]).isEqualTo(1);
    }

    @Test
    void aGapInTheRankColumnsIsRefused() {
        assertThat(problems("rank1,rank3\nAna,Ben\n", ABC, false, false)).containsExactly(
                "b.csv:1: rank columns should be numbered 1, 2, 3 ... without gaps or repeats; rank 2 is missing or repeated");
        assertThat(problems("rank1,rank_2,rank2\nAna,Ben,Cy\n", ABC, false, false)).containsExactly(
                "b.csv:1: rank columns should be numbered 1, 2, 3 ... without gaps or repeats; rank 3 is missing or repeated");
    }

    @Test
    void rankNumbersOfColumnNames() {
        assertThat(BallotCsv.rankNumber("rank1234")).isEqualTo(1234);
        assertThat(BallotCsv.rankNumber("rank12345")).isZero();
        assertThat(BallotCsv.rankNumber("Rank_10")).isEqualTo(10);
        assertThat(BallotCsv.rankNumber("choice 9")).isEqualTo(9);
        assertThat(BallotCsv.rankNumber("choice-0")).isZero();
        assertThat(BallotCsv.rankNumber("rank")).isZero();
        assertThat(BallotCsv.rankNumber("rank1a")).isZero();
        assertThat(BallotCsv.rankNumber("rank/")).isZero();
        assertThat(BallotCsv.rankNumber("rank:")).isZero();
        assertThat(BallotCsv.rankNumber("ranking")).isZero();
        assertThat(BallotCsv.rankNumber("name")).isZero();
    }

    @Test
    void aBallotOfBlankRanksOnTheGeneralPathIsAnEmptyBallot() {
        long[] general = new long[1];
        assertThat(ballots("\"rank1\",rank2\n,\n\"Ben\",Ana\n", ABC, general))
                .containsExactlyInAnyOrder("1 []", "1 [[1], [0]]");
        assertThat(general[0]).isEqualTo(2);
    }

    @Test
    void anOvervoteMayStartWithTheBar() {
        long[] general = new long[1];
        assertThat(ballots("rank1,rank2\n|Ana,Ben|Cy\n", ABC, general)).containsExactly("1 [[0], [1, 2]]");
        assertThat(general[0]).isEqualTo(1);
    }

    @Test
    void anOvervoteNamingAnUnknownNameIsReportedAndNotCounted() {
        assertThat(problems("rank1,rank2\nAna|Xavier,Ben\n", ABC, false, false)).containsExactly("b.csv:2: 'Xavier' is not a "
                + "candidate; correct the name, or allow write-ins (--write-ins, rules: write_ins: true)");
    }

    @Test
    void emptyCellsOfATabSeparatedFileTakeTheBytePath() {
        long[] general = new long[1];
        assertThat(ballots("rank1\trank2\trank3\nAna\t\tBen\n\tCy\t\n", ABC, general))
                .containsExactlyInAnyOrder("1 [[0], [], [1]]", "1 [[], [2]]");
        assertThat(general[0]).isZero();
        assertThat(ballots("Ana\tBen\tCy\n1\t\t2\n", ABC, general)).containsExactly("1 [[0], [2]]");
        assertThat(general[0]).isZero();
    }

    @Test
    void countsAndRanksWithZerosAndNinesTakeTheBytePath() {
        long[] general = new long[1];
        assertThat(ballots("rank1,count\nAna,10\nBen,09\n", ABC, general)).containsExactlyInAnyOrder("10 [[0]]", "9 [[1]]");
        assertThat(general[0]).isZero();
        List<String> ten = many(10);
        assertThat(ballots("C1,C2,C3,C4,C5,C6,C7,C8,C9,C10\n10,9,8,7,6,5,4,3,2,01\n", ten, general))
                .containsExactly("1 [[9], [8], [7], [6], [5], [4], [3], [2], [1], [0]]");
        assertThat(general[0]).isZero();
        // six digits are still read on the byte path, seven are not a rank
        assertThat(ballots("Ana,Ben,Cy\n000001,000002,\n", ABC, general)).containsExactly("1 [[0], [1]]");
        assertThat(general[0]).isZero();
    }

    @Test
    void rankNumbersOnTheGeneralPath() {
        long[] general = new long[1];
        assertThat(ballots("\"Ana\",Ben,Cy\n000002,000001,3\n", ABC, general)).containsExactly("1 [[1], [0], [2]]");
        assertThat(general[0]).isEqualTo(1);
        List<String> ten = many(10);
        assertThat(ballots("\"C1\",C2,C3,C4,C5,C6,C7,C8,C9,C10\n10,9,8,7,6,5,4,3,2,01\n", ten, general))
                .containsExactly("1 [[9], [8], [7], [6], [5], [4], [3], [2], [1], [0]]");
        assertThat(problems("\"Ana\",Ben,Cy\n10,,\n", ABC, false, false)).containsExactly("b.csv:2: rank 10 for candidate "
                + "'Ana' is larger than the number of candidates (3); ranks go from 1 to 3");
        assertThat(problems("\"Ana\",Ben,Cy\n,9,\n", ABC, false, false)).containsExactly("b.csv:2: rank 9 for candidate "
                + "'Ben' is larger than the number of candidates (3); ranks go from 1 to 3");
        assertThat(problems("\"Ana\",Ben,Cy\n,,1/\n", ABC, false, false)).containsExactly("b.csv:2: cell '1/' for candidate "
                + "'Cy' should be a rank number (1 = first choice) or blank");
        assertThat(problems("\"Ana\",Ben,Cy\n,,1:\n", ABC, false, false)).containsExactly("b.csv:2: cell '1:' for candidate "
                + "'Cy' should be a rank number (1 = first choice) or blank");
    }

    @Test
    void aRowWiderThanTheHeaderIsReportedOnceAndNotRead() {
        // the width is the only problem: the names of the row are not looked at
        for (String header : List.of("rank1,rank2", "\"rank1\",rank2")) {
            assertThat(problems(header + "\nXavier,Ana,x\n", ABC, false, false)).containsExactly("b.csv:2: this row has 3 cells "
                    + "but the header has 2 columns; quote a cell that holds the delimiter ',', or add the missing column name to "
                    + "the header");
        }
    }

    @Test
    void aCountInTheFirstColumnIsACount() {
        long[] general = new long[1];
        for (String csv : List.of("count,rank1\n3,Ana\n", "\"count\",rank1\n3,Ana\n", "count,Ana,Ben\n3,1,\n",
                "\"count\",Ana,Ben\n3,1,\n")) {
            assertThat(ballots(csv, ABC, general)).as(csv).containsExactly("3 [[0]]");
        }
    }

    @Test
    void aRowEndingBeforeTheCountColumnIsOneBallot() {
        // a short row after a row with a count: the count of the row before must not be taken for it
        long[] general = new long[1];
        assertThat(ballots("rank1,rank2,count\nAna,Ben,5\nCy,Ana\n", ABC, general))
                .containsExactlyInAnyOrder("5 [[0], [1]]", "1 [[2], [0]]");
        assertThat(general[0]).isZero();
        assertThat(ballots("Ana,Ben,count\n1,2,5\n2,1\n", ABC, general)).containsExactlyInAnyOrder("5 [[0], [1]]", "1 [[1], [0]]");
        assertThat(general[0]).isZero();
    }

    @Test
    void rankColumnsOutOfOrderInAShortRowTakeTheBytePath() {
        // columns: rank3 rank1 rank2; the short row has no rank2 cell, which is a skipped rank
        long[] general = new long[1];
        assertThat(ballots("rank3,rank1,rank2\nCy,Ana,Ben\nCy,Ana\n", ABC, general))
                .containsExactlyInAnyOrder("1 [[0], [1], [2]]", "1 [[0], [], [2]]");
        assertThat(general[0]).isZero();
    }

    @Test
    void candidateColumnNamesUpToAThousandCharacters() {
        String longest = "x".repeat(1000);
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotCsv.read(InputFile.ofText("b.csv", "Ana," + longest + "\n2,1\n"), b, new BallotCsv.Options(true, false));
        assertThat(b.build().candidates()).containsExactly("Ana", "Ben", "Cy", longest);
        // a known candidate's long name is the candidate's, not a mistake in the header
        String known = "y".repeat(1001);
        long[] general = new long[1];
        assertThat(ballots(known + ",Ben\n1,2\n", List.of(known, "Ben"), general)).containsExactly("1 [[0], [1]]");
    }

    @Test
    void knownCandidateColumnsAreNotAddedAgainWhenWriteInsAreAllowed() {
        BallotBox.Builder b = BallotBox.builder(ABC);
        BallotCsv.read(InputFile.ofText("b.csv", "Ana,Ben\n1,2\n"), b, new BallotCsv.Options(true, false));
        BallotBox box = b.build();
        assertThat(box.candidates()).containsExactly("Ana", "Ben", "Cy");
        List<String> out = new ArrayList<>();
        box.forEach((r, w) -> out.add(w + " " + r));
        assertThat(out).containsExactly("1 [[0], [1]]");
    }

    @Test
    void anUnknownCandidateColumnGetsASuggestion() {
        assertThat(problems("Anna,Ben\n1,2\n", ABC, false, false)).containsExactly("b.csv:1: column 'Anna' is not a candidate "
                + "(did you mean 'Ana'?); name the columns rank1, rank2 ... for ranked ballots, or one column per candidate");
    }
}
