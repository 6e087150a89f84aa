package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lmp.cli.Cli;
import lmp.io.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red-team inputs of issue 15 that are too large to keep in the bad-input catalogue, made
 * here: small files that once printed millions of lines, ran out of memory or took minutes. Each
 * must now end within seconds with at most 50 problems and a line saying how many more.
 */
class RedTeamLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(20); // generous: 2 shared cores under load

    @Test
    void aBltOf500IdenticalNamesListsFiftyProblemsAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path blt = dir.resolve("same.blt");
        Files.writeString(blt, "500 1\n1 1 0\n0\n" + "\"A\"\n".repeat(500));
        var r = timed(() -> Cli.run("election", "tally", blt.toString()));
        assertThat(r.exit()).isEqualTo(65);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).isEqualTo(blt + ":5: candidate name 'A' appears twice (first at line 4); candidate names must differ");
        assertThat(lines.get(50)).startsWith(blt + ": and 449 more problems not shown");
    }

    @Test
    void aBltOfTheMostCandidatesIsReadAndCountedQuickly(@TempDir Path dir) throws IOException {
        Path blt = dir.resolve("many.blt");
        String names = IntStream.range(0, 500).mapToObj(i -> "\"Candidate " + i + "\"\n").collect(Collectors.joining());
        Files.writeString(blt, "500 1\n1 1 2 0\n1 500 0\n0\n" + names + "\"Title\"\n");
        var r = timed(() -> Cli.run("election", "tally", blt.toString(), "--method", "irv"));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void twoHundredThousandCandidatesInAnElectionFileAreRefusedQuickly(@TempDir Path dir) throws IOException {
        Path election = dir.resolve("election.yaml");
        Files.writeString(election, "lmp_election: 1\ntitle: x\nmethod: irv\ncandidates:\n"
                + IntStream.range(0, 200_000).mapToObj(i -> "- C" + i + "\n").collect(Collectors.joining()) + "ballots: [b.csv]\n");
        Files.writeString(dir.resolve("b.csv"), "rank1\nC1\n");
        var r = timed(() -> Cli.run("election", "tally", election.toString()));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("'candidates' lists 200000 candidates; lmp counts at most 500");
    }

    @Test
    void theMostCandidatesWithADuplicateAtTheEndAreFound(@TempDir Path dir) throws IOException {
        Path election = dir.resolve("election.yaml");
        Files.writeString(election, "lmp_election: 1\ntitle: x\nmethod: irv\ncandidates:\n"
                + IntStream.range(0, 499).mapToObj(i -> "- C" + i + "\n").collect(Collectors.joining()) + "- C5\nballots: [b.csv]\n");
        Files.writeString(dir.resolve("b.csv"), "rank1\nC1\n");
        var r = timed(() -> Cli.run("election", "tally", election.toString()));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("candidate 'C5' is listed twice in 'candidates'");
    }

    @Test
    void aMillionCharacterNameGetsNoSuggestionAndIsShownShortened(@TempDir Path dir) throws IOException {
        Path election = dir.resolve("election.yaml");
        Files.writeString(election, "lmp_election: 1\ntitle: x\nmethod: irv\ncandidates: [Ana, Ben]\nballots: [b.csv]\n");
        Files.writeString(dir.resolve("b.csv"), "rank1\n" + "Anaa".repeat(250_000) + "\n");
        var r = timed(() -> Cli.run("election", "tally", election.toString()));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("(1000000 characters)", "longer than 1000 characters");
        assertThat(r.err().lines()).allMatch(l -> l.length() < 300);
    }

    @Test
    void manyUnknownNamesListFiftyWithSuggestionsThenHowManyMore(@TempDir Path dir) throws IOException {
        Path election = dir.resolve("election.yaml");
        Files.writeString(election, "lmp_election: 1\ntitle: x\nmethod: irv\ncandidates: [Ana, Ben]\nballots: [b.csv]\n");
        Files.writeString(dir.resolve("b.csv"), "rank1\n" + "Anna\n".repeat(200));
        var r = timed(() -> Cli.run("election", "tally", election.toString()));
        assertThat(r.exit()).isEqualTo(65);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).contains("'Anna' is not a candidate (did you mean 'Ana'?)");
        assertThat(lines.get(50)).contains("and 150 more problems not shown");
    }

    @Test
    void aCsvOfTwentyThousandColumnsIsRefusedAtItsHeader(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("wide.csv");
        Files.writeString(csv, IntStream.range(0, 20_000).mapToObj(i -> "c" + i).collect(Collectors.joining(",")) + "\n");
        var r = timed(() -> Cli.run("election", "tally", csv.toString()));
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains(csv + ":1: the header has 20000 columns; lmp reads at most 10000");
    }

    @Test
    void aCandidateColumnBallotRankingTheMostCandidatesIsReadQuickly(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("columns.csv");
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            header.add("C" + i);
            row.add(Integer.toString(i + 1));
        }
        Files.writeString(csv, String.join(",", header) + "\n" + (String.join(",", row) + "\n").repeat(2000));
        var r = timed(() -> Cli.run("election", "tally", csv.toString(), "--method", "plurality"));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void theSuggestionIsBoundedWhateverItIsGiven() {
        List<String> known = IntStream.range(0, 200_000).mapToObj(i -> "x".repeat(95) + String.format("%05d", i)).toList();
        long start = System.nanoTime();
        assertThat(Fields.suggestion("y".repeat(1_000_000), known)).isEmpty();
        assertThat(Fields.suggestion("x".repeat(95) + "0000", known)).startsWith(" (did you mean");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(Fields.suggestion("Carl", List.of("Carla", "Ben"))).isEqualTo(" (did you mean 'Carla'?)");
    }

    private static Cli.Result timed(java.util.function.Supplier<Cli.Result> run) {
        long start = System.nanoTime();
        Cli.Result r = run.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time taken").isLessThan(QUICK);
        return r;
    }
}
