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
        Files.writeString(dir.resolve("challenged-1.csv"), "candidate\nDeshawn Abbott\n");
    }

    @Test
    void challengedBallotIsKeptApartPendingThenResolved() throws Exception {
        var r = Cli.run("election", "intake", election.toString(), "--ballots", dir.resolve("ballots.csv").toString(),
                "--challenge", dir.resolve("challenged-1.csv").toString(), "--reason", "name missing from the eligibility list");
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(election);
        assertThat(yaml).contains("ballots:\n- ballots.csv", "file: challenged-1.csv", "resolution: pending");
        var resolved = Cli.run("election", "intake", election.toString(), "--resolve", dir.resolve("challenged-1.csv").toString(), "--accept");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        assertThat(Files.readString(election)).contains("resolution: accepted").doesNotContain("pending");
        assertThat(Files.readString(dir.resolve("election.audit.jsonl")).lines().filter(l -> l.contains("election intake"))).hasSize(2);
    }

    @Test
    void challengeReasonNamingTheVoterIsRefused() {
        var byId = Cli.run("election", "intake", election.toString(), "--challenge", dir.resolve("challenged-1.csv").toString(),
                "--reason", "member 100119 not on the list");
        assertThat(byId.exit()).isEqualTo(65);
        assertThat(byId.err()).contains("names a voter", "100119");
        var byName = Cli.run("election", "intake", election.toString(), "--challenge", dir.resolve("challenged-1.csv").toString(),
                "--reason", "Deshawn Haddad said he lost his card");
        assertThat(byName.exit()).isEqualTo(65);
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
    void resolvingAnUnknownChallengeIsADataError() {
        var r = Cli.run("election", "intake", election.toString(), "--resolve", dir.resolve("ballots.csv").toString(), "--reject");
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("no challenged ballot");
    }
}
