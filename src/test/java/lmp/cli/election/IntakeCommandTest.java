package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeCommandTest {
    @TempDir
    Path dir;
    Path election;

    @BeforeEach
    void create() throws Exception {
        Files.copy(Path.of("examples/roster.yaml"), dir.resolve("roster.yaml"));
        election = dir.resolve("election.yaml");
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", dir.resolve("roster.yaml").toString(),
                "--candidates", "100107,100113", "--voting-opens", "2026-11-04", "--as-of", "2026-09-30", "--out", election.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Files.writeString(dir.resolve("ballots.csv"), "candidate\nIris Quintero\n");
    }

    @Test
    void aChallengeIsRecordedByVoterWithoutBallotContentThenResolved() throws Exception {
        var r = Cli.run("election", "intake", election.toString(), "--challenge-voter", "100149", "--reason", "no photo ID at the polls",
                "--as-of", "2026-11-04");
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(election);
        assertThat(yaml).contains("voter: \"100149\"", "resolution: pending", "stage: voting");
        var resolved = Cli.run("election", "intake", election.toString(), "--resolve", "100149", "--accept", "--as-of", "2026-11-04");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        assertThat(Files.readString(election)).contains("resolution: accepted").doesNotContain("pending");
        String log = Files.readString(dir.resolve("election.audit.jsonl"));
        assertThat(log.lines().filter(l -> l.contains("election intake"))).hasSize(2);
        // The public log never names the challenged voter.
        assertThat(log).doesNotContain("100149");
        var again = Cli.run("election", "intake", election.toString(), "--resolve", "100149", "--reject", "--as-of", "2026-11-04");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already accepted");
    }

    @Test
    void aChallengeOfSomeoneNotOnTheRosterIsAUsageError() {
        var r = Cli.run("election", "intake", election.toString(), "--challenge-voter", "999999", "--reason", "unknown");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no member 999999");
    }

    @Test
    void spoiledBallotsAreCountedAndDryRunWritesNothing() throws Exception {
        String before = Files.readString(election);
        var dry = Cli.run("election", "intake", election.toString(), "--spoiled", "2", "--spoiled-reason", "marked two boxes; replaced", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("spoiled:", "count: 2", "reason: marked two boxes; replaced");
        assertThat(Files.readString(election)).isEqualTo(before);
    }

    @Test
    void aSpoiledReasonNamingAVoterIsRefused() {
        var byId = Cli.run("election", "intake", election.toString(), "--spoiled", "1", "--spoiled-reason", "member 100119 tore it");
        assertThat(byId.exit()).isEqualTo(65);
        assertThat(byId.err()).contains("names a voter", "100119");
    }

    @Test
    void resolvingAnUnknownChallengeIsAUsageErrorWithTheRecordedOnes() {
        assertThat(Cli.run("election", "intake", election.toString(), "--challenge-voter", "100149", "--reason", "no ID").exit()).isZero();
        var r = Cli.run("election", "intake", election.toString(), "--resolve", "100119", "--reject");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no challenge of voter 100119 is recorded; did you mean 100149?");
    }

    @Test
    void ballotsWhileVotingIsOpenAreRefused() throws Exception {
        Files.writeString(election, Files.readString(election).replace("voting_closes: 2026-11-04", "voting_closes: 2026-11-06"));
        var r = Cli.run("election", "intake", election.toString(), "--ballots", dir.resolve("ballots.csv").toString(), "--as-of", "2026-11-05");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("voting is open until 2026-11-06");
    }
}
