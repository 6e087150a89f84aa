package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.io.InputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certification of a co-lead election of EVMC-ICU (examples/roster.yaml) whose calendar passes every check. */
class CertifyCommandTest {
    @TempDir
    Path dir;
    Path election;
    Path roster;

    @BeforeEach
    void create() throws Exception {
        roster = dir.resolve("roster.yaml");
        Files.copy(Path.of("examples/roster.yaml"), roster);
        election = dir.resolve("election.yaml");
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", roster.toString(),
                "--candidates", "100107,100113", "--nomination", "2026-10-01", "--notice", "2026-10-15", "--list-inspection-from",
                "2026-10-05", "--voting-opens", "2026-11-04", "--voting-closes", "2026-11-05", "--term-starts", "2027-01-01",
                "--as-of", "2026-09-30", "--out", election.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    /** Takes the ballots in after voting closed and counts them; returns the tally's exit code. */
    private int tallied(String ballots) throws Exception {
        Files.writeString(dir.resolve("ballots.csv"), "rank1\n" + ballots);
        var i = Cli.run("election", "intake", election.toString(), "--ballots", dir.resolve("ballots.csv").toString(), "--as-of", "2026-11-05");
        assertThat(i.exit()).as(i.err()).isZero();
        return Cli.run("election", "tally", election.toString(), "--as-of", "2026-11-05").exit();
    }

    private static String sha(Path p) throws Exception {
        return InputFile.sha256Hex(Files.readAllBytes(p));
    }

    @Test
    void winnerBecomesCoLeadForTwoYearsWithTheStewardDeadline() throws Exception {
        assertThat(tallied("Deshawn Abbott\nDeshawn Abbott\nIris Quintero\n")).isZero();
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06");
        assertThat(r.exit()).as(r.err()).isZero();
        // 100113 is not a steward: a co-lead must become one within six months of 2027-01-01.
        assertThat(r.out()).contains("Certified Deshawn Abbott (100113) as ubt-co-lead of EVMC-ICU from 2027-01-01 to 2028-12-31",
                "must become a steward by 2027-07-01");
        String yaml = Files.readString(roster);
        assertThat(yaml).contains("member: \"100113\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2027-01-01\n  end: 2028-12-31\n  chosen: elected");
        String md = Files.readString(dir.resolve("election-certificate.md"));
        assertThat(md).contains("UBT union co-lead, EVMC-ICU", "Method: plurality, 1 seat", "| Deshawn Abbott | 100113 | 2027-01-01 | 2028-12-31 | 2027-07-01 |",
                "| ballots.csv | `" + sha(dir.resolve("ballots.csv")) + "` |", "| Deshawn Abbott | 2 elected |", "| Iris Quintero | 1 |")
                .doesNotContain("## Overrides");
        assertThat(Files.readString(dir.resolve("election-certificate.html"))).contains("<td>Deshawn Abbott</td>", "2028-12-31");
        assertThat(Files.readString(dir.resolve("election.audit.jsonl"))).contains("\"command\":\"election certify\"");
        assertThat(Files.readString(election)).contains("stage: certified");
    }

    @Test
    void theUnionsPolicyFileSetsTheTermAndTheStewardDeadline() throws Exception {
        assertThat(tallied("Deshawn Abbott\nDeshawn Abbott\nIris Quintero\n")).isZero();
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "lmp_policy: 1\nname: Local bylaws\nroles:\n  ubt-co-lead:\n    term: 1y\n    grace_period: 3m\n");
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--policy", policy.toString(),
                "--as-of", "2026-11-06");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("from 2027-01-01 to 2027-12-31", "must become a steward by 2027-04-01");
    }

    @Test
    void certifyRefusesWhenABallotFileChangedSinceItWasTakenIn() throws Exception {
        assertThat(tallied("Deshawn Abbott\nDeshawn Abbott\nIris Quintero\n")).isZero();
        Files.writeString(dir.resolve("ballots.csv"), "rank1\nIris Quintero\nIris Quintero\nIris Quintero\n");
        String before = Files.readString(roster);
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ballots.csv changed since it was taken in", "refusing to certify");
        assertThat(Files.readString(roster)).isEqualTo(before);
        assertThat(dir.resolve("election-certificate.md")).doesNotExist();
    }

    @Test
    void aTieStopsTheCountAndCertifyRefuses() throws Exception {
        assertThat(tallied("Deshawn Abbott\nIris Quintero\n")).isEqualTo(3);
        var c = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("refusing to certify", "not counted");
    }

    @Test
    void certifyRefusesWithoutATally() {
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("refusing to certify", "draft");
    }

    @Test
    void dryRunShowsTheChangeAndWritesNothing() throws Exception {
        assertThat(tallied("Iris Quintero\nIris Quintero\nDeshawn Abbott\n")).isZero();
        String before = Files.readString(roster);
        String electionBefore = Files.readString(election);
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06", "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("would add", "100107 Iris Quintero", "2027-01-01 to 2028-12-31", "# Certificate of election");
        assertThat(Files.readString(roster)).isEqualTo(before);
        assertThat(Files.readString(election)).isEqualTo(electionBefore);
        assertThat(dir.resolve("election-certificate.md")).doesNotExist();
    }

    @Test
    void predecessorsOverlappingTermEndsTheDayBefore() throws Exception {
        // The incumbent's term in examples/roster.yaml ends 2026-12-31; a term starting 2026-12-01 overlaps it.
        String yaml = Files.readString(election).replace("term_starts: 2027-01-01", "term_starts: 2026-12-01");
        Files.writeString(election, yaml);
        assertThat(tallied("Iris Quintero\nIris Quintero\nDeshawn Abbott\n")).isZero();
        var r = Cli.run("election", "certify", election.toString(), "--roster", roster.toString(), "--as-of", "2026-11-06");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(roster)).contains("member: \"100101\"\n  role: ubt-co-lead\n  scope: EVMC-ICU\n  start: 2025-01-01\n  end: 2026-11-30");
    }
}
