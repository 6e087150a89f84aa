package lmp.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Meek STV as the Proportional Representation Foundation's reference rule ("Reference Meek Rule",
 * prfound.org, after Hill, Wichmann and Woodall, Algorithm 123, Computer Journal 1987), with
 * omega = 10^-6 and fixed-point arithmetic of 9 decimal places. Each candidate has a keep factor
 * kf: 1 while hopeful, 0 once defeated, and between for the elected. The steps:
 * <ol>
 *   <li><b>B.1 Test count complete</b> ({@link #countComplete}): stop when all seats are filled or the
 *       hopeful and elected candidates are no more than the seats.</li>
 *   <li><b>B.2.a Distribute votes</b> ({@link #distributeVotes}): each ballot starts with weight 1; each
 *       candidate in order of preference keeps weight x kf, rounded up to 9 places, and the rest passes
 *       on. Weight left over is excess (exhausted).</li>
 *   <li><b>B.2.b Update quota</b> ({@link #updateQuota}): (sum of votes) / (seats + 1), truncated to 9
 *       places, plus 10^-9.</li>
 *   <li><b>B.2.c Find winners</b>: elect every hopeful candidate whose votes reach the quota; if any was
 *       elected, go back to B.1.</li>
 *   <li><b>B.2.d-e Surplus and convergence</b>: total surplus = sum over elected of (votes - quota), at
 *       least 0. The iteration ends when the surplus is below omega or (after the first iteration) has
 *       not fallen since the previous iteration.</li>
 *   <li><b>B.2.f Update keep factors</b> ({@link #updateKeepFactors}): kf = kf x quota (rounded up) /
 *       votes (rounded up).</li>
 *   <li><b>B.3 Defeat low candidate</b> ({@link #defeatLowest}): defeat the hopeful candidate with the
 *       fewest votes, set kf = 0, go back to B.1. Every hopeful whose votes are within the total surplus
 *       of the lowest counts as tied with it (more iterations could reorder them). Because such ties
 *       are approximate, the reference rule's procedure T does not look at earlier rounds: the tie goes
 *       straight to the tie-break mode (lot, order or stop). Comparing earlier rounds would defeat a
 *       different candidate than the reference count of M135.</li>
 *   <li><b>C. Finish</b>: elect any remaining hopeful candidates if seats remain, else defeat them.</li>
 * </ol>
 * Votes of identical ballots are computed once per ballot and multiplied by their number, which is
 * the same as counting them one by one.
 */
public final class MeekStv implements CountMethod {
    public static final int DECIMALS = 9;
    private static final FixedPoint FP = FixedPoint.of(DECIMALS);
    /** omega = 10^-6, the convergence tolerance of the reference rule. */
    static final long OMEGA = FP.one() / 1_000_000;

    private enum State { HOPEFUL, ELECTED, DEFEATED, WITHDRAWN }

    private Preferences p;
    private int seats;
    private State[] state;
    private long[] keep;
    private long[] votes;
    private long excess;
    private long quota;
    private long surplus;
    private int elected;

    @Override
    public void count(Preferences prefs, int seatCount, TieBreak ties, RoundLog log) {
        p = prefs;
        seats = seatCount;
        int n = p.candidateCount();
        state = new State[n];
        keep = new long[n];
        votes = new long[n];
        for (int c = 0; c < n; c++) {
            state[c] = p.withdrawn()[c] ? State.WITHDRAWN : State.HOPEFUL;
            keep[c] = state[c] == State.HOPEFUL ? FP.one() : 0;
        }
        distributeVotes();
        updateQuota();
        log.quota(quota);
        log.add("first preferences", votes, excess, 0, List.of(), List.of(), quota);
        while (!countComplete()) {
            List<Integer> winners = iterate();
            log.quota(quota);
            if (!winners.isEmpty()) {
                log.add("elect " + String.join(", ", log.names(winners)), votes, excess, 0, winners, List.of(), quota);
                continue;
            }
            int c;
            try {
                c = defeatLowest(ties, log);
            } catch (TieBreak.Stopped stopped) {
                log.add("stopped: tie for defeat", votes, excess, 0, List.of(), List.of(), quota);
                throw stopped;
            }
            log.add("defeat " + p.candidates().get(c), votes, excess, 0, List.of(), List.of(c), quota);
        }
        finish(log);
    }

    /** B.1 */
    private boolean countComplete() {
        int hopeful = 0;
        for (State s : state) if (s == State.HOPEFUL) hopeful++;
        return elected == seats || elected + hopeful <= seats;
    }

    /** B.2: iterates until candidates are elected (returned) or the surplus has converged (empty). */
    private List<Integer> iterate() {
        long lastSurplus = Long.MAX_VALUE;
        while (true) {
            distributeVotes();
            updateQuota();
            List<Integer> winners = new ArrayList<>();
            for (int c = 0; c < votes.length; c++) {
                if (state[c] == State.HOPEFUL && votes[c] >= quota) winners.add(c);
            }
            if (!winners.isEmpty()) {
                winners.sort(Comparator.comparingLong((Integer c) -> -votes[c]).thenComparingInt(c -> c));
                for (int c : winners) {
                    state[c] = State.ELECTED;
                    elected++;
                }
                return winners;
            }
            surplus = 0;
            for (int c = 0; c < votes.length; c++) if (state[c] == State.ELECTED) surplus += votes[c] - quota;
            surplus = Math.max(0, surplus);
            if (surplus < OMEGA || surplus >= lastSurplus) return List.of();
            lastSurplus = surplus;
            updateKeepFactors();
        }
    }

    /** B.2.a */
    private void distributeVotes() {
        java.util.Arrays.fill(votes, 0);
        long left = 0;
        int[][] groups = p.groups();
        long[] weights = p.weights();
        long one = FP.one();
        for (int g = 0; g < groups.length; g++) {
            long w = one;
            for (int c : groups[g]) {
                long kf = keep[c];
                if (kf == 0) continue;
                long kept = kf == one ? w : FP.mulUp(w, kf);
                votes[c] += Math.multiplyExact(kept, weights[g]);
                w -= kept;
                if (w == 0) break;
            }
            left += Math.multiplyExact(w, weights[g]);
        }
        excess = left;
    }

    /** B.2.b */
    private void updateQuota() {
        long total = 0;
        for (long v : votes) total += v;
        quota = total / (seats + 1) + 1;
    }

    /** B.2.f */
    private void updateKeepFactors() {
        for (int c = 0; c < keep.length; c++) {
            if (state[c] == State.ELECTED) keep[c] = FP.divUp(FP.mulUp(keep[c], quota), votes[c]);
        }
    }

    /** B.3 */
    private int defeatLowest(TieBreak ties, RoundLog log) {
        long low = Long.MAX_VALUE;
        for (int c = 0; c < votes.length; c++) if (state[c] == State.HOPEFUL) low = Math.min(low, votes[c]);
        List<Integer> tied = new ArrayList<>();
        // The reference rule treats every candidate within the total surplus of the lowest as tied
        // with it: further iteration could still move their votes by up to that much.
        for (int c = 0; c < votes.length; c++) {
            if (state[c] == State.HOPEFUL && votes[c] <= low + surplus) tied.add(c);
        }
        int c = tied.size() == 1 ? tied.get(0) : ties.choose(log.next(), "defeat",
                tied.stream().mapToInt(Integer::intValue).toArray(), List.of(), TieBreak.Pick.LOWEST);
        state[c] = State.DEFEATED;
        keep[c] = 0;
        return c;
    }

    /** C: elect the remaining hopefuls if seats remain, otherwise defeat them (no further transfer). */
    private void finish(RoundLog log) {
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) if (state[c] == State.HOPEFUL) rest.add(c);
        if (rest.isEmpty()) return;
        rest.sort(Comparator.comparingLong((Integer c) -> -votes[c]).thenComparingInt(c -> c));
        if (elected < seats) {
            for (int c : rest) state[c] = State.ELECTED;
            log.add("remaining candidates elected", votes, excess, 0, rest, List.of(), quota);
        } else {
            for (int c : rest) state[c] = State.DEFEATED;
            log.add("remaining candidates defeated", votes, excess, 0, List.of(), rest, quota);
        }
    }
}
