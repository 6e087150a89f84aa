package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewAndCheckCommandTest {
    @TempDir
    Path dir;

    private Path roster() throws Exception {
        Path r = dir.resolve("roster.yaml");
        Files.copy(Path.of("examples/roster.yaml"), r);
        return r;
    }

    private Cli.Result newIcu(Path roster, String... more) {
        String[] base = {"election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", roster.toString(),
            "--candidates", "100107,100113", "--nomination", "2026-10-01", "--notice", "2026-10-15",
            "--list-inspection-from", "2026-10-05", "--voting-opens", "2026-11-04", "--term-starts", "2027-01-01",
            "--as-of", "2026-09-30", "--out", dir.resolve("election.yaml").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }

    @Test
    void coLeadVotersAreTheActiveMembersInGoodStandingOfTheUbt() throws Exception {
        var r = newIcu(roster());
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(dir.resolve("election.yaml"));
        // examples/roster.yaml: EVMC-ICU has exactly these ten members, all active and in good standing.
        assertThat(yaml).contains("\"100101\"", "\"100107\"", "\"100113\"", "\"100119\"", "\"100125\"", "\"100131\"",
                "\"100137\"", "\"100143\"", "\"100149\"", "\"100155\"");
        assertThat(yaml).doesNotContain("\"100102\"", "\"100160\"");
        assertThat(yaml).contains("role: ubt-co-lead", "scope: EVMC-ICU", "- Iris Quintero", "- Deshawn Abbott",
                "sha256: " + lmp.io.InputFile.sha256Hex(Files.readAllBytes(dir.resolve("roster.yaml"))));
        assertThat(Files.readString(dir.resolve("election.audit.jsonl"))).contains("\"command\":\"election new\"");
    }

    @Test
    void chairVotersAreTheCouncilsStewards() throws Exception {
        var r = Cli.run("election", "new", "--role", "steward-council-chair", "--scope", "EVMC-SC", "--roster", roster().toString(),
                "--as-of", "2026-06-15", "--out", dir.resolve("sc.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(dir.resolve("sc.yaml"));
        assertThat(yaml).contains("\"100101\"", "\"100107\"", "\"100102\"").doesNotContain("\"100113\"");
    }

    @Test
    void unknownScopeIsADataError() throws Exception {
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "NOPE", "--roster", roster().toString(),
                "--out", dir.resolve("x.yaml").toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("NOPE");
    }

    @Test
    void unknownCandidateIdIsADataError() throws Exception {
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", roster().toString(),
                "--candidates", "999999", "--out", dir.resolve("x.yaml").toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("999999");
    }

    @Test
    void checkPassesALawfulCalendarAndFailsWhenTheRosterChanged() throws Exception {
        Path roster = roster();
        assertThat(newIcu(roster).exit()).isZero();
        var ok = Cli.run("election", "check", dir.resolve("election.yaml").toString(), "--as-of", "2026-10-02");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("PASS  notice", "No violations");
        Files.writeString(roster, Files.readString(roster).replace("Iris Quintero", "Iris Q. Quintero"));
        var changed = Cli.run("election", "check", dir.resolve("election.yaml").toString(), "--as-of", "2026-10-02", "--format", "json");
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("\"rule\" : \"roster\"", "\"status\" : \"fail\"", "roster changed");
    }

    @Test
    void checkFailsANoticeMailedTooLate() throws Exception {
        assertThat(newIcu(roster(), "--force").exit()).isZero();
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", dir.resolve("roster.yaml").toString(),
                "--notice", "2026-10-21", "--voting-opens", "2026-11-04", "--out", dir.resolve("late.yaml").toString());
        assertThat(r.exit()).isZero();
        var c = Cli.run("election", "check", dir.resolve("late.yaml").toString(), "--as-of", "2026-10-02");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.out()).contains("FAIL  notice", "1 day(s) late");
    }

    @Test
    void malformedElectionFileIsExit65WithItsLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "lmp_election: 1\ntitle: x\nmethod: plurality\noffice:\n  role: ubt-co-lead\n  scope: U1\ndates:\n  voting_opens: 2026-02-30\n");
        var r = Cli.run("election", "check", bad.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("bad.yaml:8", "no such day").doesNotContain("Exception");
    }
}
