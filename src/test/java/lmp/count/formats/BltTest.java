package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lmp.count.BallotBox;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class BltTest {

    private static List<String> rankings(BallotBox box) {
        List<String> out = new ArrayList<>();
        box.forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    @Test
    void readsWeightsWithdrawnCandidatesEqualRanksSkippedRanksCommentsAndTitle() {
        String blt = """
                # a comment line
                4 2
                -2
                3 1 3 4 0   # three ballots
                1 2=3 - 4 0
                (b7) 2 4 0
                0
                "Adam"
                "Basil # not a comment"
                "Charlotte"
                "Donald"
                "Council election"
                """;
        Blt.Election e = Blt.read(InputFile.ofText("t.blt", blt));
        assertThat(e.seats()).isEqualTo(2);
        assertThat(e.title()).isEqualTo("Council election");
        assertThat(e.withdrawn()).containsExactly("Basil # not a comment");
        assertThat(e.ballots().candidates()).containsExactly("Adam", "Basil # not a comment", "Charlotte", "Donald");
        assertThat(rankings(e.ballots())).containsExactly("3 [[0], [2], [3]]", "1 [[1, 2], [], [3]]", "2 [[3]]");
    }

    @Test
    void aCandidateNumberOutOfRangeIsReportedWithItsLine() {
        String blt = "2 1\n1 1 3 0\n0\n\"A\"\n\"B\"\n\"T\"\n";
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("bad.blt", blt)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.blt:2: '3' is not a candidate number between 1 and 2");
    }

    @Test
    void missingEndOfBallotsIsReported() {
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("x.blt", "2 1\n1 1 0\n")))
                .isInstanceOf(InputException.class).hasMessageContaining("no '0' line ending the ballots");
    }

    @Test
    void tieOrderLineSetsTheOrderForTieBreakModeOrder() {
        Blt.Election e = Blt.read(InputFile.ofText("t.blt", "3 1\n[tie 3 2 1]\n1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n"));
        assertThat(e.ballots().tieOrder()).containsExactly("C", "B", "A");
    }

    @Test
    void everyProblemOfABallotSectionIsListedWithItsLine() {
        String blt = String.join("\n", "3 1", "-2 x", "[foo]", "(b1)", "abc 1 0", "0 1 0", "1 1 2", "1 1=4 0",
                "999999997 1 0", "2 2 0", "1 2 - 3 0", "0", "\"A\"", "\"A\"", "\"C\" x", "\"T") + "\n";
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("e.blt", blt))).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "e.blt:2: withdrawn candidates line mixes 'x' with negative numbers",
                        "e.blt:3: unknown option line '[foo]'; lmp reads only '[tie n n ...]'",
                        "e.blt:4: ballot line has no weight",
                        "e.blt:5: ballot weight should be a whole number, found 'abc'",
                        "e.blt:6: ballot weight should be at least 1, found 0",
                        "e.blt:7: ballot line should end with 0",
                        "e.blt:8: '4' is not a candidate number between 1 and 3",
                        "e.blt:10: ballot weight 2 takes the file past the limit of 1000000000 ballots; check the weight",
                        "e.blt:14: candidate name 'A' appears twice (first at line 13); candidate names must differ",
                        "e.blt:15: expected a quoted name, found 'x'",
                        "e.blt:16: unclosed quote; end the name with \""));
    }

    @Test
    void aFileAtExactlyTheLimitIsRead() {
        Blt.Election e = Blt.read(InputFile.ofText("e.blt", "2 1\n999999999 1 0\n1 2 - 1 0\n0\n\"A\"\n\"B\"\n"));
        assertThat(rankings(e.ballots())).containsExactly("999999999 [[0]]", "1 [[1], [], [0]]");
        assertThat(e.title()).isEmpty();
        assertThat(e.seats()).isEqualTo(1);
    }

    @Test
    void headerProblemsStopTheReading() {
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "# c\n3\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:2: first line should be '<candidates> <seats>', found '3'");
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "0 1\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:1: number of candidates should be a whole number of at least 1, found '0'");
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "2 0\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:1: number of seats should be a whole number of at least 1, found '0'");
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "501 1\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:1: this line says 501 candidates; lmp counts at most 500 candidates; check the first line");
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "\n# only a comment\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:1: empty BLT file; the first line should be '<candidates> <seats>'");
        assertThatThrownBy(() -> Blt.read(InputFile.ofText("h.blt", "\n3 1\n1 1 0\n0\n\"A\"\n"))).isInstanceOf(InputException.class)
                .hasMessage("h.blt:2: this line says 3 candidates, but 1 names follow the ballots; add one quoted name per line,"
                        + " or correct the number");
    }

    @Test
    void fiveHundredCandidatesAreRead() {
        StringBuilder sb = new StringBuilder("500 1\n1 500 0\n0\n");
        for (int i = 1; i <= 500; i++) sb.append("\"C").append(i).append("\"\n");
        Blt.Election e = Blt.read(InputFile.ofText("f.blt", sb.toString()));
        assertThat(e.ballots().candidates()).hasSize(500).endsWith("C500");
        assertThat(rankings(e.ballots())).containsExactly("1 [[499]]");
    }
}
