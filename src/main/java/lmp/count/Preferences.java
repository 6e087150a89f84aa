package lmp.count;

import java.util.List;

/**
 * The ballots as the counting rule sees them, after {@link BallotRules}: for ranked methods each
 * group is the candidates the ballot can pass to, in order (overvotes, skipped ranks, duplicates,
 * withdrawn candidates and the ranking limit already applied); for plurality and approval each group
 * is the set of candidates marked. Identical groups are merged.
 *
 * <p>Under the overvote rule {@code exhaust-if-multiple-continuing} an overvoted rank cannot be
 * settled before the count: it is kept in the group as a negative entry {@code -(k + 1)} standing for
 * the candidates {@code sets[k]}, and the count decides it round by round ({@link #settle}).
 */
public record Preferences(List<String> candidates, boolean[] withdrawn, int[][] groups, long[] weights,
                          BallotCounts counts, List<String> tieOrder, int[][] sets) {
    public Preferences {
        candidates = List.copyOf(candidates);
        tieOrder = List.copyOf(tieOrder);
    }

    public int candidateCount() {
        return candidates.size();
    }

    /** Settled ballots only (no overvoted rank left to decide). */
    public Preferences(List<String> candidates, boolean[] withdrawn, int[][] groups, long[] weights, BallotCounts counts,
                       List<String> tieOrder) {
        this(candidates, withdrawn, groups, weights, counts, tieOrder, new int[0][]);
    }

    /** Sentinel returned by {@link #settle} when the entry exhausts the ballot. */
    public static final int EXHAUSTS = -1;
    /** Sentinel returned by {@link #settle} when the entry is passed over. */
    public static final int PASS = -2;

    /**
     * What the entry at a ballot position means with the given continuing candidates: the candidate
     * the ballot counts for, {@link #PASS} (no continuing candidate there) or {@link #EXHAUSTS} (an
     * overvoted rank with two or more continuing candidates).
     */
    public int settle(int entry, boolean[] continuing) {
        if (entry >= 0) return continuing[entry] ? entry : PASS;
        int only = PASS;
        for (int c : sets[-entry - 1]) {
            if (!continuing[c]) continue;
            if (only >= 0) return EXHAUSTS;
            only = c;
        }
        return only;
    }

    /** Candidates that take part in the count (not withdrawn). */
    public int standing() {
        int n = 0;
        for (boolean w : withdrawn) if (!w) n++;
        return n;
    }
}
