package lmp.count;

/**
 * Sequential (multi-pass) instant-runoff, for boards and committees whose bylaws fill several seats
 * "by ranked choice" one at a time: RCTab's "multi-pass IRV" (winner election mode
 * {@code multiPassIrv}), also called sequential RCV in the FairVote and Utah municipal rules.
 * <ol>
 *   <li>Pass 1 is an instant-runoff count ({@link InstantRunoff}) of all the ballots; its winner takes
 *       the first seat.</li>
 *   <li>Each further pass is a new instant-runoff count of the same ballots with every earlier winner
 *       removed: a ballot passes over them as over an eliminated candidate, and a ballot left with no
 *       continuing candidate is exhausted in the first round of the pass. Its winner takes the next
 *       seat.</li>
 *   <li>The count ends when every seat is filled, or when no candidate is left to fill one.</li>
 * </ol>
 * Each pass is reported with all its rounds; round numbers run on across passes, and ties look at
 * earlier rounds of the same pass only (each pass is a count of its own).
 */
public final class SequentialIrv implements CountMethod {

    @Override
    public void count(Preferences p, int seats, TieBreak ties, RoundLog log) {
        boolean[] on = InstantRunoff.standing(p);
        for (int seat = 1; seat <= seats; seat++) {
            log.startPass(seat);
            int winner = new Runoff(p, on, ties, log, "pass " + seat + ": ").untilMajority();
            if (winner < 0) return;
            on[winner] = false;
        }
    }
}
