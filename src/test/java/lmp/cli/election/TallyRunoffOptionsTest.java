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

/** The counting options of issue 14 through the CLI: new methods, the overvote rule, drawn tie results. */
class TallyRunoffOptionsTest {
    private static final String PARK = "src/test/resources/count/rctab/2013_minneapolis_park_sequential/ballots.csv";

    @TempDir
    Path tmp;

    private Path tiedBallots() throws IOException {
        // Ana 2, Ben 2, Cy 1: Cy out (exhausts); then Ana and Ben tie in round 2, and round 1 does not separate them.
        Path csv = tmp.resolve("tied.csv");
        Files.writeString(csv, "rank1,rank2\nAna,\nAna,\nBen,\nBen,\nCy,\n");
        return csv;
    }

    @Test
    void sequentialIrvReportsEveryPassAndItsWinners() {
        Cli.Result r = Cli.run("election", "tally", PARK, "--method", "sequential-irv", "--seats", "3", "--overvote", "skip",
                "--skipped-ranks", "2", "--max-rankings", "3");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Pass 1: seat 1 of 3, an instant-runoff count of all the ballots")
                .contains("Pass 3: seat 3 of 3").contains("Round 27: pass 3: elect MEG FORNEY (majority of continuing ballots)")
                .contains("Winners (in order of election): JOHN ERWIN, ANNIE YOUNG, MEG FORNEY");
    }

    @Test
    void bottomsUpWithAThresholdInJson() {
        Cli.Result r = Cli.run("election", "tally", PARK, "--method", "bottoms-up", "--threshold", "20", "--overvote", "skip",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("method").asString()).isEqualTo("bottoms-up");
        assertThat(j.get("rules").get("threshold_percent").decimalValue()).isEqualByComparingTo("20");
        assertThat(j.get("rounds").get(0).get("pass").asInt()).isEqualTo(1);
        JsonNode last = j.get("rounds").get(j.get("rounds").size() - 1);
        // Everyone elected holds more than 20% of the continuing votes of the last round.
        long continuing = 0;
        for (JsonNode v : last.get("tallies")) continuing += v.asLong();
        for (JsonNode w : j.get("winners")) {
            assertThat(last.get("tallies").get(w.asString()).asLong() * 100).isGreaterThan(20 * continuing);
        }
    }

    @Test
    void theOvervoteRuleIsAcceptedInItsKebabForm() throws IOException {
        Path csv = tmp.resolve("o.csv");
        Files.writeString(csv, "rank1,rank2,rank3,count\nA,B,C,3\nB,C,D,3\nC,D|A,A,1\nC,A|D,A,1\nD,,,1\n");
        Cli.Result r = Cli.run("election", "tally", csv.toString(), "--overvote", "exhaust-if-multiple-continuing");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("overvote exhaust-if-multiple-continuing").contains("Winners (in order of election): A");
        Cli.Result bad = Cli.run("election", "tally", csv.toString(), "--overvote", "sometimes");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("exhaust, skip, exhaust-if-multiple-continuing");
    }

    @Test
    void aDrawingHeldAfterTheCountStoppedLetsTheCountFinish() throws IOException {
        Path csv = tiedBallots();
        Cli.Result stopped = Cli.run("election", "tally", csv.toString(), "--tie", "stop");
        assertThat(stopped.exit()).isEqualTo(ExitCode.TIE_UNRESOLVED);
        assertThat(stopped.err()).contains("in round 2").contains("--tie-result 2=NAME");

        Cli.Result done = Cli.run("election", "tally", csv.toString(), "--tie", "stop", "--tie-result", "2=Ana");
        assertThat(done.exit()).as(done.err()).isEqualTo(ExitCode.OK);
        assertThat(done.out()).contains("round 2, eliminate: Ana, Ben -> Ana (resolved by a drawing held outside the count)")
                .contains("Winners (in order of election): Ben");
        Cli.Result json = Cli.run("election", "tally", csv.toString(), "--tie-result", "2=Ben", "--format", "json");
        JsonNode tie = JsonMapper.builder().build().readTree(json.out()).get("ties").get(0);
        assertThat(tie.get("resolution").asString()).isEqualTo("drawing");
        assertThat(tie.get("chosen").asString()).isEqualTo("Ben");
    }

    @Test
    void aDrawnResultThatDoesNotFitTheCountIsAUsageError() throws IOException {
        Path csv = tiedBallots();
        Cli.Result notTied = Cli.run("election", "tally", csv.toString(), "--tie-result", "2=Cy");
        assertThat(notTied.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notTied.err()).contains("names Cy, but the tie to eliminate in that round is between Ana, Ben");
        Cli.Result noTie = Cli.run("election", "tally", csv.toString(), "--tie-result", "1=Ana");
        assertThat(noTie.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noTie.err()).contains("no tie in the count needed the drawn result round 1: Ana");
        Cli.Result unknown = Cli.run("election", "tally", csv.toString(), "--tie-result", "2=Anna");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("'Anna' is not a candidate").contains("Ana");
        Cli.Result malformed = Cli.run("election", "tally", csv.toString(), "--tie-result", "Ana");
        assertThat(malformed.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("ROUND=NAME");
    }

    @Test
    void aThresholdIsRefusedWithoutBottomsUp() throws IOException {
        Cli.Result r = Cli.run("election", "tally", tiedBallots().toString(), "--threshold", "15");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains("a threshold applies to bottoms-up only, not to irv");
        Cli.Result nan = Cli.run("election", "tally", tiedBallots().toString(), "--method", "bottoms-up", "--threshold", "x");
        assertThat(nan.exit()).isEqualTo(ExitCode.USAGE);
    }
}
