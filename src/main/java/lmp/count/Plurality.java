package lmp.count;

/**
 * Plurality, "vote for up to N": each valid ballot gives one vote to each candidate marked (at most
 * N = seats; a ballot marking more is invalid, as on a paper ballot where intent cannot be known).
 * The N candidates with the most votes are elected, in order of votes. A tie for the last seat
 * goes to the tie-break (there are no earlier rounds, so the lot or the order decides, or the
 * count stops). Standard practice for US union officer elections (29 CFR 452; bylaws).
 */
public final class Plurality implements CountMethod {
    @Override
    public void count(Preferences prefs, int seats, TieBreak ties, RoundLog log) {
        MostVotes.count("count marks (plurality, vote for up to " + seats + ")", prefs, seats, ties, log);
    }
}
