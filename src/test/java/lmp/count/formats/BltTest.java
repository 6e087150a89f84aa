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
}
