package lmp.count;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a count, with everything needed to check or repeat it: the configuration used,
 * the seed of any lot, ballot counts by status, every round and every tie. When the count stopped
 * at a tie ({@code --tie stop}), {@code stoppedAt} holds it and {@code winners} those elected so far.
 */
public record Result(CountConfig config, List<String> candidates, List<String> withdrawn, List<String> winners,
                     List<Round> rounds, Optional<BigDecimal> quota, BallotCounts ballots, List<Tie> ties,
                     String seed, Optional<Tie> stoppedAt) {
    public Result {
        candidates = List.copyOf(candidates);
        withdrawn = List.copyOf(withdrawn);
        winners = List.copyOf(winners);
        rounds = List.copyOf(rounds);
        ties = List.copyOf(ties);
    }

    public boolean complete() {
        return stoppedAt.isEmpty();
    }
}
