package lmp.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records rounds as a method counts them, keeping the raw votes of each for tie-breaking. */
public final class RoundLog {
    private final Preferences prefs;
    private final FixedPoint fp;
    private final List<Round> rounds = new ArrayList<>();
    private final List<long[]> history = new ArrayList<>();
    private final List<Integer> winners = new ArrayList<>();

    private long quota = -1;
    private int pass = 1;
    private int passStart;

    RoundLog(Preferences prefs, FixedPoint fp) {
        this.prefs = prefs;
        this.fp = fp;
    }

    /** Number the next round will have. */
    int next() {
        return rounds.size() + 1;
    }

    List<long[]> history() {
        return history;
    }

    /** Starts pass {@code p} of a sequential count: its rounds compare with earlier rounds of the same pass only. */
    void startPass(int p) {
        pass = p;
        passStart = rounds.size();
    }

    /** The votes at each round of the current pass, oldest first (round {@link #passFirstRound()} first). */
    List<long[]> passHistory() {
        return history.subList(passStart, history.size());
    }

    int passFirstRound() {
        return passStart + 1;
    }

    List<Integer> winners() {
        return winners;
    }

    void add(String action, long[] votes, long exhausted, long loss, List<Integer> elected, List<Integer> eliminated,
             long threshold) {
        Map<String, BigDecimal> tallies = new LinkedHashMap<>();
        Map<String, BigDecimal> transfers = new LinkedHashMap<>();
        long[] previous = history.size() <= passStart ? null : history.get(history.size() - 1);
        for (int c = 0; c < votes.length; c++) {
            if (prefs.withdrawn()[c]) continue;
            String name = prefs.candidates().get(c);
            tallies.put(name, fp.toDecimal(votes[c]));
            if (previous != null && previous[c] != votes[c]) transfers.put(name, fp.toDecimal(votes[c] - previous[c]));
        }
        winners.addAll(elected);
        rounds.add(new Round(rounds.size() + 1, pass, action, tallies, transfers, names(elected), names(eliminated),
                fp.toDecimal(exhausted), fp.toDecimal(loss),
                threshold < 0 ? Optional.empty() : Optional.of(fp.toDecimal(threshold))));
        history.add(votes.clone());
    }

    List<String> names(List<Integer> indices) {
        List<String> out = new ArrayList<>();
        for (int i : indices) out.add(prefs.candidates().get(i));
        return out;
    }

    List<Round> rounds() {
        return rounds;
    }

    void quota(long q) {
        quota = q;
    }

    java.util.Optional<java.math.BigDecimal> quota() {
        return quota < 0 ? java.util.Optional.empty() : java.util.Optional.of(fp.toDecimal(quota));
    }
}
