package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

/** The count of an administered election, and a lot drawn in public for its ties. */
class TallyStepTest {
    private static final String BALLOTS = "rank1\nAnn Steward\nAnn Steward\nBen Plain\n";
    private static final String TIE = "rank1\nAnn Steward\nBen Plain\n";

    private static List<String> refused(Runnable step) {
        Refused r = org.junit.jupiter.api.Assertions.assertThrows(Refused.class, step::run);
        return r.problems().stream().map(Problem::message).toList();
    }

    private static String sha(String text) {
        return InputFile.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nothingIsCountedBeforeIntake() {
        ElectionRun run = ElectionRun.created();
        assertThat(refused(() -> run.tally("2026-11-05"))).containsExactly("refusing to count: nothing has been taken in; record "
                + "the ballots with 'lmp election intake' first");
        assertThat(run.state().log()).hasSize(1);
    }

    @Test
    void aCompleteCountMovesTheElectionToCountedAndRecordsItsInputsOutputsAndResult() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        TallyStep.Tallied t = run.tally("2026-11-05");
        StepOutcome o = t.outcome();
        assertThat(o.election().stage()).isEqualTo(Stage.COUNTED);
        StepOutcome.Entry entry = o.record().orElseThrow();
        assertThat(entry.command()).isEqualTo("election tally");
        assertThat(entry.inputs()).containsExactly(new AuditRecord.FileDigest("b1.csv", sha(BALLOTS), false));
        assertThat(entry.outputs()).containsExactly(new AuditRecord.FileDigest("tally.txt", sha("winners [Ann Steward]\n"), false));
        assertThat(entry.result()).containsEntry("winners", List.of("Ann Steward")).containsEntry("complete", true)
                .containsEntry("stage", "counted").containsEntry("tie", "stop").containsEntry("method", "plurality")
                .containsEntry("seats", 1).containsEntry("ballots_counted", 3L).containsEntry("eligible_voters", 4)
                .containsEntry("seed", Recount.derivedSeed(t.counted().ballotFiles())).doesNotContainKey("tied");
        // The seed a file gives none of: 16 hex digits of the SHA-256 of the files' SHA-256, one a line.
        assertThat(Recount.derivedSeed(t.counted().ballotFiles())).isEqualTo(sha(sha(BALLOTS) + "\n").substring(0, 16));
        assertThat(o.notes()).containsExactly("warning: no check-off list recorded ('lmp election intake --checkoff FILE'), so ballots "
                + "cannot be reconciled with voters");
        assertThat(run.text("tally.txt")).isEqualTo("winners [Ann Steward]\n");
        assertThat(run.election().stage()).isEqualTo(Stage.COUNTED);
    }

    @Test
    void aCountStoppedAtATieLeavesTheElectionVotingAndSaysHowToBreakIt() {
        ElectionRun run = ElectionRun.created().ballots(TIE);
        StepOutcome o = run.tally("2026-11-05").outcome();
        assertThat(o.election().stage()).isEqualTo(Stage.VOTING);
        assertThat(o.record().orElseThrow().result()).containsEntry("complete", false).containsEntry("stage", "voting")
                .containsEntry("tied", List.of("Ann Steward", "Ben Plain"));
        assertThat(o.notes()).contains("e.yaml: tie between Ann Steward, Ben Plain in round 1 not resolved by earlier rounds; the "
                + "count stopped (tie rule 'stop'). Draw a lot in front of witnesses with 'lmp election draw e.yaml --seed NUMBER "
                + "--witness NAME ...' and tally again, or hold a run-off (with its own notice unless the notice announced it, "
                + "29 CFR 452.30)");
    }

