package lmp.count;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every option that changes a count, in one place (as RCTab does), echoed into the result so that
 * a count can be reproduced from its report alone.
 *
 * @param method        the counting rule
 * @param seats         number of candidates to elect
 * @param overvote      what a rank holding several candidates does to a ranked ballot
 * @param skippedRanks  how many consecutive empty ranks a ballot may skip and still continue
 *                      (empty = unlimited)
 * @param duplicate     what a second ranking of the same candidate does
 * @param withdrawn     candidates withdrawn before the count; their rankings are passed over
 * @param writeIns      whether names that are not declared candidates count as write-in candidates
 * @param maxRankings   ranks read from each ballot (empty = all)
 * @param tieBreak      what happens when earlier rounds do not separate tied candidates
 * @param seed          the seed of the lot; empty means "derive it from the ballot files"
 * @param threshold     bottoms-up only: the percentage of the continuing votes every remaining
 *                      candidate must hold for the count to end (empty = count down to the seats)
 * @param tieResults    ties already settled by a drawing held outside the count (round number ->
 *                      the candidates the drawings chose, for the first, second ... tie of that round);
 *                      a tie not separated by earlier rounds takes this result instead of the tie-break mode
 */
public record CountConfig(Method method, int seats, Overvote overvote, OptionalInt skippedRanks,
                          Duplicate duplicate, List<String> withdrawn, boolean writeIns,
                          OptionalInt maxRankings, TieBreakMode tieBreak, Optional<String> seed,
                          Optional<BigDecimal> threshold, Map<Integer, List<String>> tieResults) {

    /** A rank holding several candidates (an overvote, or an equal ranking in BLT). */
    public enum Overvote {
        /** The ballot stops counting when it reaches the overvoted rank (RCTab "exhaust immediately"). */
        EXHAUST,
        /** The overvoted rank is passed over as if it were blank (RCTab "always skip to next rank"). */
        SKIP,
        /**
         * The ballot stops counting at the overvoted rank only when two or more of the candidates
         * marked there are still continuing; with one continuing it counts for that one, with none
         * the rank is passed over (RCTab "exhaust if multiple continuing"). Depends on the state of
         * the count, so it is applied as the count goes, by the instant-runoff family of methods.
         */
        EXHAUST_IF_MULTIPLE_CONTINUING
    }

    /** A candidate ranked more than once on the same ballot. */
    public enum Duplicate {
        /** Later rankings of the same candidate are passed over. */
        SKIP,
        /** The ballot stops counting at the repeated ranking. */
        EXHAUST
    }

    /** How a tie not separated by earlier rounds is resolved. */
    public enum TieBreakMode {
        /** Draw a lot with the reproducible generator of {@link TieBreak}. */
        LOT,
        /** Stop the count and report the tie (exit code 3). */
        STOP,
        /**
         * Take the candidate that comes first in the ballot order (or the BLT {@code [tie]} order).
         * This is how Droop and OpenSTV break ties; offered to reproduce their reference counts.
         */
        ORDER
    }

    public CountConfig {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(overvote, "overvote");
        Objects.requireNonNull(skippedRanks, "skippedRanks");
        Objects.requireNonNull(duplicate, "duplicate");
        withdrawn = List.copyOf(withdrawn);
        Objects.requireNonNull(maxRankings, "maxRankings");
        Objects.requireNonNull(tieBreak, "tieBreak");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(threshold, "threshold");
        TreeMap<Integer, List<String>> drawn = new TreeMap<>();
        tieResults.forEach((round, names) -> drawn.put(round, List.copyOf(names)));
        tieResults = Collections.unmodifiableMap(drawn);
        if (seats < 1) throw new IllegalArgumentException("seats must be at least 1");
    }

    /** A configuration without a bottoms-up threshold or drawn tie results. */
    public CountConfig(Method method, int seats, Overvote overvote, OptionalInt skippedRanks, Duplicate duplicate,
                       List<String> withdrawn, boolean writeIns, OptionalInt maxRankings, TieBreakMode tieBreak,
                       Optional<String> seed) {
        this(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed,
                Optional.empty(), Map.of());
    }

    /** The documented defaults: exhaust on overvote, unlimited skipped ranks, skip duplicates, lot. */
    public static CountConfig defaults(Method method, int seats) {
        return new CountConfig(method, seats, Overvote.EXHAUST, OptionalInt.empty(), Duplicate.SKIP, List.of(), false,
                OptionalInt.empty(), TieBreakMode.LOT, Optional.empty());
    }

    public CountConfig withMethod(Method m) {
        return new CountConfig(m, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed, threshold, tieResults);
    }

    public CountConfig withSeats(int n) {
        return new CountConfig(method, n, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed, threshold, tieResults);
    }

    public CountConfig withWithdrawn(List<String> names) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, names, writeIns, maxRankings, tieBreak, seed, threshold, tieResults);
    }

    public CountConfig withTieBreak(TieBreakMode mode) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, mode, seed, threshold, tieResults);
    }

    public CountConfig withSeed(Optional<String> s) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, s, threshold, tieResults);
    }

    public CountConfig withThreshold(Optional<BigDecimal> percent) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed,
                percent, tieResults);
    }

    /**
     * The results of drawings held outside the count (round -> candidates chosen, in the order of that round's ties), for example by
     * {@code lmp election draw} or {@code --tie-result}: the count continues past those ties.
     */
    public CountConfig withTieResults(Map<Integer, List<String>> results) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed,
                threshold, results);
    }
}
