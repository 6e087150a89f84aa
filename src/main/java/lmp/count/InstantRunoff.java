package lmp.count;

/**
 * Instant-runoff voting for one seat, as in RCTab's common rules (and the ranked-choice statutes
 * it is certified for):
 * <ol>
 *   <li>Each round, every ballot counts for its highest-ranked continuing candidate; a ballot with no
 *       continuing candidate left is exhausted and leaves the count.</li>
 *   <li>A candidate with more than half of the votes of continuing ballots is elected
 *       ({@link Runoff#majority}), and the count ends.</li>
 *   <li>Otherwise the continuing candidate with the fewest votes is eliminated
 *       ({@link Runoff#eliminateLowest}); ties go to earlier rounds, most recent first, then to the
 *       tie-break.</li>
 *   <li>When only one candidate continues, that candidate is elected as the last continuing
 *       candidate (whatever its votes: when no ballot reaches the last round it holds none).</li>
 * </ol>
 * Ballot rules (overvotes, skipped ranks, duplicates, withdrawn candidates) were applied before the
 * count by {@link BallotRules}, except overvotes under {@code exhaust-if-multiple-continuing}, which
 * {@link Runoff} settles round by round; votes are whole numbers.
 */
public final class InstantRunoff implements CountMethod {

    @Override
    public void count(Preferences p, int seats, TieBreak ties, RoundLog log) {
        new Runoff(p, standing(p), ties, log, "").untilMajority();
    }

    static boolean[] standing(Preferences p) {
        boolean[] on = new boolean[p.candidateCount()];
        for (int c = 0; c < on.length; c++) on[c] = !p.withdrawn()[c];
        return on;
    }
}
