package lmp.count;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Bottoms-up multi-seat instant-runoff: RCTab's winner election modes "bottoms-up" and "bottoms-up
 * using percentage threshold". No surplus is transferred; the lowest are eliminated one by one with
 * IRV's ballot and tie rules until those left fill the seats.
 * <ol>
 *   <li>Each round every ballot counts for its highest-ranked continuing candidate ({@link Runoff#tally}).</li>
 *   <li>Without a threshold: when no more candidates continue than there are seats, all of them are
 *       elected and the count ends.</li>
 *   <li>With a threshold of P percent: when every continuing candidate holds more than P percent of
 *       the votes of continuing ballots, all of them are elected, however many they are, and the count
 *       ends (the number elected follows from the votes; seats is not used).</li>
 *   <li>Otherwise the continuing candidate with the fewest votes is eliminated (ties: earlier rounds,
 *       then the tie-break) and the count goes on.</li>
 * </ol>
 * The threshold shown in a round is the fewest whole votes that are more than P percent of that
 * round's continuing votes; without a percentage there is none.
 */
public final class BottomsUp implements CountMethod {
    private final Optional<BigDecimal> percent;

    public BottomsUp(Optional<BigDecimal> percent) {
        this.percent = percent;
    }

    @Override
    public void count(Preferences p, int seats, TieBreak ties, RoundLog log) {
        Runoff r = new Runoff(p, InstantRunoff.standing(p), ties, log, "");
        if (r.left == 0) return;
        while (true) {
            r.tally();
            if (percent.isPresent()) {
                long threshold = fewestAbove(r.total, percent.get());
                boolean all = true;
                for (int c = 0; c < r.votes.length; c++) if (r.continuing[c] && r.votes[c] < threshold) all = false;
                if (all || r.left == 1) {
                    List<Integer> winners = r.continuingByVotes();
                    r.elect(winners, all ? "(every continuing candidate has more than " + percent.get().toPlainString()
                            + "% of the continuing votes)" : "as the last continuing candidate", threshold);
                    return;
                }
                r.eliminateLowest(threshold);
            } else {
                if (r.left <= seats) {
                    List<Integer> winners = r.continuingByVotes();
                    r.elect(winners, winners.size() == 1 ? "as the last continuing candidate"
                            : "(the last " + winners.size() + " continuing candidates, for " + seats + " seats)", -1);
                    return;
                }
                r.eliminateLowest(-1);
            }
        }
    }

    /** The fewest whole votes strictly more than {@code percent} percent of {@code total}: floor(total x P / 100) + 1. */
    static long fewestAbove(long total, BigDecimal percent) {
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(total)).multiply(percent).movePointLeft(2);
        return exact.setScale(0, java.math.RoundingMode.FLOOR).longValueExact() + 1;
    }
}
