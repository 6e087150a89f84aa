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
        if (config.threshold().isPresent()) {
            java.math.BigDecimal t = config.threshold().get();
            if (config.method() != Method.BOTTOMS_UP) {
                out.add("a threshold applies to bottoms-up only, not to " + config.method().id());
            } else if (t.signum() <= 0 || t.compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
                out.add("the bottoms-up threshold is a percentage above 0 and below 100; found " + t.toPlainString());
            } else if (config.seats() != 1) {
                out.add("bottoms-up with a threshold elects every candidate above it, however many; leave seats out "
                        + "(found seats " + config.seats() + ")");
            }
        }
        if (config.overvote() == CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING
                && (config.method() == Method.STV || config.method() == Method.MEEK)) {
            out.add("the overvote rule exhaust-if-multiple-continuing applies to irv, sequential-irv and bottoms-up; "
                    + "use exhaust or skip with " + config.method().id());
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
        TieBreak ties = new TieBreak(config.tieBreak(), seed, prefs.candidates(), prefs.tieOrder(), config.tieResults());
        Optional<Tie> stopped = Optional.empty();
        try {
            CountMethod.of(config).count(prefs, config.seats(), ties, log);
        } catch (TieBreak.Stopped s) {
            stopped = Optional.of(s.tie);
        }
        List<String> unused = ties.unusedDrawnResults();
        if (!unused.isEmpty()) {
            throw new TieBreak.DrawnResultMismatch("no tie in the count needed the drawn result" + (unused.size() > 1 ? "s " : " ")
                    + String.join("; ", unused) + " (a drawn result applies only to a tie that earlier rounds did not separate, "
                    + "in the round the report gives for it)");
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
