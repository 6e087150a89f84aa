package lmp.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Instant-runoff voting for one seat, as in RCTab's common rules (and the ranked-choice statutes
 * it is certified for):
 * <ol>
 *   <li>Each round, every ballot counts for its highest-ranked continuing candidate; a ballot with no
 *       continuing candidate left is exhausted and leaves the count.</li>
 *   <li>A candidate with more than half of the votes of continuing ballots is elected
 *       ({@link #majority}), and the count ends.</li>
 *   <li>Otherwise the continuing candidate with the fewest votes is eliminated
 *       ({@link #eliminateLowest}); ties go to earlier rounds, most recent first, then to the lot.</li>
 *   <li>When only one candidate continues, that candidate is elected.</li>
 * </ol>
 * Ballot rules (overvotes, skipped ranks, duplicates, withdrawn candidates) were applied before the
 * count by {@link BallotRules}; votes are whole numbers.
 */
public final class InstantRunoff implements CountMethod {

    @Override
    public void count(Preferences p, int seats, TieBreak ties, RoundLog log) {
        int n = p.candidateCount();
        boolean[] continuing = new boolean[n];
        int left = 0;
        for (int c = 0; c < n; c++) {
            continuing[c] = !p.withdrawn()[c];
            if (continuing[c]) left++;
        }
        int[][] groups = p.groups();
        long[] weights = p.weights();
        int[] position = new int[groups.length];
        while (true) {
            long[] votes = new long[n];
            long exhausted = 0;
            for (int g = 0; g < groups.length; g++) {
                int[] prefs = groups[g];
                int i = position[g];
                while (i < prefs.length && !continuing[prefs[i]]) i++;
                position[g] = i;
                if (i == prefs.length) exhausted += weights[g];
                else votes[prefs[i]] += weights[g];
            }
            long total = 0;
            for (int c = 0; c < n; c++) if (continuing[c]) total += votes[c];
            long threshold = total / 2 + 1;
            int winner = majority(votes, continuing, total);
            if (winner < 0 && left == 1) {
                for (int c = 0; c < n; c++) if (continuing[c]) winner = c;
            }
            if (winner >= 0) {
                log.add("elect " + p.candidates().get(winner) + " (majority of continuing ballots)", votes, exhausted,
                        0, List.of(winner), List.of(), threshold);
                return;
            }
            int round = log.next();
            int lowest;
            try {
                lowest = eliminateLowest(votes, continuing, round, ties, log.history());
            } catch (TieBreak.Stopped stopped) {
                log.add("stopped: tie for elimination", votes, exhausted, 0, List.of(), List.of(), threshold);
                throw stopped;
            }
            continuing[lowest] = false;
            left--;
            log.add("eliminate " + p.candidates().get(lowest), votes, exhausted, 0, List.of(), List.of(lowest),
                    threshold);
        }
    }

    /** A continuing candidate with more than half of the continuing votes, or -1. */
    static int majority(long[] votes, boolean[] continuing, long total) {
        for (int c = 0; c < votes.length; c++) {
            if (continuing[c] && votes[c] * 2 > total) return c;
        }
        return -1;
    }

    static int eliminateLowest(long[] votes, boolean[] continuing, int round, TieBreak ties, List<long[]> history) {
        long low = Long.MAX_VALUE;
        for (int c = 0; c < votes.length; c++) if (continuing[c]) low = Math.min(low, votes[c]);
        List<Integer> tied = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) if (continuing[c] && votes[c] == low) tied.add(c);
        if (tied.size() == 1) return tied.get(0);
        return ties.choose(round, "eliminate", tied.stream().mapToInt(Integer::intValue).toArray(), history,
                TieBreak.Pick.LOWEST);
    }
}
