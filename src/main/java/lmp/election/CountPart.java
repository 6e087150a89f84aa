package lmp.election;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The COUNT keys of the election file, shared with the counting engine (lmp.count): what is
 * counted and how. Election administration reads them to draw ballots and check the file; the
 * counting engine reads the same keys to count. Rule and tie-break values are kept as written, so
 * that administration never second-guesses the vocabulary of the count.
 */
public record CountPart(
        String title,
        String method,
        int seats,
        List<String> candidates,
        List<String> withdrawn,
        Map<String, String> rules,
        Map<String, String> tieBreak,
        List<String> ballots) {

    /** The counting methods the engine supports (../shared/DOMAIN.md). */
    public static final Set<String> METHODS = Set.of("plurality", "approval", "irv", "stv", "meek");

    public CountPart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(method, "method");
        candidates = List.copyOf(candidates);
        withdrawn = List.copyOf(withdrawn);
        rules = Map.copyOf(rules);
        tieBreak = Map.copyOf(tieBreak);
        ballots = List.copyOf(ballots);
    }

    public CountPart withBallots(List<String> files) {
        return new CountPart(title, method, seats, candidates, withdrawn, rules, tieBreak, files);
    }

    public boolean isRanked() {
        return method.equals("irv") || method.equals("stv") || method.equals("meek");
    }

    /** Candidates still standing, in ballot order. */
    public List<String> standing() {
        return candidates.stream().filter(c -> !withdrawn.contains(c)).toList();
    }

    public boolean writeInsAllowed() {
        return Optional.ofNullable(rules.get("write_ins")).map(v -> v.equals("true") || v.equals("allowed") || v.equals("allow"))
                .orElse(false);
    }

    /** How many ranks a ballot offers: max_rankings when set, otherwise every standing candidate. */
    public int maxRankings() {
        try {
            int n = Integer.parseInt(rules.getOrDefault("max_rankings", "0"));
            return n > 0 ? Math.min(n, standing().size()) : standing().size();
        } catch (NumberFormatException e) {
            // 'unlimited' (the reader has already refused anything else): every standing candidate.
            return standing().size();
        }
    }
}
