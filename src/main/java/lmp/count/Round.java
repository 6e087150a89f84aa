package lmp.count;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One round (stage) of a count: what was done, the votes of every candidate at its end (in ballot
 * order), the change from the previous round, who was elected or eliminated in it, the ballots
 * exhausted so far and the value lost to rounding so far. {@code threshold} is the quota (STV) or
 * the majority needed (IRV) in this round. {@code pass} is the pass of a sequential count (the seat
 * being filled); 1 for every other method. Rounds are numbered 1, 2, ... across the whole count.
 */
public record Round(int round, int pass, String action, Map<String, BigDecimal> tallies, Map<String, BigDecimal> transfers,
                    List<String> elected, List<String> eliminated, BigDecimal exhausted, BigDecimal roundingLoss,
                    Optional<BigDecimal> threshold) {
    public Round {
        tallies = Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
        transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
        elected = List.copyOf(elected);
        eliminated = List.copyOf(eliminated);
    }
}
