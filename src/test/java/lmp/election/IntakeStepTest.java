package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.io.InputFile;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * Taking in ballots, the check-off list, challenges and spoiled ballots. The test election's voting closes
 * 2026-11-05 and the count is on 2026-11-05, so ballots are taken in on that day only (without an override).
 */
class IntakeStepTest {
    private static final LocalDate CLOSES = LocalDate.parse("2026-11-05");
    private static final String BALLOTS = "rank1\nAnn Steward\nAnn Steward\nBen Plain\n";

    static IntakeStep.Request ballots(List<Map.Entry<String, InputFile>> files, Override... overrides) {
        return new IntakeStep.Request(files, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(overrides));
    }

    static IntakeStep.Request checkoff(String path, String text, Override... overrides) {
        return new IntakeStep.Request(List.of(), Optional.of(ElectionRun.file(path, text)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(overrides));
    }

    static IntakeStep.Request challenge(String voter, String reason) {
        return new IntakeStep.Request(List.of(), Optional.empty(), Optional.of(voter), Optional.ofNullable(reason), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    static IntakeStep.Request resolve(String voter, boolean accept) {
        return new IntakeStep.Request(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(voter),
                Optional.of(accept), Optional.empty(), List.of());
    }

    /** Takes {@code q} in on {@code day} and commits it; returns the outcome. */
    static StepOutcome intake(ElectionRun run, IntakeStep.Request q, LocalDate day) {
        ElectionState s = run.state();
        StepOutcome o = IntakeStep.run(s, q, day);
        run.commit(s, o, day.toString());
        return o;
    }

    private static List<String> refusal(ElectionRun run, IntakeStep.Request q, LocalDate day) {
        Refused r = org.junit.jupiter.api.Assertions.assertThrows(Refused.class, () -> IntakeStep.run(run.state(), q, day));
        return r.problems().stream().map(Problem::message).toList();
    }

    @Test
    void ballotsTakenInOnTheLastDayOfVotingMoveADraftToVotingAndAreRecordedWithTheirSha256() {
        ElectionRun run = ElectionRun.created();
        var b = ElectionRun.file("b1.csv", BALLOTS);
        StepOutcome o = intake(run, ballots(List.of(b)), CLOSES);
        assertThat(o.election().stage()).isEqualTo(Stage.VOTING);
        assertThat(run.election().count().ballots()).containsExactly("b1.csv");
        StepOutcome.Entry entry = o.record().orElseThrow();
        assertThat(entry.command()).isEqualTo("election intake");
        assertThat(entry.inputs()).containsExactly(new AuditRecord.FileDigest("b1.csv", b.getValue().sha256(), false));
        assertThat(entry.result()).containsEntry("ballot_files", 1).containsEntry("challenged_pending", 0L)
                .containsEntry("challenged_accepted", 0L).containsEntry("challenged_rejected", 0L).containsEntry("spoiled", 0)
                .containsEntry("stage", "voting").doesNotContainKey("overrides");
        assertThat(o.notes()).containsExactly("Updated e.yaml: 1 ballot file(s), 0 challenge(s) (0 pending), 0 spoiled");
        assertThat(run.state().log()).hasSize(2);
    }

    @Test
    void ballotsAreRefusedWhileVotingIsOpen() {
        ElectionRun run = ElectionRun.created();
        assertThat(refusal(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS))), CLOSES.minusDays(1))).containsExactly(
                "refusing ballots on 2026-11-04: voting is open until 2026-11-05; ballots are taken in only once voting closes, "
                        + "so no record links the voters checked off so far to a batch of ballots (29 CFR 452.97)");
    }

