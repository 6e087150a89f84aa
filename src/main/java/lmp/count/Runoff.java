package lmp.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rounds shared by instant-runoff and the methods built from it (sequential IRV, bottoms-up):
 * each round every ballot counts for its highest-ranked continuing candidate, or is exhausted; the
 * lowest can be eliminated, ties going to earlier rounds of the same pass, then to the tie-break.
 * An overvoted rank kept for the rule {@code exhaust-if-multiple-continuing} is settled in each round
 * with the candidates then continuing ({@link Preferences#settle}); once it exhausts a ballot, the
 * ballot stays exhausted for the rest of the pass, as in RCTab.
 */
final class Runoff {
    private final Preferences p;
    private final TieBreak ties;
    private final RoundLog log;
    private final String prefix;
    final boolean[] continuing;
    private final int[] position;
    int left;
    long[] votes;
    long exhausted;
    /** Votes of continuing ballots in the last round tallied. */
    long total;

    /** A pass over the ballots with the given candidates continuing; {@code prefix} starts every action. */
    Runoff(Preferences p, boolean[] continuing, TieBreak ties, RoundLog log, String prefix) {
        this.p = p;
        this.ties = ties;
        this.log = log;
        this.prefix = prefix;
        this.continuing = continuing.clone();
        this.position = new int[p.groups().length];
        for (boolean c : continuing) if (c) left++;
    }

    /** Counts every ballot for its highest-ranked continuing candidate. */
    void tally() {
        int[][] groups = p.groups();
        long[] weights = p.weights();
        boolean[] on = continuing;
        long[] v = new long[on.length];
        long out = 0;
        for (int g = 0; g < groups.length; g++) {
            int[] prefs = groups[g];
            int i = position[g];
            int got = -1;
            while (i < prefs.length) {
                int e = prefs[i];
                if (e >= 0) {
                    if (on[e]) {
                        got = e;
                        break;
                    }
                    i++;
                    continue;
                }
                int s = p.settle(e, on);
                if (s >= 0) {
                    got = s;
                    break;
                }
                if (s == Preferences.EXHAUSTS) i = prefs.length;
                else i++;
            }
            position[g] = i;
            if (got < 0) out += weights[g];
            else v[got] += weights[g];
        }
        long t = 0;
        for (int c = 0; c < v.length; c++) if (on[c]) t += v[c];
        votes = v;
        exhausted = out;
        total = t;
    }

    /** floor(continuing votes / 2) + 1: the votes a majority of the continuing ballots needs. */
    long majorityThreshold() {
        return total / 2 + 1;
    }

    /** A continuing candidate with more than half of the continuing votes, or -1. */
    int majority() {
        for (int c = 0; c < votes.length; c++) {
            if (continuing[c] && votes[c] * 2 > total) return c;
        }
        return -1;
    }

    /** The only continuing candidate, or -1. */
    int last() {
        if (left != 1) return -1;
        for (int c = 0; c < continuing.length; c++) if (continuing[c]) return c;
        return -1;
    }

    /** Continuing candidates, most votes first (ballot order among equals). */
    List<Integer> continuingByVotes() {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < continuing.length; c++) if (continuing[c]) out.add(c);
        out.sort(Comparator.comparingLong((Integer c) -> -votes[c]).thenComparingInt(c -> c));
        return out;
    }

    /**
     * Eliminates the continuing candidate with the fewest votes (ties: earlier rounds of this pass,
     * then the tie-break) and records the round with {@code threshold} (-1 for none).
     */
    void eliminateLowest(long threshold) {
        int lowest;
        try {
            lowest = lowest();
        } catch (TieBreak.Stopped stopped) {
            log.add(prefix + "stopped: tie for elimination", votes, exhausted, 0, List.of(), List.of(), threshold);
            throw stopped;
        }
        continuing[lowest] = false;
        left--;
        log.add(prefix + "eliminate " + p.candidates().get(lowest), votes, exhausted, 0, List.of(), List.of(lowest), threshold);
    }

    private int lowest() {
        long low = Long.MAX_VALUE;
        for (int c = 0; c < votes.length; c++) if (continuing[c]) low = Math.min(low, votes[c]);
        List<Integer> tied = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) if (continuing[c] && votes[c] == low) tied.add(c);
        if (tied.size() == 1) return tied.get(0);
        return ties.choose(log.next(), "eliminate", tied.stream().mapToInt(Integer::intValue).toArray(), log.passHistory(),
                log.passFirstRound(), TieBreak.Pick.LOWEST);
    }

    /** Records the round in which {@code winners} are elected, for the reason given. */
    void elect(List<Integer> winners, String why, long threshold) {
        for (int w : winners) {
            continuing[w] = false;
            left--;
        }
        log.add(prefix + "elect " + String.join(", ", log.names(winners)) + " " + why, votes, exhausted, 0, winners, List.of(),
                threshold);
    }

    /**
     * Rounds until one candidate holds a majority of the continuing ballots or is the last one
     * continuing; returns that candidate, or -1 when no candidate continues at all.
     */
    int untilMajority() {
        if (left == 0) return -1;
        while (true) {
            tally();
            long threshold = majorityThreshold();
            int winner = last();
            if (winner >= 0) {
                elect(List.of(winner), "as the last continuing candidate", threshold);
                return winner;
            }
            winner = majority();
            if (winner >= 0) {
                elect(List.of(winner), "(majority of continuing ballots)", threshold);
                return winner;
            }
            eliminateLowest(threshold);
        }
    }
}
