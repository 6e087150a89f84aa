package lmp.count;

import java.util.List;
import java.util.Objects;
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
 */
public record CountConfig(Method method, int seats, Overvote overvote, OptionalInt skippedRanks,
                          Duplicate duplicate, List<String> withdrawn, boolean writeIns,
                          OptionalInt maxRankings, TieBreakMode tieBreak, Optional<String> seed) {

    /** A rank holding several candidates (an overvote, or an equal ranking in BLT). */
    public enum Overvote {
        /** The ballot stops counting when it reaches the overvoted rank (RCTab "exhaust immediately"). */
        EXHAUST,
        /** The overvoted rank is passed over as if it were blank (RCTab "always skip to next rank"). */
        SKIP
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
        if (seats < 1) throw new IllegalArgumentException("seats must be at least 1");
    }

    /** The documented defaults: exhaust on overvote, unlimited skipped ranks, skip duplicates, lot. */
    public static CountConfig defaults(Method method, int seats) {
        return new CountConfig(method, seats, Overvote.EXHAUST, OptionalInt.empty(), Duplicate.SKIP, List.of(), false,
                OptionalInt.empty(), TieBreakMode.LOT, Optional.empty());
    }

    public CountConfig withMethod(Method m) {
        return new CountConfig(m, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed);
    }

    public CountConfig withSeats(int n) {
        return new CountConfig(method, n, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, seed);
    }

    public CountConfig withWithdrawn(List<String> names) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, names, writeIns, maxRankings, tieBreak, seed);
    }

    public CountConfig withTieBreak(TieBreakMode mode) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, mode, seed);
    }

    public CountConfig withSeed(Optional<String> s) {
        return new CountConfig(method, seats, overvote, skippedRanks, duplicate, withdrawn, writeIns, maxRankings, tieBreak, s);
    }
}