    @Test
    void ballotsAfterTheCountDayNeedAnOverrideNamedWindowWhichIsRecorded() {
        ElectionRun run = ElectionRun.created();
        var q = ballots(List.of(ElectionRun.file("b1.csv", BALLOTS)));
        assertThat(refusal(run, q, CLOSES.plusDays(1))).containsExactly("refusing ballots on 2026-11-06: voting closed 2026-11-05 "
                + "and the count was set for 2026-11-05; if these ballots were received in time, record why with "
                + "--override window=\"REASON\"");
        // An override of another item does not open the window.
        assertThat(refusal(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS)), new Override("checkoff", "x")),
                CLOSES.plusDays(1))).hasSize(1);
        StepOutcome o = intake(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS)), new Override("window", "postmarked 11-04")),
                CLOSES.plusDays(1));
        assertThat(o.record().orElseThrow().result()).containsEntry("overrides", List.of(Map.of("item", "window", "reason",
                "postmarked 11-04")));
    }

    @Test
    void theWindowRunsToTheCountDayAndSaysWhenTheDeadlineWasAMailReturn() {
        Map<String, String> d = TestElections.goodDates();
        d.put("count", "2026-11-07");
        Election e = TestElections.coLead(d, "tie_break: {mode: stop}");
        assertThat(IntakeStep.windowProblem(e, LocalDate.parse("2026-11-07"), List.of())).isEmpty();
        assertThat(IntakeStep.windowProblem(e, LocalDate.parse("2026-11-08"), List.of())).get().asString()
                .startsWith("refusing ballots on 2026-11-08: voting closed 2026-11-05 and the count was set for 2026-11-07;");
        d.put("mail_ballot", "true");
        d.put("ballots_mailed", "2026-10-20");
        d.put("return_deadline", "2026-11-06");
        Election mail = TestElections.coLead(d, "");
        assertThat(IntakeStep.windowProblem(mail, LocalDate.parse("2026-11-05"), List.of())).get().asString()
                .contains("voting is open until 2026-11-06");
        assertThat(IntakeStep.windowProblem(mail, LocalDate.parse("2026-11-08"), List.of())).get().asString()
                .contains("voting closed 2026-11-06 (mail return deadline) and the count was set for 2026-11-07");
        d.put("count", null);
        assertThat(IntakeStep.windowProblem(TestElections.coLead(d, ""), LocalDate.parse("2026-11-06"), List.of())).isEmpty();
        assertThat(IntakeStep.windowProblem(TestElections.coLead(d, ""), LocalDate.parse("2026-11-07"), List.of())).isPresent();
    }

    @Test
    void ballotsWithoutALastDayOfVotingAreRefused() {
        Map<String, String> d = TestElections.goodDates();
        d.put("voting_opens", null);
        d.put("voting_closes", null);
        assertThat(IntakeStep.windowProblem(TestElections.coLead(d, ""), CLOSES, List.of(new Override("window", "why"))))
                .contains("refusing ballots: the election file has no last day of voting (dates.voting_closes)");
    }

    @Test
    void aCopyOfABallotFileTakenInBeforeIsRefusedNamingBoth() {
        ElectionRun run = ElectionRun.created();
        intake(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS))), CLOSES);
        String sha = InputFile.sha256Hex(BALLOTS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        run.put("b1.csv", BALLOTS);
        assertThat(refusal(run, ballots(List.of(ElectionRun.file("copy.csv", BALLOTS))), CLOSES)).containsExactly("refusing intake: "
                + "ballot file copy.csv has the same content (SHA-256 " + sha.substring(0, 12) + "...) as b1.csv; a copy or a link "
                + "is not a second set of ballots");
    }

    @Test
    void aSecondBatchIsAddedAfterTheFirst() {
        ElectionRun run = ElectionRun.created();
        run.put("b1.csv", BALLOTS);
        intake(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS))), CLOSES);
        run.put("b2.csv", "rank1\nBen Plain\n");
        StepOutcome o = intake(run, ballots(List.of(ElectionRun.file("b2.csv", "rank1\nBen Plain\n"))), CLOSES);
        assertThat(run.election().count().ballots()).containsExactly("b1.csv", "b2.csv");
        assertThat(o.record().orElseThrow().inputs()).extracting(AuditRecord.FileDigest::path).containsExactly("b2.csv");
        assertThat(o.notes()).containsExactly("Updated e.yaml: 2 ballot file(s), 0 challenge(s) (0 pending), 0 spoiled");
    }

    @Test
    void theCheckoffListIsRecordedByItsKeyedDigestAndFrozenOnceBallotsAreIn() {
        ElectionRun run = ElectionRun.created();
        String list = "member_id,name,ubt,voted\n1,Ann Steward,U1,x\n";
        StepOutcome first = intake(run, checkoff("checkoff.csv", list), LocalDate.parse("2026-11-04"));
        AuditRecord.FileDigest d = first.record().orElseThrow().inputs().get(0);
        assertThat(d).isEqualTo(new AuditRecord.FileDigest("checkoff.csv", Digests.hmac(ElectionRun.KEY,
                list.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true));
        assertThat(run.election().checkoff()).contains("checkoff.csv");
        assertThat(first.election().stage()).isEqualTo(Stage.VOTING);
        // The same list again changes nothing: nothing is recorded.
        StepOutcome again = intake(run, checkoff("checkoff.csv", list), LocalDate.parse("2026-11-04"));
        assertThat(again.record()).isEmpty();
        assertThat(again.writesAnything()).isFalse();
        assertThat(again.notes()).containsExactly("nothing new to record; e.yaml is unchanged");
        // A changed list before any ballot is in is taken in.
        String more = list + "2,Ben Plain,U1,x\n";
        assertThat(intake(run, checkoff("checkoff.csv", more), LocalDate.parse("2026-11-04")).record()).isPresent();
        run.put("checkoff.csv", more);
        intake(run, ballots(List.of(ElectionRun.file("b1.csv", BALLOTS))), CLOSES);
        run.put("b1.csv", BALLOTS);
        String later = more + "3,Cat Late,U1,x\n";
        assertThat(refusal(run, checkoff("checkoff.csv", later), CLOSES)).containsExactly("refusing intake: the check-off list is "
                + "frozen once ballots are taken in, so that no record links newly checked-off voters to a batch of ballots "
                + "(29 CFR 452.97); give the whole list with the first ballots");
        assertThat(intake(run, checkoff("checkoff.csv", later, new Override("checkoff", "page 2 found")), CLOSES).record()).isPresent();
        // The same list under another name is a change of list.
        assertThat(refusal(run, checkoff("other.csv", later), CLOSES)).hasSize(1);
    }

    @Test
    void aChallengeNeedsAReasonIsRecordedOnceAndItsResolutionIsFinal() {
        ElectionRun run = ElectionRun.created();
        assertThat(refusal(run, challenge("3", null), CLOSES)).containsExactly("a challenge needs --reason TEXT");
        assertThat(refusal(run, challenge("3", "  "), CLOSES)).containsExactly("a challenge needs --reason TEXT");
        StepOutcome c = intake(run, challenge(" 3 ", " not on the list "), CLOSES);
        assertThat(run.election().challenged()).singleElement().satisfies(x -> {
            assertThat(x.voter()).isEqualTo("3");
            assertThat(x.reason()).isEqualTo("not on the list");
            assertThat(x.resolution()).isEqualTo(Challenge.Resolution.PENDING);
        });
        assertThat(c.record().orElseThrow().result()).containsEntry("challenged_pending", 1L);
        assertThat(c.notes()).containsExactly("Updated e.yaml: 0 ballot file(s), 1 challenge(s) (1 pending), 0 spoiled");
        assertThat(refusal(run, challenge("3", "again"), CLOSES)).containsExactly("voter 3 is already challenged; resolve that "
                + "challenge instead");
        intake(run, challenge("4", "no ID"), CLOSES);
        assertThat(refusal(run, resolve("2", true), CLOSES)).containsExactly("no challenge of voter 2 is recorded; the pending ones "
                + "are: 3, 4");
        StepOutcome accepted = intake(run, resolve("3", true), CLOSES);
        assertThat(accepted.record().orElseThrow().result()).containsEntry("challenged_pending", 1L)
                .containsEntry("challenged_accepted", 1L).containsEntry("challenged_rejected", 0L);
        assertThat(refusal(run, resolve("3", false), CLOSES)).containsExactly("the challenge of voter 3 was already accepted; "
                + "a resolution is final once made");
        assertThat(refusal(run, resolve("2", true), CLOSES)).containsExactly("no challenge of voter 2 is recorded; the pending ones "
                + "are: 4");
        StepOutcome rejected = intake(run, new IntakeStep.Request(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("4"), Optional.empty(), Optional.empty(), List.of()), CLOSES);
        assertThat(rejected.record().orElseThrow().result()).containsEntry("challenged_pending", 0L)
                .containsEntry("challenged_rejected", 1L);
        assertThat(run.election().challenged()).extracting(Challenge::resolution)
                .containsExactly(Challenge.Resolution.ACCEPTED, Challenge.Resolution.REJECTED);
    }

    @Test
    void spoiledBallotsAreCounted() {
        ElectionRun run = ElectionRun.created();
        StepOutcome o = intake(run, new IntakeStep.Request(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new SpoiledBallot(2, "torn")), List.of()), CLOSES);
        assertThat(o.record().orElseThrow().result()).containsEntry("spoiled", 2);
        assertThat(o.notes()).containsExactly("Updated e.yaml: 0 ballot file(s), 0 challenge(s) (0 pending), 2 spoiled");
        assertThat(run.election().spoiledCount()).isEqualTo(2);
    }

    @Test
    void everyProblemOfOneIntakeIsReportedTogetherAndNothingIsWritten() {
        ElectionRun run = ElectionRun.created();
        byte[] before = run.electionFile;
        var q = new IntakeStep.Request(List.of(ElectionRun.file("b1.csv", BALLOTS)), Optional.empty(), Optional.of("3"), Optional.empty(),
                Optional.of("9"), Optional.of(true), Optional.empty(), List.of());
        assertThat(refusal(run, q, CLOSES.minusDays(1))).hasSize(3);
        assertThat(run.electionFile).isEqualTo(before);
    }

    @Test
    void intakeIsRefusedOnceCountedAndWhenTheAuditLogWasTamperedWith() {
        ElectionRun run = ElectionRun.created();
        ElectionState s = run.state();
        run.electionFile = lmp.election.formats.ElectionYaml.toYaml(s.election().withStatus(s.election().status()
                .withStage(Stage.COUNTED))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refusal(run, challenge("3", "why"), CLOSES)).containsExactly("refusing intake: "
                + Lifecycle.refusal(Stage.COUNTED, Lifecycle.Step.INTAKE).orElseThrow());
        ElectionRun tampered = ElectionRun.created();
        tampered.log = "";
        tampered.logExists = false;
        assertThat(refusal(tampered, challenge("3", "why"), CLOSES)).containsExactly("refusing intake: audit.jsonl: the audit log "
                + "is missing; the election file records 1 record(s)");
    }
}
