package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

/** The rarer problems of an election file, each with its exact place (line:column of the value). */
class CountSpecYamlProblemsTest {
    // CountSpecYamlTest.FULL: 16 lines; the ballots list is line 16, its first item at column 11
    private static final String FULL = CountSpecYamlTest.FULL;

    private static CountSpecYaml.CountSpec read(String yaml) {
        return CountSpecYaml.readElectionFile(InputFile.ofText("e.yaml", yaml));
    }

    @Test
    void aThresholdIsANumber() {
        assertThat(read(FULL + "threshold_percent: 12.5\n").config().threshold()).isEqualTo(Optional.of(new BigDecimal("12.5")));
        assertThat(read(FULL).config().threshold()).isEmpty();
        // "threshold_percent: " is 19 characters: the value starts at column 20 of line 17
        assertThatThrownBy(() -> read(FULL + "threshold_percent: twelve\n")).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:17:20: 'threshold_percent' should be a number such as 15 or 12.5, found 'twelve'");
    }

    @Test
    void eachBallotsItemIsAFileName() {
        // "ballots: [ballots.csv, " is 23 characters: the second item is at column 24
        assertThatThrownBy(() -> read(FULL.replace("[ballots.csv]", "[ballots.csv, null]"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:16:24: each item of 'ballots' should be a file name, found empty");
        assertThatThrownBy(() -> read(FULL.replace("[ballots.csv]", "[ballots.csv, [a.csv]]"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:16:24: each item of 'ballots' should be a file name, found a list");
        assertThatThrownBy(() -> read(FULL.replace("[ballots.csv]", "[ballots.csv, \" \"]"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:16:24: each item of 'ballots' should be a file name, found a text");
        assertThat(read(FULL.replace("[ballots.csv]", "[ballots.csv, \" b.csv \"]")).ballots())
                .extracting(CountSpecYaml.BallotFileRef::path).containsExactly("ballots.csv", "b.csv");
    }

    @Test
    void aCandidateNameMayBeAThousandCharactersAndNoMore() {
        String longest = "x".repeat(1000);
        assertThat(read(FULL.replace("[Ana, Ben, Cy]", "[Ana, Ben, Cy, " + longest + "]")).candidates())
                .containsExactly("Ana", "Ben", "Cy", longest);
        // the location is that of the list, which starts at column 13 of line 5
        assertThatThrownBy(() -> read(FULL.replace("[Ana, Ben, Cy]", "[Ana, Ben, Cy, " + longest + "y]")))
                .isInstanceOf(InputException.class)
                .hasMessage("e.yaml:5:13: a name in 'candidates' is longer than 1000 characters (1001)");
    }
}