    @Test
    void noCountOverATamperedLog() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.logExists = false;
        run.log = "";
        assertThat(refused(() -> run.tally("2026-11-05"))).containsExactly("refusing to count: audit.jsonl: the audit log is "
                + "missing; the election file records 2 record(s)");
    }

    @Test
    void aBallotFileChangedSinceIntakeIsRefusedWithBothDigests() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        String changed = "rank1\nBen Plain\nBen Plain\nBen Plain\n";
        run.put("b1.csv", changed);
        assertThat(refused(() -> run.tally("2026-11-05"))).containsExactly("refusing to count: b1.csv changed since it was taken in "
                + "(audit record 2): SHA-256 was " + sha(BALLOTS) + ", now " + sha(changed));
    }

    @Test
    void aPendingChallengeStopsTheCount() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        ElectionState s = run.state();
        run.commit(s, IntakeStep.run(s, IntakeStepTest.challenge("3", "no ID"), LocalDate.parse("2026-11-05")), "2026-11-05");
        assertThatThrownBy(() -> run.tally("2026-11-05")).isInstanceOf(InputException.class)
                .satisfies(x -> assertThat(((InputException) x).problems()).extracting(Problem::message).containsExactly(
                        "1 challenge(s) still pending; resolve each with 'lmp election intake e.yaml --resolve MEMBER_ID --accept' or "
                                + "'--reject' before the count (29 CFR 452.97(b))"));
    }

    @Test
    void aCopyListedBesideItsOriginalIsNotCounted() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.put("copy.csv", BALLOTS);
        Election e = run.election();
        run.electionFile = ElectionYaml.toYaml(e.withIntake(List.of("b1.csv", "copy.csv"), e.challenged(), e.spoiled(), e.checkoff()))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run.tally("2026-11-05")).isInstanceOf(InputException.class)
                .hasMessageContaining("ballot file copy.csv has the same content");
    }

    @Test
    void theCheckoffListIsReadKeyedAndMoreBallotsThanVotersCheckedOffIsAWarning() {
        ElectionRun run = ElectionRun.created();
        String list = "member_id,name,ubt,voted\n1,Ann Steward,U1,x\n2,Ben Plain,U1,\n";
        run.put("checkoff.csv", list);
        ElectionState s = run.state();
        run.commit(s, IntakeStep.run(s, IntakeStepTest.checkoff("checkoff.csv", list), LocalDate.parse("2026-11-04")), "2026-11-04");
        run.ballots(BALLOTS);
        StepOutcome o = run.tally("2026-11-05").outcome();
        assertThat(o.record().orElseThrow().inputs()).containsExactly(new AuditRecord.FileDigest("b1.csv", sha(BALLOTS), false),
                new AuditRecord.FileDigest("checkoff.csv", Digests.hmac(ElectionRun.KEY, list.getBytes(StandardCharsets.UTF_8)), true));
        assertThat(o.record().orElseThrow().result()).containsEntry("checked_off", 1);
        assertThat(o.notes()).containsExactly("warning: 3 ballots counted but only 1 voters checked off or admitted after a challenge; "
                + "find the extra ballots before certifying");
    }

    @Test
    void aMemberCheckedOffWhoIsNotAVoterStopsTheCount() {
        ElectionRun run = ElectionRun.created();
        String list = "member_id,name,ubt,voted\n9,Nobody,U1,x\n";
        run.put("checkoff.csv", list);
        ElectionState s = run.state();
        run.commit(s, IntakeStep.run(s, IntakeStepTest.checkoff("checkoff.csv", list), LocalDate.parse("2026-11-04")), "2026-11-04");
        run.ballots(BALLOTS);
        assertThatThrownBy(() -> run.tally("2026-11-05")).isInstanceOf(InputException.class)
                .hasMessageContaining("member 9 is checked off but is not an eligible voter");
    }

    @Test
    void intakeOfFindsTheLastIntakeNamingTheFileAsABallotFile() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.ballots("b2.csv", "rank1\nBen Plain\n", LocalDate.parse("2026-11-05"));
        ElectionState s = run.state();
        assertThat(TallyStep.intakeOf(s, "b1.csv")).get().extracting(AuditRecord::seq).isEqualTo(2);
        assertThat(TallyStep.intakeOf(s, "b2.csv")).get().extracting(AuditRecord::seq).isEqualTo(3);
        assertThat(TallyStep.intakeOf(s, "roster.yaml")).isEmpty();
        assertThat(TallyStep.intakeOf(s, "none.csv")).isEmpty();
    }

    // A lot drawn in public (29 CFR 452.107 lets candidates observe): recorded once, with its witnesses.
    @Test
    void aLotDrawnInPublicBecomesTheTieRuleAndIsRecordedOnce() {
        ElectionRun run = ElectionRun.created().ballots(TIE);
        run.tally("2026-11-05");
        ElectionState s = run.state();
        StepOutcome o = DrawStep.run(s, "12345", List.of(" Ann Observer ", " ", "Bo Witness"), LocalDate.parse("2026-11-06"));
        assertThat(o.election().count().tieBreak()).containsEntry("mode", "lot").containsEntry("seed", "12345");
        assertThat(o.election().status().lot()).contains(new ElectionStatus.Lot("12345", List.of("Ann Observer", "Bo Witness"),
                LocalDate.parse("2026-11-06")));
        assertThat(o.election().stage()).isEqualTo(Stage.VOTING);
        assertThat(o.record().orElseThrow().command()).isEqualTo("election draw");
        assertThat(o.record().orElseThrow().result()).isEqualTo(Map.of("seed", "12345", "witnesses", List.of("Ann Observer",
                "Bo Witness"), "drawn_on", "2026-11-06"));
        assertThat(o.notes()).containsExactly("Recorded the lot drawn on 2026-11-06: seed 12345, witnessed by Ann Observer, Bo Witness; "
                + "ties are now decided by this seed");
        run.commit(s, o, "2026-11-06");
        assertThat(refused(() -> DrawStep.run(run.state(), "999", List.of("C"), LocalDate.parse("2026-11-07")))).containsExactly(
                "refusing to draw: a lot was already drawn on 2026-11-06 (seed 12345, witnesses Ann Observer, Bo Witness); it stands");
        TallyStep.Tallied again = run.tally("2026-11-06");
        assertThat(again.outcome().election().stage()).isEqualTo(Stage.COUNTED);
        assertThat(again.counted().seed()).isEqualTo("12345");
        assertThat(again.counted().lots()).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "12a", "-5", "1234567890123456789"})
    void aSeedIsAWholeNumberOfUpTo18Digits(String seed) {
        ElectionRun run = ElectionRun.created();
        assertThat(refused(() -> DrawStep.run(run.state(), seed, List.of("W"), LocalDate.parse("2026-11-06"))))
                .containsExactly("the seed should be a whole number of up to 18 digits, as drawn");
    }

    @Test
    void eighteenDigitsAreASeed() {
        ElectionRun run = ElectionRun.created();
        assertThat(DrawStep.run(run.state(), "123456789012345678", List.of("W"), LocalDate.parse("2026-11-06")).record()).isPresent();
    }

    @Test
    void aDrawNeedsAWitness() {
        ElectionRun run = ElectionRun.created();
        assertThat(refused(() -> DrawStep.run(run.state(), "7", List.of(" ", ""), LocalDate.parse("2026-11-06"))))
                .containsExactly("name at least one witness of the drawing (--witness NAME)");
    }

    @Test
    void noLotIsDrawnForACertifiedElectionOrOverATamperedLog() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.tally("2026-11-05");
        run.certify("2026-11-06");
        assertThat(refused(() -> DrawStep.run(run.state(), "7", List.of("W"), LocalDate.parse("2026-11-07")))).containsExactly(
                "refusing to draw: the election is certified; reopen it before drawing a lot");
        ElectionRun tampered = ElectionRun.created();
        tampered.logExists = false;
        tampered.log = "";
        assertThat(refused(() -> DrawStep.run(tampered.state(), "7", List.of("W"), LocalDate.parse("2026-11-07")))).containsExactly(
                "refusing to draw: audit.jsonl: the audit log is missing; the election file records 1 record(s)");
    }

    @Test
    void aReopenedElectionMayDrawAgainOnTheRecord() {
        ElectionRun run = ElectionRun.created().ballots(TIE);
        run.tally("2026-11-05");
        ElectionState s = run.state();
        run.commit(s, DrawStep.run(s, "1", List.of("W"), LocalDate.parse("2026-11-06")), "2026-11-06");
        run.tally("2026-11-06");
        s = run.state();
        run.commit(s, ReopenStep.run(s, "the lot was drawn without the candidates", "2026-11-07"), "2026-11-07");
        StepOutcome again = DrawStep.run(run.state(), "2", List.of("V"), LocalDate.parse("2026-11-08"));
        assertThat(again.election().status().lot()).get().extracting(ElectionStatus.Lot::seed).isEqualTo("2");
    }

    @Test
    void aTallyOfAReopenedElectionThatStopsAtATieStaysReopened() {
        ElectionRun run = ElectionRun.created().ballots(BALLOTS);
        run.tally("2026-11-05");
        ElectionState s = run.state();
        run.commit(s, ReopenStep.run(s, "recount", "2026-11-06"), "2026-11-06");
        Election e = run.election();
        run.put("b1.csv", TIE);
        // The changed file is caught against its intake; taken in again under a new name it is counted.
        run.electionFile = ElectionYaml.toYaml(e.withIntake(List.of(), e.challenged(), e.spoiled(), Optional.empty()))
                .getBytes(StandardCharsets.UTF_8);
        run.ballots("b2.csv", TIE, LocalDate.parse("2026-11-05"));
        StepOutcome o = run.tally("2026-11-06").outcome();
        assertThat(o.election().stage()).isEqualTo(Stage.REOPENED);
    }
}
