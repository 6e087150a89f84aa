package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

/** The rarer problems and paths of a BLT file, each problem with its exact line. */
class BltProblemsTest {
    private static Blt.Election read(String blt) {
        return Blt.read(InputFile.ofText("b.blt", blt));
    }

    private static List<String> problems(String blt) {
        try {
            read(blt);
        } catch (InputException e) {
            return e.problems().stream().map(Problem::render).toList();
        }
        throw new AssertionError("no problem reported");
    }

    private static List<String> rankings(Blt.Election e) {
        List<String> out = new ArrayList<>();
        e.ballots().forEach((r, w) -> out.add(w + " " + r));
        return out;
    }

    @Test
    void namesAndTitleMayBeUnquoted() {
        Blt.Election e = read("3 1\n1 1 0\n0\nAna\nBen\nCy\nThe title\n");
        assertThat(e.ballots().candidates()).containsExactly("Ana", "Ben", "Cy");
        assertThat(e.title()).isEqualTo("The title");
    }

    @Test
    void badNamesAndTitlesAreReportedWithTheirLines() {
        assertThat(problems("2 1\n1 1 0\n0\n\"Ana  Lee\"\n\"Ben\"\n\"T\"\n"))
                .containsExactly("b.blt:4: candidate name 'Ana  Lee' holds two spaces in a row; write one space between words");
        assertThat(problems("2 1\n1 1 0\n0\n\"Ana\"\n\"Ben\"\n\"T\u0000x\"\n")).hasSize(1).first().asString()
                .startsWith("b.blt:6: title 'T");
        String longest = "x".repeat(1000);
        assertThat(read("2 1\n1 1 0\n0\n\"" + longest + "\"\n\"Ben\"\n").ballots().candidates()).containsExactly(longest, "Ben");
        assertThat(problems("2 1\n1 1 0\n0\n\"" + longest + "y\"\n\"Ben\"\n")).containsExactly(
                "b.blt:4: candidate name is longer than 1000 characters (1001); check the names follow the '0' line");
    }

    @Test
    void anUnclosedQuoteKeepsTheNamesBeforeIt() {
        // Ana is read before the unclosed quote, so three names follow: only the quote is reported
        assertThat(problems("3 1\n1 1 0\n0\n\"Ana\" \"Ben\n\"Cy\"\n\"Di\"\n"))
                .containsExactly("b.blt:4: unclosed quote; end the name with \"");
    }

    @Test
    void aLoneMinusIsABadWeightNotAWithdrawnLine() {
        assertThat(problems("3 1\n-\n1 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n"))
                .containsExactly("b.blt:2: ballot weight should be a whole number, found '-'");
    }

    @Test
    void aSkippedRankAfterABallotIdIsInItsPlace() {
        assertThat(rankings(read("3 1\n(b1) 2 1 - 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n"))).containsExactly("2 [[0], [], [2]]");
    }

    @Test
    void aMissingEndLineIsReportedAtTheLastNonBlankLine() {
        assertThatThrownBy(() -> read("2 1\n1 1 0\n\n  \n")).isInstanceOf(InputException.class)
                .hasMessage("b.blt:2: no '0' line ending the ballots; add a line holding only 0 after the last ballot");
    }

    @Test
    void theLargestSeatNumberIsAccepted() {
        assertThat(read("2 2147483647\n1 1 0\n0\n\"A\"\n\"B\"\n").seats()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> read("2 2147483648\n1 1 0\n0\n\"A\"\n\"B\"\n")).isInstanceOf(InputException.class)
                .hasMessage("b.blt:1: number of seats should be a whole number of at least 1, found '2147483648'");
    }
}
