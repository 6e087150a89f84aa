package lmp.count;

import java.util.List;

/**
 * The ballots as the counting rule sees them, after {@link BallotRules}: for ranked methods each
 * group is the candidates the ballot can pass to, in order (overvotes, skipped ranks, duplicates,
 * withdrawn candidates and the ranking limit already applied); for plurality and approval each group
 * is the set of candidates marked. Identical groups are merged.
 */
public record Preferences(List<String> candidates, boolean[] withdrawn, int[][] groups, long[] weights,
                          BallotCounts counts, List<String> tieOrder) {
    public Preferences {
        candidates = List.copyOf(candidates);
        tieOrder = List.copyOf(tieOrder);
    }

    public int candidateCount() {
        return candidates.size();
    }

    /** Candidates that take part in the count (not withdrawn). */
    public int standing() {
        int n = 0;
        for (boolean w : withdrawn) if (!w) n++;
        return n;
    }
}
