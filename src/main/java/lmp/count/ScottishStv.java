package lmp.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Single transferable vote under The Scottish Local Government Elections Order 2007 (SSI 2007/42),
 * Schedule 1, rules 45 to 52, the rule used for every Scottish council ward since May 2007. The
 * steps, in the order of the statute, each a method of this class:
 * <ol>
 *   <li><b>Rule 45, first stage</b> ({@link #rule45FirstStage}): sort the ballot papers by first
 *       preference and credit each candidate with one vote per paper.</li>
 *   <li><b>Rule 46, the quota</b> ({@link #rule46Quota}): the number of valid ballot papers divided by
 *       one more than the number of councillors to be elected, any fraction disregarded, plus one.</li>
 *   <li><b>Rule 47, return of councillors</b> ({@link #rule47ElectQuotaHolders}): a candidate whose
 *       votes equal or exceed the quota at any stage is elected.</li>
 *   <li><b>Rule 48, transfer of ballot papers</b> ({@link #rule48TransferSurplus}): while vacancies
 *       remain, all the papers of a candidate whose votes exceed the quota are transferred to the
 *       next continuing candidate preferred on each, at a transfer value of (surplus x value of the
 *       paper when received) / (candidate's total votes), "the calculation being made to five
 *       decimal places (any remainder being ignored)" (weighted inclusive Gregory method). Papers
 *       with no next preference are non-transferable. The candidate keeps the quota.</li>
 *   <li><b>Rule 49, supplementary provisions</b> ({@link #rule49LargestSurplus}): the largest surplus is
 *       transferred first; equal surpluses go by the votes at the most recent preceding stage at which
 *       the candidates differed, and if they never differed, by lot.</li>
 *   <li><b>Rule 50, exclusion of candidates</b> ({@link #rule50ExcludeLowest}): when no surplus remains
 *       to be transferred and vacancies remain, the candidate with the fewest votes is excluded and
 *       all of that candidate's papers are transferred at the value at which they were received.</li>
 *   <li><b>Rule 51, exclusion: supplementary provisions</b> ({@link #rule51LowestOfTied}): of candidates
 *       equal lowest, the one with fewest votes at the most recent preceding stage at which they
 *       differed is excluded; if they were equal at every stage, the one chosen by lot.</li>
 *   <li><b>Rule 52, filling of last vacancies</b> ({@link #rule52FillLastVacancies}): when the continuing
 *       candidates are no more than the vacancies remaining, they are all elected and no further
 *       transfer is made.</li>
 * </ol>
 * Arithmetic is fixed-point with 5 decimal places, truncating, as rule 48(3) requires. Value lost
 * by truncation is reported as the rounding loss of each stage. The implementation matches
 * Droop's {@code scotland} rule on the Glasgow 2007 ward elections (see the test suite).
 */
public final class ScottishStv implements CountMethod {
    public static final int DECIMALS = 5;
    private static final FixedPoint FP = FixedPoint.of(DECIMALS);

    private enum State { HOPEFUL, ELECTED, EXCLUDED, WITHDRAWN }

    /** Papers of one ballot group at one place in its preferences, each worth {@code value}. */
    private record Parcel(int group, int position, long value) {
    }

    private Preferences p;
    private int seats;
    private TieBreak ties;
    private RoundLog log;
    private State[] state;
    private List<List<Parcel>> papers;
    private long[] votes;
    private long quota;
    private long nonTransferable;
    private long loss;
    private int elected;
    private final List<Integer> pending = new ArrayList<>();

    @Override
    public void count(Preferences prefs, int seatCount, TieBreak tieBreak, RoundLog roundLog) {
        p = prefs;
        seats = seatCount;
        ties = tieBreak;
        log = roundLog;
        int n = p.candidateCount();
        state = new State[n];
        papers = new ArrayList<>();
        votes = new long[n];
        for (int c = 0; c < n; c++) {
            state[c] = p.withdrawn()[c] ? State.WITHDRAWN : State.HOPEFUL;
            papers.add(new ArrayList<>());
        }
        rule45FirstStage();
        quota = rule46Quota(p.counts().valid(), seats);
        log.quota(quota);
        record("first preferences", rule47ElectQuotaHolders(), List.of());
        while (elected < seats) {
            if (rule52FillLastVacancies()) return;
            List<Integer> withSurplus = pending.stream().filter(c -> votes[c] > quota).toList();
            if (!withSurplus.isEmpty()) {
                int c = rule49LargestSurplus(withSurplus);
                pending.remove(Integer.valueOf(c));
                rule48TransferSurplus(c);
                record("transfer surplus of " + p.candidates().get(c), rule47ElectQuotaHolders(), List.of());
            } else {
                pending.clear();
                int c = rule50ExcludeLowest();
                record("exclude " + p.candidates().get(c), rule47ElectQuotaHolders(), List.of(c));
            }
        }
    }

    private void rule45FirstStage() {
        for (int g = 0; g < p.groups().length; g++) {
            int first = p.groups()[g][0];
            papers.get(first).add(new Parcel(g, 0, FP.one()));
            votes[first] += FP.whole(p.weights()[g]);
        }
    }

    /** Rule 46: floor(valid / (seats + 1)) + 1, as a fixed-point number. */
    static long rule46Quota(long validPapers, int seats) {
        return FP.whole(validPapers / (seats + 1) + 1);
    }

    /** Rule 47: elects hopeful candidates at or above the quota, highest first; returns them. */
    private List<Integer> rule47ElectQuotaHolders() {
        List<Integer> reached = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) {
            if (state[c] == State.HOPEFUL && votes[c] >= quota) reached.add(c);
        }
        reached.sort(Comparator.comparingLong((Integer c) -> -votes[c]).thenComparingInt(c -> c));
        List<Integer> now = new ArrayList<>();
        for (int c : reached) {
            if (elected == seats) break;
            state[c] = State.ELECTED;
            elected++;
            pending.add(c);
            now.add(c);
        }
        return now;
    }

    /** Rule 48: transfers all papers of {@code c} at the rule 48(3) transfer value; c keeps the quota. */
    private void rule48TransferSurplus(int c) {
        long surplus = votes[c] - quota;
        long total = votes[c];
        long moved = 0;
        for (Parcel parcel : papers.get(c)) {
            long transferValue = FixedPoint.mulDivDown(surplus, parcel.value(), total);
            long amount = Math.multiplyExact(transferValue, p.weights()[parcel.group()]);
            moved += amount;
            pass(parcel, transferValue, amount);
        }
        papers.get(c).clear();
        loss += surplus - moved;
        votes[c] = quota;
    }

    /** Rule 49(1)-(3): the candidate whose surplus is transferred first. */
    private int rule49LargestSurplus(List<Integer> withSurplus) {
        long best = 0;
        for (int c : withSurplus) best = Math.max(best, votes[c]);
        final long b = best;
        int[] tied = withSurplus.stream().filter(c -> votes[c] == b).mapToInt(Integer::intValue).toArray();
        if (tied.length == 1) return tied[0];
        return ties.choose(log.next(), "transfer surplus first", tied, log.history(), TieBreak.Pick.HIGHEST);
    }

    /** Rule 50: excludes the lowest continuing candidate and transfers all papers at their value. */
    private int rule50ExcludeLowest() {
        int c = rule51LowestOfTied();
        state[c] = State.EXCLUDED;
        for (Parcel parcel : papers.get(c)) {
            pass(parcel, parcel.value(), Math.multiplyExact(parcel.value(), p.weights()[parcel.group()]));
        }
        papers.get(c).clear();
        votes[c] = 0;
        return c;
    }

    /** Rule 51: lowest of the continuing candidates; ties by earlier stages, then lot. */
    private int rule51LowestOfTied() {
        long low = Long.MAX_VALUE;
        for (int c = 0; c < votes.length; c++) if (state[c] == State.HOPEFUL) low = Math.min(low, votes[c]);
        List<Integer> tied = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) if (state[c] == State.HOPEFUL && votes[c] == low) tied.add(c);
        if (tied.size() == 1) return tied.get(0);
        try {
            return ties.choose(log.next(), "exclude", tied.stream().mapToInt(Integer::intValue).toArray(),
                    log.history(), TieBreak.Pick.LOWEST);
        } catch (TieBreak.Stopped stopped) {
            record("stopped: tie for exclusion", List.of(), List.of());
            throw stopped;
        }
    }

    /** Rule 52: when continuing candidates do not outnumber the vacancies, all are elected. */
    private boolean rule52FillLastVacancies() {
        List<Integer> hopeful = new ArrayList<>();
        for (int c = 0; c < votes.length; c++) if (state[c] == State.HOPEFUL) hopeful.add(c);
        if (hopeful.size() > seats - elected) return false;
        hopeful.sort(Comparator.comparingLong((Integer c) -> -votes[c]).thenComparingInt(c -> c));
        for (int c : hopeful) {
            state[c] = State.ELECTED;
            elected++;
        }
        if (!hopeful.isEmpty()) record("remaining candidates elected (rule 52)", hopeful, List.of());
        return true;
    }

    /** Moves a parcel to the next continuing candidate on its papers, or to the non-transferable pile. */
    private void pass(Parcel parcel, long value, long amount) {
        int[] prefs = p.groups()[parcel.group()];
        int i = parcel.position() + 1;
        while (i < prefs.length && state[prefs[i]] != State.HOPEFUL) i++;
        if (i == prefs.length) {
            nonTransferable += amount;
        } else {
            papers.get(prefs[i]).add(new Parcel(parcel.group(), i, value));
            votes[prefs[i]] += amount;
        }
    }

    private void record(String action, List<Integer> newlyElected, List<Integer> excluded) {
        log.add(action, votes, nonTransferable, loss, newlyElected, excluded, quota);
    }
}
