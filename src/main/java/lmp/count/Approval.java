package lmp.count;

/**
 * Approval voting: each valid ballot gives one vote to every candidate it marks, without limit.
 * The candidates with the most votes fill the seats, in order of votes; ties for the last seat
 * go to the tie-break.
 */
public final class Approval implements CountMethod {
    @Override
    public void count(Preferences prefs, int seats, TieBreak ties, RoundLog log) {
        MostVotes.count("count approvals", prefs, seats, ties, log);
    }
}
