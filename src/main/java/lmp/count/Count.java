package lmp.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a count: applies the ballot rules, then the method, and gathers the result. */
public final class Count {
    private Count() {
    }

    /**
     * What makes a configuration unusable with these ballots, in words for the user (empty when
     * it can be counted).
     */
    public static List<String> check(CountConfig config, BallotBox box) {
        List<String> out = new ArrayList<>();
        if (config.method() == Method.IRV && config.seats() != 1) {
            out.add("irv elects one candidate, but seats is " + config.seats() + "; use stv or meek for several seats");
        }
        for (String w : config.withdrawn()) {
            if (!box.candidates().contains(w)) out.add("withdrawn candidate '" + w + "' is not a candidate");
        }
        if (box.candidates().isEmpty()) out.add("there are no candidates");
        else if (box.candidates().stream().allMatch(config.withdrawn()::contains)) {
            out.add("every candidate is withdrawn; there is no one to elect");
        }
        return out;
    }

    /** Counts {@code box} under {@code config}; {@code seed} seeds any lot drawn. */
    public static Result run(CountConfig config, BallotBox box, String seed) {
        List<String> problems = check(config, box);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        Preferences prefs = BallotRules.apply(config, box);
        RoundLog log = new RoundLog(prefs, FixedPoint.of(config.method().decimals()));
        TieBreak ties = new TieBreak(config.tieBreak(), seed, prefs.candidates(), prefs.tieOrder());
        Optional<Tie> stopped = Optional.empty();
        try {
            CountMethod.of(config.method()).count(prefs, config.seats(), ties, log);
        } catch (TieBreak.Stopped s) {
            stopped = Optional.of(s.tie);
        }
        List<String> standing = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (int c = 0; c < prefs.candidateCount(); c++) {
            (prefs.withdrawn()[c] ? withdrawn : standing).add(prefs.candidates().get(c));
        }
        return new Result(config, standing, withdrawn, log.names(log.winners()), log.rounds(), log.quota(),
                prefs.counts(), ties.ties(), seed, stopped);
    }
}
