package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.api.Test;

class CountSpecYamlTest {
    /** Every count key once; CountSpecYamlProblemsTest counts lines and columns in it too. */
    static final String FULL = """
            lmp_election: 1
            title: Test election
            method: stv
            seats: 2
            candidates: [Ana, Ben, Cy]
            withdrawn: [Cy]
            rules:
              overvote: skip
              skipped_ranks: 1
              duplicate: exhaust
              write_ins: true
              max_rankings: 3
            tie_break:
              mode: stop
              seed: 12345
            ballots: [ballots.csv]
            """;

    @Test
    void readsEveryCountKey() {
        CountSpecYaml.CountSpec s = CountSpecYaml.readElectionFile(InputFile.ofText("e.yaml", FULL));
        assertThat(s.title()).isEqualTo("Test election");
        assertThat(s.candidates()).containsExactly("Ana", "Ben", "Cy");
        assertThat(s.config()).isEqualTo(new CountConfig(Method.STV, 2, CountConfig.Overvote.SKIP, OptionalInt.of(1),
                CountConfig.Duplicate.EXHAUST, java.util.List.of("Cy"), true, OptionalInt.of(3),
                CountConfig.TieBreakMode.STOP, Optional.of("12345")));
        assertThat(s.ballots()).extracting(CountSpecYaml.BallotFileRef::path).containsExactly("ballots.csv");
    }

    @Test
    void administrationKeysAreAcceptedAndIgnored() {
        String yaml = FULL + "office: UBT co-lead\nroster: ../roster.yaml\ndates: {election: 2026-07-01}\nrunoff: false\n";
        assertThat(CountSpecYamlTest.read(yaml).title()).isEqualTo("Test election");
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLineAndASuggestion() {
        assertThatThrownBy(() -> read(FULL + "seat: 3\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("e.yaml:17")
                .hasMessageContaining("unknown key 'seat'");
    }

    @Test
    void anUnknownMethodIsAnError() {
        assertThatThrownBy(() -> read(FULL.replace("method: stv", "method: borda")))
                .isInstanceOf(InputException.class).hasMessageContaining("'method' has unknown value 'borda'");
    }

    @Test
    void aWithdrawnNameMustBeACandidate() {
        assertThatThrownBy(() -> read(FULL.replace("withdrawn: [Cy]", "withdrawn: [Cyd]")))
                .isInstanceOf(InputException.class).hasMessageContaining("withdrawn 'Cyd' is not one of the candidates");
    }

    @Test
    void unknownKeysInsideRulesAndTieBreakAreErrorsWithTheirPlace() {
        String yaml = FULL.replace("  write_ins: true\n", "  write_ins: true\n  write_in: true\n")
                .replace("  seed: 12345\n", "  seed: 12345\n  sead: 1\n");
        // line 12 is the added write_in, line 17 the added sead (columns count from 1)
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "e.yaml:12:3: unknown key 'write_in' in rules (did you mean 'write_ins'?); remove it or check the spelling",
                        "e.yaml:17:3: unknown key 'sead' in tie_break (did you mean 'seed'?); remove it or check the spelling"));
    }

    @Test
    void fiveHundredCandidatesAreAcceptedAndFiveHundredAndOneRefused() {
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= 500; i++) names.append(i == 1 ? "" : ", ").append("C").append(i);
        String five = FULL.replace("candidates: [Ana, Ben, Cy]", "candidates: [" + names + "]").replace("withdrawn: [Cy]\n", "");
        assertThat(read(five).candidates()).hasSize(500).startsWith("C1").endsWith("C500");
        assertThatThrownBy(() -> read(five.replace("C500]", "C500, C501]"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:5:13: 'candidates' lists 501 candidates; lmp counts at most 500");
    }

    @Test
    void limitsAreUnlimitedOrWholeNumbersWithTheirOwnMinimum() {
        CountSpecYaml.CountSpec s = read(FULL.replace("skipped_ranks: 1", "skipped_ranks: 0").replace("max_rankings: 3", "max_rankings: 1"));
        assertThat(s.config().skippedRanks()).isEqualTo(OptionalInt.of(0));
        assertThat(s.config().maxRankings()).isEqualTo(OptionalInt.of(1));
        assertThat(read(FULL.replace("max_rankings: 3", "max_rankings: unlimited")).config().maxRankings()).isEmpty();
        assertThat(read(FULL.replace("skipped_ranks: 1", "skipped_ranks: 2147483647")).config().skippedRanks())
                .isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
        assertThatThrownBy(() -> read(FULL.replace("max_rankings: 3", "max_rankings: 0"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:12:17: 'max_rankings' should be 'unlimited' or a whole number of at least 1 (digits 0-9), found '0'");
        assertThatThrownBy(() -> read(FULL.replace("skipped_ranks: 1", "skipped_ranks: 2147483648"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:9:18: 'skipped_ranks' should be 'unlimited' or a whole number of at least 0 (digits 0-9),"
                        + " found '2147483648'");
    }

    @Test
    void missingOrRepeatedCandidatesAndTheVersionAreChecked() {
        assertThatThrownBy(() -> read(FULL.replace("candidates: [Ana, Ben, Cy]\n", "").replace("withdrawn: [Cy]\n", "")))
                .isInstanceOf(InputException.class)
                .hasMessage("e.yaml:1:1: election file is missing 'candidates'; add 'candidates: [Name One, Name Two]'");
        assertThatThrownBy(() -> read(FULL.replace("[Ana, Ben, Cy]", "[Ana, Ben, Ana]"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:5:13: candidate 'Ana' is listed twice in 'candidates'");
        assertThatThrownBy(() -> read(FULL.replace("lmp_election: 1", "lmp_election: 2"))).isInstanceOf(InputException.class)
                .hasMessage("e.yaml:1:15: this lmp reads election files of version 1, found '2'; write 'lmp_election: 1'");
    }

    private static CountSpecYaml.CountSpec read(String yaml) {
        return CountSpecYaml.readElectionFile(InputFile.ofText("e.yaml", yaml));
    }
}
