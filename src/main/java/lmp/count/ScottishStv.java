package lmp.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Single transferable vote under The Scottish Local Government Elections Order 2007 (SSI 2007/42),
 * Schedule 1, rules 45 to 52, the rule of every Scottish council ward election since May 2007
 * (text: legislation.gov.uk/ssi/2007/42/schedule/1). The steps, in the order of the statute, each
 * a method of this class:
 * <ol>
 *   <li><b>Rule 45, first stage</b> ({@link #rule45FirstStage}): the valid ballot papers are sorted
 *       "into parcels according to the candidates for whom first preference votes are given", and each
 *       candidate is credited "with one vote for each ballot paper".</li>
 *   <li><b>Rule 46, the quota</b> ({@link #rule46Quota}): the valid papers divided "by a number
 *       exceeding by one the number of councillors to be elected"; the result, "ignoring any decimal
 *       places", increased by one.</li>
 *   <li><b>Rule 47, return of councillors</b> ({@link #rule47ElectQuotaHolders}): "Where, at any stage
 *       of the count, the number of votes for a candidate equals or exceeds the quota, the candidate is
 *       deemed to be elected."</li>
 *   <li><b>Rule 48, transfer of ballot papers</b> ({@link #rule48TransferSurplus}): while vacancies
 *       remain, the papers of a candidate whose votes exceed the quota are transferred to "the
 *       continuing candidate for whom the next available preference is given"; papers with none form
 *       "a parcel of non-transferable papers". Transfer value = A / B where A = "the surplus of the
 *       transferring candidate" multiplied "by the value of the ballot paper when received by that
 *       candidate" and B = "the total number of votes credited to that candidate", "the calculation
 *       being made to five decimal places (any remainder being ignored)". All the candidate's papers
 *       are transferred (weighted inclusive Gregory); the candidate keeps the quota.</li>
 *   <li><b>Rule 49, supplementary provisions</b> ({@link #rule49LargestSurplus}): the papers of "the
 *       candidate with the highest surplus" first; equal surpluses: the candidate "who had the highest
 *       number of votes at the end of the most recent preceding stage at which they had unequal numbers
 *       of votes"; equal at all stages: "by lot".</li>
 *   <li><b>Rule 50, exclusion of candidates</b> ({@link #rule50ExcludeLowest}): when vacancies remain
 *       and no papers remain to be transferred, "the candidate with the then lowest number of votes" is
 *       excluded and their papers transferred, each at the transfer value at which it was received
 *       (one for a first preference).</li>
 *   <li><b>Rule 51, exclusion: supplementary provisions</b> ({@link #rule51LowestOfTied}): of candidates
 *       equal lowest, the one with "the lowest number of votes" at "the most recently preceding stage
 *       of the count at which they had an unequal number of votes"; equal at all stages: by lot.</li>
 *   <li><b>Rule 52, filling of last vacancies</b> ({@link #rule52FillLastVacancies}): "Where the number
 *       of continuing candidates is equal to the number of vacancies remaining unfilled, the continuing
 *       candidates are deemed to be elected", and "no further transfer shall be made".</li>
 * </ol>
 * Arithmetic is fixed-point with 5 decimal places, truncating, as rule 48(3) requires; A / B is
 * computed exactly and truncated once. Value lost by truncation is reported as rounding loss. The
 * implementation matches Droop's {@code scotland} rule on the ten Glasgow 2007 ward elections (see
 * the test suite). "By lot" is the tie-break mode of {@link TieBreak}.
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
            List<Integer> withSurplus = new ArrayList<>();
            for (int c : pending) if (votes[c] > quota) withSurplus.add(c);
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
        // The count ends here: no further transfer, so nothing reads the count of elected again.
        for (int c : hopeful) state[c] = State.ELECTED;
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
