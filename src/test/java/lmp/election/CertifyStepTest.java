package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

/**
 * Certify, reopen and certify again. The test election: co-lead of U1, voting 2026-11-04..05, term from
 * 2027-01-01 (two years, to 2028-12-31); Ann Steward (1) is a steward, Ben Plain (2) is not.
 */
class CertifyStepTest {
    private static final String ANN_WINS = "rank1\nAnn Steward\nAnn Steward\nBen Plain\n";
    private static final String BEN_WINS = "rank1\nBen Plain\nBen Plain\nAnn Steward\n";

    private static List<String> refused(Runnable step) {
        Refused r = org.junit.jupiter.api.Assertions.assertThrows(Refused.class, step::run);
        return r.problems().stream().map(Problem::message).toList();
    }

    private static ElectionRun counted(String ballots) {
        ElectionRun run = ElectionRun.created().ballots(ballots);
        run.tally("2026-11-05");
        return run;
    }

    private static Roster roster(ElectionRun run) {
        return RosterYaml.read(run.files.get("roster.yaml")).orThrow();
    }

    private static List<RoleAssignment> coLeadsFrom2027(ElectionRun run) {
        return roster(run).roles().stream().filter(r -> r.start().equals(LocalDate.parse("2027-01-01"))).toList();
    }

