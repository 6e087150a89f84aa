package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every ballot accounted for (29 CFR 452.106, .108): as many ballots as voters is in balance, one more is not. */
class BallotAccountingTest {
    private static BallotAccounting of(int eligible, Optional<Integer> checkedOff, long counted) {
        return new BallotAccounting(eligible, checkedOff, checkedOff, 0, 0, 0, counted, 0, 0);
    }

    @Test
    void asManyBallotsAsVotersCheckedOffAndEligibleIsInBalance() {
        assertThat(of(4, Optional.of(3), 3).imbalances()).isEmpty();
        assertThat(of(3, Optional.empty(), 3).imbalances()).isEmpty();
    }

    @Test
    void oneBallotMoreThanVotersIsAnImbalance() {
        assertThat(of(4, Optional.of(3), 4).imbalances()).containsExactly("4 ballots counted but only 3 voters checked off or "
                + "admitted after a challenge; find the extra ballots before certifying");
        assertThat(of(3, Optional.empty(), 4).imbalances()).containsExactly("4 ballots counted but only 3 eligible voters");
        assertThat(of(3, Optional.empty(), 4).warnings()).containsExactly("4 ballots counted but only 3 eligible voters",
                "no check-off list recorded ('lmp election intake --checkoff FILE'), so ballots cannot be reconciled with voters");
    }

    @Test
    void turnoutHasOneDecimalRoundedHalfUp() {
        assertThat(of(3, Optional.empty(), 2).turnout()).isEqualTo("66.7%");
        assertThat(of(8, Optional.empty(), 1).turnout()).isEqualTo("12.5%");
        assertThat(of(0, Optional.empty(), 0).turnout()).isEqualTo("-");
    }
}
