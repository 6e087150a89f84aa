package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import lmp.election.Lifecycle.Step;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void intakeIsAllowedUntilTheCountAndRefusedAfterIt() {
        assertThat(Lifecycle.refusal(Stage.DRAFT, Step.INTAKE)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.VOTING, Step.INTAKE)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.REOPENED, Step.INTAKE)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.COUNTED, Step.INTAKE)).get().asString().contains("counted", "reopen");
        assertThat(Lifecycle.refusal(Stage.CERTIFIED, Step.INTAKE)).get().asString().contains("certified", "reopen");
    }

    @Test
    void certificationFollowsOnlyACompleteCountAndNeverTwice() {
        assertThat(Lifecycle.refusal(Stage.COUNTED, Step.CERTIFY)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.VOTING, Step.CERTIFY)).get().asString().contains("not counted");
        assertThat(Lifecycle.refusal(Stage.REOPENED, Step.CERTIFY)).isPresent();
        assertThat(Lifecycle.refusal(Stage.CERTIFIED, Step.CERTIFY)).get().asString().contains("already certified", "--force");
    }

    @Test
    void reopeningIsTheOneWayBackFromACountOrACertification() {
        assertThat(Lifecycle.refusal(Stage.COUNTED, Step.REOPEN)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.CERTIFIED, Step.REOPEN)).isEmpty();
        assertThat(Lifecycle.refusal(Stage.VOTING, Step.REOPEN)).isPresent();
        assertThat(Lifecycle.after(Stage.CERTIFIED, Step.REOPEN, true)).isEqualTo(Stage.REOPENED);
    }

    @Test
    void aCountStoppedAtATieLeavesTheElectionWhereItWas() {
        assertThat(Lifecycle.after(Stage.VOTING, Step.TALLY, false)).isEqualTo(Stage.VOTING);
        assertThat(Lifecycle.after(Stage.REOPENED, Step.TALLY, false)).isEqualTo(Stage.REOPENED);
        assertThat(Lifecycle.after(Stage.VOTING, Step.TALLY, true)).isEqualTo(Stage.COUNTED);
        assertThat(Lifecycle.after(Stage.DRAFT, Step.INTAKE, true)).isEqualTo(Stage.VOTING);
        assertThat(Lifecycle.refusal(Stage.DRAFT, Step.TALLY)).isPresent();
        assertThat(Lifecycle.refusal(Stage.CERTIFIED, Step.TALLY)).isPresent();
        assertThat(Lifecycle.refusal(Stage.CERTIFIED, Step.DRAW)).isPresent();
    }
}
