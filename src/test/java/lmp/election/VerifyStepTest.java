package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.formats.ElectionYaml;
import org.junit.jupiter.api.Test;

/** Verifying an election end to end: what it confirms, every change it finds, and the history. */
class VerifyStepTest {
    private static final String BALLOTS = "rank1\nAnn Steward\nAnn Steward\nBen Plain\n";

    private static ElectionRun certified() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.tally("2026-11-05");
        run.certify("2026-11-06");
        return run;
    }

    private static VerifyStep.Verified verify(ElectionRun run) {
        return VerifyStep.run(run.state(), false, n -> { });
    }

    @Test
    void aCertifiedElectionVerifiesCleanAndListsItsHistory() {
        ElectionRun run = certified();
        VerifyStep.Verified v = verify(run);
        assertThat(v.changed()).isEmpty();
        assertThat(v.ok()).isTrue();
        String md = Digests.sha256(run.files.get("e-certificate.md").bytes());
        String html = Digests.sha256(run.files.get("e-certificate.html").bytes());
        assertThat(v.confirmed()).containsExactly(
                "audit chain intact: 4 record(s), head matches the election file",
                "e.yaml is as the last audit record (4) left it",
                "every file digest recorded at intake, tally and certify matches: 3 check(s)",
                "recount matches the tally: 1 round(s), winners [Ann Steward]",
                "certified winners confirmed by the recount: [Ann Steward]",
                "e-certificate.md is the certificate as written (SHA-256 " + md.substring(0, 12) + "...)",
                "e-certificate.html is the certificate as written (SHA-256 " + html.substring(0, 12) + "...)",
                "roster.yaml holds the certified role assignment, and no other holder");
        assertThat(v.history()).containsExactly(
                "1  2026-09-30  election new -> draft",
                "2  2026-11-05  election intake -> voting",
                "3  2026-11-05  election tally -> counted winners [Ann Steward]",
                "4  2026-11-06  election certify -> certified [Ann Steward]");
        assertThat(v.outcome().record()).isEmpty();
        assertThat(v.outcome().election()).isEqualTo(run.election());
    }

    @Test
    void theRecordSaysHowManyProblemsWereFound() {
        ElectionRun run = certified();
        assertThat(VerifyStep.run(run.state(), true, n -> { }).outcome().record().orElseThrow())
                .isEqualTo(new StepOutcome.Entry("election verify", List.of(), List.of(), Map.of("problems", 0, "verified", true)));
        run.files.remove("e-certificate.html");
        assertThat(VerifyStep.run(run.state(), true, n -> { }).outcome().record().orElseThrow().result())
                .isEqualTo(Map.of("problems", 1, "verified", false));
    }

    @Test
    void aChangedBallotFileIsFoundAgainstItsIntakeTallyAndCertificationAndByTheRecount() {
        ElectionRun run = certified();
        String changed = "rank1\nBen Plain\nBen Plain\nAnn Steward\n";
        run.put("b1.csv", changed);
        VerifyStep.Verified v = verify(run);
        String was = Digests.sha256(BALLOTS);
        String now = Digests.sha256(changed);
        assertThat(v.ok()).isFalse();
        assertThat(v.changed()).containsExactly(
                "b1.csv changed since the intake (record 2): SHA-256 was " + was + ", now " + now,
                "b1.csv changed since the tally (record 3): SHA-256 was " + was + ", now " + now,
                "b1.csv changed since the certify (record 4): SHA-256 was " + was + ", now " + now,
                "recount elects [Ben Plain] but the tally (record 3) elected [Ann Steward]",
                "certified winners [Ann Steward] differ from the recount's [Ben Plain]");
        assertThat(v.confirmed()).doesNotContain("every file digest recorded at intake, tally and certify matches: 3 check(s)");
    }

    @Test
    void theSameWinnersWithOtherVotesAreAChange() {
        ElectionRun run = certified();
        run.put("b1.csv", BALLOTS + "Ann Steward\n");
        assertThat(verify(run).changed()).contains("recount gives the same winners but different round-by-round votes than the tally "
                + "(record 3)");
    }

    @Test
    void aMissingBallotFileIsMissingAndTheRecountFails() {
        ElectionRun run = certified();
        run.files.remove("b1.csv");
        assertThat(verify(run).changed()).contains("b1.csv is missing (read by the intake, record 2)")
                .anyMatch(c -> c.startsWith("recount failed: ") && c.contains("ballot file 'b1.csv' not found"));
    }

    @Test
    void anEditedOrMissingCertificateIsFound() {
        ElectionRun run = certified();
        run.put("e-certificate.md", "# forged\n");
        run.files.remove("e-certificate.html");
        assertThat(verify(run).changed()).containsExactly("e-certificate.md changed since certification (record 4)",
                "e-certificate.html (the certificate) is missing");
    }

    @Test
    void anEditedElectionFileIsFound() {
        ElectionRun run = certified();
        Election e = run.election();
        run.electionFile = ElectionYaml.toYaml(new Election(e.count(), e.office(), e.roster(), e.dates(), List.of("1", "2"),
                e.challenged(), e.spoiled(), e.noticeAnnouncesRunoff(), e.keepRecordsUntil(), e.checkoff(), e.auditLog(), e.runoffDate(),
                e.status())).getBytes(StandardCharsets.UTF_8);
        assertThat(verify(run).changed()).containsExactly("e.yaml changed since the last audit record (4)");
    }

    @Test
    void withoutTheKeyTheKeyedDigestsCannotBeChecked() {
        ElectionRun run = certified();
        run.key = Optional.empty();
        VerifyStep.Verified v = verify(run);
        assertThat(v.changed()).containsExactly("the election's key file is missing; keyed digests cannot be checked");
        assertThat(v.confirmed()).noneMatch(c -> c.startsWith("e.yaml is as"));
    }

    @Test
    void anElectionNotYetCertifiedSaysSo() {
        ElectionRun counted = ElectionRun.created().ballots(BALLOTS);
        counted.tally("2026-11-05");
        assertThat(verify(counted).changed()).containsExactly("not certified: the election is counted");
        ElectionRun voting = ElectionRun.created().ballots(BALLOTS);
        assertThat(verify(voting).changed()).containsExactly("no tally recorded in the audit log; run 'lmp election tally' first");
    }

    @Test
    void aCertifiedStageWithoutACertifyRecordIsFound() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.tally("2026-11-05");
        Election e = run.election();
        run.electionFile = ElectionYaml.toYaml(e.withStatus(e.status().withStage(Stage.CERTIFIED))).getBytes(StandardCharsets.UTF_8);
        assertThat(verify(run).changed()).containsExactly("e.yaml changed since the last audit record (3)",
                "the election file says certified, but no 'election certify' record is in the audit log");
    }

    @Test
    void aCertificationOlderThanTheLatestTallyIsFound() {
        ElectionRun run = certified();
        ElectionState s = run.state();
        // A tally recorded after the certification (as a tool other than lmp might append it).
        StepOutcome.Entry tally = new StepOutcome.Entry("election tally", List.of(), List.of(), s.last("election tally").orElseThrow()
                .result());
        run.commit(s, new StepOutcome(s.election(), List.of(), Optional.of(tally), List.of(), List.of()), "2026-11-07");
        assertThat(verify(run).changed()).contains("the certification (record 4) predates the latest tally (record 5)");
    }

    @Test
    void theRosterMustStillHoldTheCertifiedAssignmentAndNoOverlappingHolder() {
        ElectionRun run = certified();
        String roster = run.text("roster.yaml");
        run.put("roster.yaml", roster.replace("end: 2028-12-31", "end: 2027-12-31"));
        assertThat(verify(run).changed()).contains("roster.yaml: no assignment of 1 as ubt-co-lead of U1 from 2027-01-01 to "
                + "2028-12-31, as certified");
        run.put("roster.yaml", roster + "- member: \"2\"\n  role: ubt-co-lead\n  scope: U1\n  start: 2027-06-01\n"
                + "  end: 2029-05-31\n  chosen: elected\n");
        assertThat(verify(run).changed()).contains("roster.yaml: 2 also holds ubt-co-lead of U1 from 2027-06-01, overlapping the "
                + "certified term");
        run.put("roster.yaml", roster + "- member: \"2\"\n  role: ubt-co-lead\n  scope: U1\n  start: 2029-01-01\n"
                + "  end: 2030-12-31\n  chosen: elected\n");
        assertThat(verify(run).changed()).noneMatch(c -> c.startsWith("roster.yaml"));
        run.put("roster.yaml", "lmp_roster: 1\nmembers: [\n");
        assertThat(verify(run).changed()).anyMatch(c -> c.startsWith("roster.yaml: the roster cannot be read: "));
        run.files.remove("roster.yaml");
        assertThat(verify(run).changed()).contains("roster.yaml (the roster) is missing");
    }

    @Test
    void theHistoryNamesReasonsLotsAndOverrides() {
        ElectionRun run = ElectionRun.created(TestElections.coLead(TestElections.goodDates(),
                "tie_break: {mode: stop}\nrecords: {keep_until: 2027-11-04}"));
        run.ballots("rank1\nAnn Steward\nBen Plain\n");
        run.tally("2026-11-05");
        ElectionState s = run.state();
        run.commit(s, DrawStep.run(s, "42", List.of("Ann Observer", "Bo"), LocalDate.parse("2026-11-06")), "2026-11-06");
        TallyStep.Tallied t = run.tally("2026-11-06");
        String winner = t.counted().result().winners().get(0);
        run.certify("2026-11-06", new Override("records", "kept longer"));
        s = run.state();
        run.commit(s, ReopenStep.run(s, "recount asked", "2026-11-07"), "2026-11-07");
        assertThat(verify(run).history()).containsExactly(
                "1  2026-09-30  election new -> draft",
                "2  2026-11-05  election intake -> voting",
                "3  2026-11-05  election tally -> voting winners []",
                "4  2026-11-06  election draw: seed 42, witnesses Ann Observer, Bo",
                "5  2026-11-06  election tally -> counted winners [" + winner + "]",
                "6  2026-11-06  election certify -> certified [" + winner + "]; overridden: records (kept longer)",
                "7  2026-11-07  election reopen: recount asked -> reopened");
    }

    @Test
    void aCheckoffListIsComparedByItsKeyedDigestOnlyAgainstItsLastReader() {
        ElectionRun run = ElectionRun.created();
        String list = "member_id,name,ubt,voted\n1,Ann Steward,U1,x\n2,Ben Plain,U1,x\n3,Cat Late,U1,x\n";
        run.put("checkoff.csv", list);
        ElectionState s = run.state();
        run.commit(s, IntakeStep.run(s, IntakeStepTest.checkoff("checkoff.csv", list), LocalDate.parse("2026-11-04")), "2026-11-04");
        run.ballots(BALLOTS);
        run.tally("2026-11-05");
        run.certify("2026-11-06");
        VerifyStep.Verified v = verify(run);
        assertThat(v.changed()).isEmpty();
        // Read by the intake (record 2) and the tally (record 4): checked once, against the tally. Ballots: intake, tally, certify.
        assertThat(v.confirmed()).contains("every file digest recorded at intake, tally and certify matches: 4 check(s)");
        run.put("checkoff.csv", list.replace("3,Cat Late,U1,x", "3,Cat Late,U1,"));
        assertThat(verify(run).changed()).contains("checkoff.csv changed since the tally (record 4)");
    }
}