    @Test
    void aCountedElectionIsCertifiedIntoTheRosterAndTheCertificate() {
        ElectionRun run = counted(ANN_WINS);
        byte[] rosterBefore = run.files.get("roster.yaml").bytes();
        CertifyStep.Certified c = run.certify("2026-11-06");
        StepOutcome o = c.outcome();
        assertThat(o.lines()).containsExactly("Certified Ann Steward (1) as ubt-co-lead of U1 from 2027-01-01 to 2028-12-31");
        assertThat(o.election().stage()).isEqualTo(Stage.CERTIFIED);
        assertThat(o.writes()).extracting(StepOutcome.Write::path).containsExactly("roster.yaml", "e-certificate.md", "e-certificate.html");
        assertThat(o.writes()).extracting(StepOutcome.Write::personal).containsExactly(true, false, false);
        byte[] rosterAfter = run.files.get("roster.yaml").bytes();
        assertThat(o.election().status().certifiedRoster()).contains(Digests.hmac(ElectionRun.KEY, rosterAfter));
        StepOutcome.Entry entry = o.record().orElseThrow();
        assertThat(entry.command()).isEqualTo("election certify");
        assertThat(entry.inputs()).containsExactly(new AuditRecord.FileDigest("b1.csv", Digests.sha256(ANN_WINS), false),
                new AuditRecord.FileDigest("roster.yaml", Digests.hmac(ElectionRun.KEY, rosterBefore), true));
        assertThat(entry.outputs()).containsExactly(new AuditRecord.FileDigest("roster.yaml", Digests.hmac(ElectionRun.KEY, rosterAfter), true),
                new AuditRecord.FileDigest("e-certificate.md", Digests.sha256(run.files.get("e-certificate.md").bytes()), false),
                new AuditRecord.FileDigest("e-certificate.html", Digests.sha256(run.files.get("e-certificate.html").bytes()), false));
        assertThat(entry.result()).containsEntry("winners", List.of("Ann Steward")).containsEntry("member_ids", List.of("1"))
                .containsEntry("term_starts", "2027-01-01").containsEntry("term_ends", "2028-12-31").containsEntry("tally_seq", 3)
                .containsEntry("stage", "certified").doesNotContainKey("overrides");
        assertThat(coLeadsFrom2027(run)).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo("1");
            assertThat(r.end()).contains(LocalDate.parse("2028-12-31"));
            assertThat(r.electedOn()).contains(LocalDate.parse("2026-11-05"));
        });
        String md = run.text("e-certificate.md");
        assertThat(c.markdown()).isEqualTo(md);
        assertThat(md).contains("- Office: UBT union co-lead, U1", "- Voting: 2026-11-04 to 2026-11-05", "- Certified on: 2026-11-06",
                "- Tally: audit record 3 of audit.jsonl (2026-11-05), SHA-256 " + run.state().lineHash(3).orElseThrow(),
                "| Ann Steward | 1 | 2027-01-01 | 2028-12-31 | - |", "| Eligible voters | 4 |", "| Ballots counted | 3 |",
                "| Turnout | 75.0% |", "| Ann Steward | 2 elected |", "| Ben Plain | 1 |")
                .doesNotContain("Voters checked off", "## Ties", "## Overrides");
        assertThat(c.winners()).extracting(Certification.Winner::memberId).containsExactly("1");
        assertThat(o.notes()).first().asString().startsWith("note: which law applies: not a union officer");
    }

    @Test
    void aWinnerWhoIsNotAStewardIsCertifiedWithTheStewardDeadline() {
        ElectionRun run = counted(BEN_WINS);
        StepOutcome o = run.certify("2026-11-06").outcome();
        assertThat(o.lines()).containsExactly("Certified Ben Plain (2) as ubt-co-lead of U1 from 2027-01-01 to 2028-12-31; must become "
                + "a steward by 2027-07-01");
        assertThat(o.notes()).contains("note: Ben Plain is not a steward on 2027-01-01 and must become one by 2027-07-01");
    }

    @Test
    void onlyACountedElectionIsCertified() {
        ElectionRun run = ElectionRun.created().ballots("rank1\nAnn Steward\nBen Plain\n");
        run.tally("2026-11-05");
        assertThat(refused(() -> run.certify("2026-11-06"))).containsExactly("refusing to certify: the election is voting, not counted; "
                + "run 'lmp election tally' first (a tally that stopped at a tie does not count)");
        ElectionRun certified = counted(ANN_WINS);
        certified.certify("2026-11-06");
        assertThat(refused(() -> certified.certify("2026-11-07"))).containsExactly("refusing to certify: "
                + Lifecycle.refusal(Stage.CERTIFIED, Lifecycle.Step.CERTIFY).orElseThrow());
    }

    @Test
    void noCertificationOverATamperedLog() {
        ElectionRun run = counted(ANN_WINS);
        run.logExists = false;
        run.log = "";
        assertThat(refused(() -> run.certify("2026-11-06"))).containsExactly("refusing to certify: audit.jsonl: the audit log is "
                + "missing; the election file records 3 record(s)");
    }

    @Test
    void aCountedStageWithoutATallyRecordIsRefused() {
        ElectionRun run = ElectionRun.created().ballots(ANN_WINS);
        Election e = run.election();
        run.electionFile = ElectionYaml.toYaml(e.withStatus(e.status().withStage(Stage.COUNTED))).getBytes(StandardCharsets.UTF_8);
        assertThat(refused(() -> run.certify("2026-11-06"))).containsExactly("refusing to certify: no tally in the audit log; run "
                + "'lmp election tally e.yaml' first");
    }

    @Test
    void filesChangedSinceTheTallyAreRefusedNamingBothCounts() {
        ElectionRun run = counted(ANN_WINS);
        run.put("b1.csv", BEN_WINS);
        assertThat(refused(() -> run.certify("2026-11-06"))).containsExactly(
                "refusing to certify: b1.csv changed since it was taken in (audit record 2): SHA-256 was " + Digests.sha256(ANN_WINS)
                        + ", now " + Digests.sha256(BEN_WINS),
                "refusing to certify: counting the files again gives [Ben Plain] but the tally (audit record 3) gave [Ann Steward]; "
                        + "the files changed since the tally: tally again");
    }

    @Test
    void theSameWinnersWithOtherVotesAreAlsoAChange() {
        ElectionRun run = counted(ANN_WINS);
        String more = ANN_WINS + "Ann Steward\n";
        run.put("b1.csv", more);
        assertThat(refused(() -> run.certify("2026-11-06"))).contains("refusing to certify: counting the files again gives "
                + "[Ann Steward] but the tally (audit record 3) gave [Ann Steward]; the files changed since the tally: tally again");
    }

    @Test
    void aBlockingItemMustBeOverriddenWithAReasonWhichIsRecordedAndPrinted() {
        ElectionRun run = ElectionRun.created(TestElections.coLead(TestElections.goodDates(),
                "tie_break: {mode: stop}\nrecords: {keep_until: 2027-11-04}"));
        run.ballots(ANN_WINS).tally("2026-11-05");
        assertThat(refused(() -> run.certify("2026-11-06"))).containsExactly("blocks certification: records: ballots and records "
                + "kept until at least 2027-11-05, one year after the count on 2026-11-05; kept until 2027-11-04, too short "
                + "[best practice (LMRDA standard): LMRDA 401(e); 29 CFR 452.106; built-in role policy: not an LMRDA officer]; "
                + "fix it, or certify anyway with --override records=\"REASON\" (recorded and printed on the certificate)");
        assertThat(refused(() -> run.certify("2026-11-06", new Override("records", "kept 2 years by the local"),
                new Override("notice", "x")))).containsExactly("--override notice: nothing by that name blocks this certification; "
                + "blocking items: records");
        StepOutcome o = run.certify("2026-11-06", new Override("records", "kept 2 years by the local")).outcome();
        assertThat(o.record().orElseThrow().result()).containsEntry("overrides", List.of(Map.of("item", "records", "reason",
                "kept 2 years by the local")));
        assertThat(o.notes()).contains("override recorded: records: kept 2 years by the local");
        assertThat(run.text("e-certificate.md")).contains("## Overrides by the election committee", "- **records**: kept 2 years by the local");
    }

    @Test
    void anOverrideOfNothingIsRefused() {
        ElectionRun run = counted(ANN_WINS);
        assertThat(refused(() -> run.certify("2026-11-06", new Override("lot", "x")))).containsExactly("--override lot: nothing by that "
                + "name blocks this certification");
    }

    @Test
    void aTieBrokenByALotNotDrawnInPublicBlocksUntilOneIs() {
        ElectionRun run = ElectionRun.created(TestElections.coLead(TestElections.goodDates(), "tie_break: {mode: lot}"));
        run.ballots("rank1\nAnn Steward\nBen Plain\n");
        TallyStep.Tallied t = run.tally("2026-11-05");
        String seed = t.counted().seed();
        assertThat(refused(() -> run.certify("2026-11-06"))).singleElement().asString().isEqualTo("blocks certification: lot: the tie "
                + "between Ann Steward, Ben Plain in round 1 was decided by a lot whose seed (" + seed + ") was not drawn in public; "
                + "draw one in front of witnesses with 'lmp election draw ELECTION --seed NUMBER --witness NAME', then tally again; "
                + "fix it, or certify anyway with --override lot=\"REASON\" (recorded and printed on the certificate)");
        ElectionState s = run.state();
        run.commit(s, DrawStep.run(s, "42", List.of("Ann Observer"), LocalDate.parse("2026-11-06")), "2026-11-06");
        TallyStep.Tallied again = run.tally("2026-11-06");
        String chosen = again.counted().result().ties().get(0).chosen();
        run.certify("2026-11-06");
        assertThat(run.text("e-certificate.md")).contains("## Ties\n\n- Round 1: tie between Ann Steward, Ben Plain ("
                + again.counted().result().ties().get(0).purpose() + "), broken by lot with seed 42, drawn in public on 2026-11-06 "
                + "before Ann Observer; " + chosen + " chosen\n");
    }

    @Test
    void aReopenedCertificationIsVoidedAndALaterOneReplacesItsAssignment() {
        ElectionRun run = counted(ANN_WINS);
        run.certify("2026-11-06");
        String md = run.text("e-certificate.md");
        String html = run.text("e-certificate.html");
        int certifySeq = run.state().log().size();
        ElectionState s = run.state();
        StepOutcome reopened = ReopenStep.run(s, "  a ballot box was found | uncounted  ", "2026-11-07");
        assertThat(reopened.election().stage()).isEqualTo(Stage.REOPENED);
        assertThat(reopened.record().orElseThrow().command()).isEqualTo("election reopen");
        assertThat(reopened.record().orElseThrow().result()).isEqualTo(Map.of("reason", "a ballot box was found | uncounted",
                "from_stage", "certified", "stage", "reopened", "voided_certify_seq", certifySeq));
        assertThat(reopened.notes()).containsExactly("Reopened e.yaml (was certified): a ballot box was found | uncounted; the "
                + "certificate is marked VOID");
        String banner = "VOID: this certificate was voided on 2026-11-07 by 'lmp election reopen': a ballot box was found | uncounted";
        assertThat(reopened.writes()).extracting(StepOutcome.Write::path).containsExactly("e-certificate.md", "e-certificate.html");
        assertThat(new String(reopened.writes().get(0).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("> **" + banner.replace("|", "\\|") + "**\n\n" + md);
        assertThat(new String(reopened.writes().get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo(html.replaceFirst("<body>\n",
                "<body>\n<p style=\"border:3px solid #b00;padding:.5em;font-weight:bold\">" + banner + "</p>\n"));
        assertThat(reopened.record().orElseThrow().outputs()).extracting(AuditRecord.FileDigest::path)
                .containsExactly("e-certificate.md", "e-certificate.html");
        run.commit(s, reopened, "2026-11-07");
        run.tally("2026-11-07");
        StepOutcome again = run.certify("2026-11-07").outcome();
        assertThat(again.writes()).extracting(StepOutcome.Write::path).contains("roster.yaml");
        assertThat(coLeadsFrom2027(run)).singleElement().extracting(RoleAssignment::memberId).isEqualTo("1");
    }

    @Test
    void withoutVoidedAssignmentRemovesOnlyTheAssignmentTheLastCertificationWrote() {
        ElectionRun run = counted(ANN_WINS);
        run.certify("2026-11-06");
        ElectionState s = run.state();
        Roster certified = roster(run);
        Roster base = CertifyStep.withoutVoidedAssignment(s, s.election(), certified);
        assertThat(base.roles()).hasSize(certified.roles().size() - 1);
        assertThat(base.roles()).noneMatch(r -> r.start().equals(LocalDate.parse("2027-01-01")));
        assertThat(base.roles()).anyMatch(r -> r.memberId().equals("1") && r.start().equals(LocalDate.parse("2025-01-01")));
        ElectionState uncertified = counted(ANN_WINS).state();
        assertThat(CertifyStep.withoutVoidedAssignment(uncertified, uncertified.election(), certified)).isSameAs(certified);
    }

    @Test
    void reopeningNeedsACountAndAReasonAndFromACountWritesNoCertificate() {
        ElectionRun voting = ElectionRun.created().ballots(ANN_WINS);
        assertThat(refused(() -> ReopenStep.run(voting.state(), "why", "2026-11-06"))).containsExactly("refusing to reopen: the "
                + "election is voting; only a counted or certified election can be reopened");
        ElectionRun run = counted(ANN_WINS);
        assertThat(refused(() -> ReopenStep.run(run.state(), "  ", "2026-11-06"))).containsExactly("a reopening needs --reason TEXT");
        StepOutcome o = ReopenStep.run(run.state(), "recount asked", "2026-11-06");
        assertThat(o.writes()).isEmpty();
        assertThat(o.record().orElseThrow().outputs()).isEmpty();
        assertThat(o.record().orElseThrow().result()).isEqualTo(Map.of("reason", "recount asked", "from_stage", "counted",
                "stage", "reopened"));
        assertThat(o.notes()).containsExactly("Reopened e.yaml (was counted): recount asked");
        ElectionRun tampered = counted(ANN_WINS);
        tampered.log = tampered.log.replace("\"ballots_counted\":3", "\"ballots_counted\":2");
        assertThat(refused(() -> ReopenStep.run(tampered.state(), "x", "2026-11-06"))).singleElement().asString()
                .startsWith("refusing to reopen: audit.jsonl:3: the last audit record does not match the head");
    }

    @Test
    void theVoidBannerIsEscapedForHtml() {
        assertThat(new String(ReopenStep.voided("<html><body>\n<h1>x</h1>", true, "2026-11-07", "a <b> & \"c\""),
                StandardCharsets.UTF_8)).isEqualTo("<html><body>\n<p style=\"border:3px solid #b00;padding:.5em;font-weight:bold\">"
                + "VOID: this certificate was voided on 2026-11-07 by 'lmp election reopen': a &lt;b&gt; &amp; &quot;c&quot;</p>\n"
                + "<h1>x</h1>");
    }

    @Test
    void theCheckStepJudgesACertifiedRosterAsUnchangedAndRecordsOnlyWhenAsked() {
        ElectionRun run = counted(ANN_WINS);
        run.certify("2026-11-06");
        ElectionState s = run.state();
        InputFile rosterFile = run.files.get("roster.yaml");
        CheckStep.Checked quiet = CheckStep.run(s, roster(run), rosterFile, "roster.yaml", LocalDate.parse("2026-11-06"),
                TermOfOffice.defaults(), false);
        assertThat(quiet.outcome().record()).isEmpty();
        assertThat(quiet.items()).filteredOn(i -> i.rule().equals("roster")).singleElement()
                .extracting(CheckItem::status).isEqualTo(CheckItem.Status.PASS);
        assertThat(quiet.violations()).isZero();
        assertThat(quiet.due()).isEqualTo(quiet.items().stream().filter(i -> i.status() == CheckItem.Status.DUE).count());
        CheckStep.Checked recorded = CheckStep.run(s, roster(run), rosterFile, "roster.yaml", LocalDate.parse("2026-11-06"),
                TermOfOffice.defaults(), true);
        StepOutcome.Entry entry = recorded.outcome().record().orElseThrow();
        assertThat(entry.command()).isEqualTo("election check");
        assertThat(entry.inputs()).containsExactly(new AuditRecord.FileDigest("roster.yaml", Digests.hmac(ElectionRun.KEY,
                rosterFile.bytes()), true));
        assertThat(entry.result()).isEqualTo(Map.of("as_of", "2026-11-06", "violations", 0L, "due", recorded.due()));
        // A roster edited after certification is a change again.
        InputFile edited = InputFile.ofText("roster.yaml", rosterFile.text() + "# edited\n");
        assertThat(CheckStep.run(s, roster(run), edited, "roster.yaml", LocalDate.parse("2026-11-06"), TermOfOffice.defaults(), false)
                .items()).filteredOn(i -> i.rule().equals("roster")).singleElement().extracting(CheckItem::status)
                .isEqualTo(CheckItem.Status.FAIL);
        // Without the key, nothing can be judged unchanged.
        ElectionState keyless = new ElectionState(s.name(), s.file(), s.tree(), s.election(), s.files(), s.logExists(), s.log(),
                Optional.empty());
        assertThat(CheckStep.judged(keyless, s.election(), rosterFile)).isSameAs(s.election());
        Election judged = CheckStep.judged(s, s.election(), rosterFile);
        assertThat(judged.roster()).get().extracting(Election.RosterRef::sha256).isEqualTo(rosterFile.sha256());
        assertThat(judged.roster()).get().extracting(Election.RosterRef::path).isEqualTo("roster.yaml");
        assertThat(judged.withStatus(s.election().status()).voters()).isEqualTo(s.election().voters());
    }
}
