package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TallyCommandTest {
    private static final String ICU = "examples/elections/icu-co-lead/election.yaml";
    private static final String GLASGOW = "src/test/resources/count/stv-glasgow-2007/Anderston-City-2007.blt";

    @TempDir
    Path tmp;

    @Test
    void theShowcaseElectionIsCountedByIrv() {
        // By hand: round 1 Estrada 4, Quintero 4, Reyes 2 of 10; Reyes out, both her ballots go to
        // Estrada: 6 of 10 is a majority.
        Cli.Result r = Cli.run("election", "tally", ICU);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Winners (in order of election): Uma Estrada")
                .contains("eliminated: Tanya Reyes").contains("Ballots: 10 read, 10 valid, 0 blank, 0 invalid");
    }

    @Test
    void jsonHasTheDocumentedKeysAndVotesAtTheMethodsPrecision() {
        Cli.Result r = Cli.run("election", "tally", GLASGOW, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("method").asString()).isEqualTo("stv");
        assertThat(j.get("seats").asInt()).isEqualTo(4);
        assertThat(j.get("quota").decimalValue()).isEqualByComparingTo("1381.00000");
        assertThat(r.out()).contains("\"quota\" : 1381.00000").contains("\"Nina Baker\" : 1736.42172");
        assertThat(j.get("winners")).hasSize(4);
        assertThat(j.get("ballots").get("valid").asLong()).isEqualTo(6900);
        assertThat(j.get("inputs").get(0).get("sha256").asString()).hasSize(64);
        JsonNode round = j.get("rounds").get(0);
        for (String key : new String[] {"round", "tallies", "elected", "eliminated", "exhausted"}) {
            assertThat(round.has(key)).as(key).isTrue();
        }
        assertThat(j.has("seed")).isTrue();
        assertThat(j.has("ties")).isTrue();
    }

    @Test
    void outputIsByteForByteTheSameOnEveryRun() {
        for (String f : new String[] {"text", "json", "csv", "markdown", "html"}) {
            assertThat(Cli.run("election", "tally", GLASGOW, "--format", f).out())
                    .isEqualTo(Cli.run("election", "tally", GLASGOW, "--format", f).out());
        }
    }

    @Test
    void methodAndSeatsOnTheCommandLineOverrideTheFile() {
        Cli.Result r = Cli.run("election", "tally", GLASGOW, "--method", "meek", "--seats", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Meek STV").contains("seats 3");
    }

    @Test
    void tieStopReportsTheTieAndExitsWithThree() throws IOException {
        Path csv = tmp.resolve("b.csv");
        Files.writeString(csv, "rank1,rank2\nAna,\nAna,\nBen,\nBen,\n");
        Cli.Result r = Cli.run("election", "tally", csv.toString(), "--tie", "stop");
        assertThat(r.exit()).isEqualTo(ExitCode.TIE_UNRESOLVED);
        assertThat(r.err()).contains("tie between Ana, Ben");
        assertThat(r.out()).contains("COUNT STOPPED");
    }

    @Test
    void aLotIsDrawnFromTheSeedAndTheSeedIsPrinted() throws IOException {
        Path csv = tmp.resolve("b.csv");
        Files.writeString(csv, "rank1\nAna\nBen\n");
        Cli.Result r = Cli.run("election", "tally", csv.toString(), "--seed", "2026");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("seed 2026").contains("(by lot)");
    }

    @Test
    void withoutASeedTheSeedIsDerivedFromTheBallotFile() throws IOException {
        Path csv = tmp.resolve("b.csv");
        Files.writeString(csv, "rank1\nAna\nBen\n");
        String sha = lmp.io.InputFile.sha256Hex(Files.readAllBytes(csv));
        String expected = lmp.io.InputFile.sha256Hex((sha + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        assertThat(Cli.run("election", "tally", csv.toString()).out()).contains("seed " + expected);
    }

    @Test
    void aNameThatIsNotACandidateIsExit65WithFileAndLine() throws IOException {
        Path dir = tmp.resolve("e");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("election.yaml"), "lmp_election: 1\ntitle: T\nmethod: irv\nseats: 1\n"
                + "candidates: [Ana, Ben]\nballots: [b.csv]\n");
        Files.writeString(dir.resolve("b.csv"), "rank1\nAna\nBenn\n");
        Cli.Result r = Cli.run("election", "tally", dir.resolve("election.yaml").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains("b.csv:3: 'Benn' is not a candidate (did you mean 'Ben'?)");
    }

    @Test
    void outDirectoryGetsEveryFormatAndIsNotOverwrittenWithoutForce() {
        Path out = tmp.resolve("results");
        Cli.Result first = Cli.run("election", "tally", ICU, "--out", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        for (String ext : new String[] {"txt", "json", "csv", "md", "html"}) {
            assertThat(out.resolve("tally." + ext)).exists();
        }
        assertThat(Cli.run("election", "tally", ICU, "--out", out.toString()).exit()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(Cli.run("election", "tally", ICU, "--out", out.toString(), "--force").exit()).isZero();
    }

    @Test
    void htmlIsOneSelfContainedPageWithAChartPerRound() {
        String html = Cli.run("election", "tally", ICU, "--format", "html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=");
        assertThat(html.split("<svg ", -1)).hasSize(3);
    }

    @Test
    void irvForSeveralSeatsIsRefused() {
        Cli.Result r = Cli.run("election", "tally", GLASGOW, "--method", "irv");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains("irv elects one candidate");
    }

    @Test
    void anUnknownMethodIsAUsageError() {
        assertThat(Cli.run("election", "tally", GLASGOW, "--method", "borda").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingFileIsExit66() {
        assertThat(Cli.run("election", "tally", tmp.resolve("none.blt").toString()).exit()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void anElectionFileCanCountBltBallotsWithWithdrawnCandidatesAndRuleOptions() throws IOException {
        // Ben withdrew: his ballot passes to Cy. Ana 2, Cy 2 + 1 = 3 of 5: Cy has a majority.
        Path dir = tmp.resolve("e");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("election.yaml"), "lmp_election: 1\ntitle: T\nmethod: irv\n"
                + "candidates: [Ana, Ben, Cy]\nwithdrawn: [Ben]\noffice: UBT co-lead\nballots: [b.blt]\n");
        Files.writeString(dir.resolve("b.blt"), "3 1\n2 1 0\n2 3 0\n1 2 3 0\n0\n\"Ana\"\n\"Ben\"\n\"Cy\"\n\"T\"\n");
        Cli.Result r = Cli.run("election", "tally", dir.resolve("election.yaml").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("winners").get(0).asString()).isEqualTo("Cy");
        assertThat(j.get("withdrawn").get(0).asString()).isEqualTo("Ben");
        assertThat(j.get("rounds").get(0).get("tallies").get("Cy").asInt()).isEqualTo(3);
        assertThat(j.get("inputs")).hasSize(2);
    }

    @Test
    void blankAndInvalidBallotsAreReportedByReason() throws IOException {
        Path csv = tmp.resolve("b.csv");
        Files.writeString(csv, "rank1,rank2,count\nAna,,3\n,,2\nAna|Ben,,1\n");
        Cli.Result r = Cli.run("election", "tally", csv.toString());
        assertThat(r.out()).contains("Ballots: 6 read, 3 valid, 2 blank, 1 invalid")
                .contains("invalid (overvote at the first marked rank): 1");
    }

    @Test
    void aBallotFileNamedInTheElectionFileButMissingIsExit66WithWhereItWasNamed() throws IOException {
        Path yaml = tmp.resolve("election.yaml");
        Files.writeString(yaml, "lmp_election: 1\ntitle: T\nmethod: irv\ncandidates: [A, B]\nballots: [missing.csv]\n");
        Cli.Result r = Cli.run("election", "tally", yaml.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(r.err()).contains("election.yaml:5:").contains("ballot file 'missing.csv' not found");
    }
}
