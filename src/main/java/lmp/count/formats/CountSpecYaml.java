package lmp.count.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.io.Fields;
import lmp.io.Limits;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Node;
import lmp.io.Problems;
import lmp.io.YamlTree;

/**
 * Reads the counting part of an election file. The schema is shared with election administration
 * (which adds its own keys to the same file), so {@link #read(Fields)} reads only these keys and
 * never calls {@code finish()}:
 * <pre>
 * title: EVMC ICU UBT co-lead election 2026
 * method: irv            # plurality | approval | irv | stv | meek
 * seats: 1
 * candidates: [Ana Alvarez, Ben Brooks, Carla Chen]   # ballot order
 * withdrawn: []          # names
 * rules:
 *   overvote: exhaust          # exhaust | skip
 *   skipped_ranks: unlimited   # or a whole number
 *   duplicate: skip            # skip | exhaust
 *   write_ins: false
 *   max_rankings: unlimited    # or a whole number
 * tie_break:
 *   mode: lot                  # lot | stop | order
 *   seed: 12345                # optional
 * ballots: [ballots.csv]       # relative to the election file
 * </pre>
 * {@link #readElectionFile(InputFile)} is the strict standalone reader used by {@code lmp election
 * tally FILE.yaml}: it also requires {@code lmp_election: 1}, accepts (and ignores) the
 * administration keys, and reports any other key.
 */
public final class CountSpecYaml {
    /** Keys of the election file that belong to election administration, not to the count. */
    public static final List<String> ADMINISTRATION_KEYS = List.of("office", "roster", "dates", "voters", "challenged",
            "spoiled", "notice", "records", "audit_log", "runoff", "stage", "lot", "audit_chain");

    /** A ballot file named in the election file, with where it was named. */
    public record BallotFileRef(String path, Location at) {
    }

    /** The counting part of an election file. */
    public record CountSpec(String title, List<String> candidates, CountConfig config, List<BallotFileRef> ballots) {
        public CountSpec {
            candidates = List.copyOf(candidates);
            ballots = List.copyOf(ballots);
        }
    }

    private CountSpecYaml() {
    }

    /** Reads the count keys from {@code f}; problems are added to {@code f.problems()}. */
    public static Optional<CountSpec> read(Fields f) {
        Problems problems = f.problems();
        String title = f.requiredText("title").orElse("");
        Optional<Method> method = f.requiredText("method").isPresent() ? f.choice("method", methods()) : Optional.empty();
        int seats = f.integer("seats", 1, 1000).orElse(1);
        List<String> candidates = f.nameList("candidates");
        if (candidates.isEmpty() && !f.has("candidates")) {
            problems.error(f.location(), "election file is missing 'candidates'; add 'candidates: [Name One, Name Two]'");
        }
        checkDistinct(f, "candidates", candidates);
        List<String> withdrawn = f.nameList("withdrawn");
        java.util.Set<String> known = new java.util.HashSet<>(candidates);
        for (String w : withdrawn) {
            if (!known.contains(w)) {
                problems.error(f.locationOf("withdrawn"), "withdrawn '" + Limits.shown(w) + "' is not one of the candidates"
                        + Fields.suggestion(w, candidates));
            }
        }
        CountConfig config = CountConfig.defaults(method.orElse(Method.IRV), seats).withWithdrawn(withdrawn);
        Optional<String> threshold = f.text("threshold_percent");
        if (threshold.isPresent()) {
            try {
                config = config.withThreshold(Optional.of(new java.math.BigDecimal(threshold.get().strip())));
            } catch (NumberFormatException e) {
                problems.error(f.locationOf("threshold_percent"), "'threshold_percent' should be a number such as 15 or 12.5, "
                        + "found '" + threshold.get() + "'");
            }
        }
        Optional<Node> rules = f.node("rules");
        if (rules.isPresent()) {
            Optional<Fields> r = Fields.of(rules.get(), problems, "rules");
            if (r.isPresent()) {
                config = rules(r.get(), config);
                r.get().finish();
            }
        }
        Optional<Node> tie = f.node("tie_break");
        if (tie.isPresent()) {
            Optional<Fields> t = Fields.of(tie.get(), problems, "tie_break");
            if (t.isPresent()) {
                Map<String, CountConfig.TieBreakMode> modes = new LinkedHashMap<>();
                modes.put("lot", CountConfig.TieBreakMode.LOT);
                modes.put("stop", CountConfig.TieBreakMode.STOP);
                modes.put("order", CountConfig.TieBreakMode.ORDER);
                config = config.withTieBreak(t.get().choice("mode", modes).orElse(CountConfig.TieBreakMode.LOT))
                        .withSeed(t.get().text("seed"));
                t.get().finish();
            }
        }
        List<BallotFileRef> ballots = new ArrayList<>();
        for (Node n : f.list("ballots")) {
            if (n instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
                ballots.add(new BallotFileRef(s.text().strip(), s.location()));
            } else {
                problems.error(n.location(), "each item of 'ballots' should be a file name, found " + n.describe());
            }
        }
        if (method.isEmpty()) return Optional.empty();
        return Optional.of(new CountSpec(title, candidates, config, ballots));
    }

    /** Reads a standalone election file strictly: count keys, administration keys ignored, nothing else. */
    public static CountSpec readElectionFile(InputFile file) {
        Node root = YamlTree.parse(file);
        Problems problems = new Problems();
        Optional<Fields> f = Fields.of(root, problems, "election file");
        if (f.isEmpty()) throw new InputException(problems.sorted());
        Fields fields = f.get();
        Optional<String> version = fields.requiredText("lmp_election");
        if (version.isPresent() && !version.get().equals("1")) {
            problems.error(fields.locationOf("lmp_election"), "this lmp reads election files of version 1, found '"
                    + version.get() + "'; write 'lmp_election: 1'");
        }
        Optional<CountSpec> spec = read(fields);
        for (String k : ADMINISTRATION_KEYS) fields.node(k);
        fields.finish();
        if (problems.hasErrors() || spec.isEmpty()) throw new InputException(problems.sorted());
        return spec.get();
    }

    private static CountConfig rules(Fields r, CountConfig c) {
        Map<String, CountConfig.Overvote> overvotes = new LinkedHashMap<>();
        overvotes.put("exhaust", CountConfig.Overvote.EXHAUST);
        overvotes.put("skip", CountConfig.Overvote.SKIP);
        overvotes.put("exhaust-if-multiple-continuing", CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING);
        Map<String, CountConfig.Duplicate> duplicates = new LinkedHashMap<>();
        duplicates.put("skip", CountConfig.Duplicate.SKIP);
        duplicates.put("exhaust", CountConfig.Duplicate.EXHAUST);
        return new CountConfig(c.method(), c.seats(), r.choice("overvote", overvotes).orElse(c.overvote()),
                limit(r, "skipped_ranks"), r.choice("duplicate", duplicates).orElse(c.duplicate()), c.withdrawn(),
                r.bool("write_ins").orElse(false), limit(r, "max_rankings"), c.tieBreak(), c.seed(), c.threshold(),
                c.tieResults());
    }

    /** "unlimited" or a whole number of at least 0. */
    private static OptionalInt limit(Fields r, String key) {
        Optional<String> t = r.text(key);
        if (t.isEmpty() || t.get().equals("unlimited")) return OptionalInt.empty();
        // max_rankings 0 would make every ballot invalid and still elect someone; skipped_ranks 0 is a real rule.
        int min = key.equals("max_rankings") ? 1 : 0;
        java.util.OptionalLong v = lmp.io.Text.wholeNumber(t.get());
        if (v.isPresent() && v.getAsLong() >= min && v.getAsLong() <= Integer.MAX_VALUE) return OptionalInt.of((int) v.getAsLong());
        r.problems().error(r.locationOf(key), "'" + key + "' should be 'unlimited' or a whole number of at least " + min
                + " (digits 0-9), found '" + lmp.io.Text.shown(t.get()) + "'");
        return OptionalInt.empty();
    }

    private static Map<String, Method> methods() {
        Map<String, Method> m = new LinkedHashMap<>();
        for (Method x : Method.values()) m.put(x.id(), x);
        return m;
    }

    /** Linear: 200,000 names once took minutes here (each looked up in the whole list). */
    private static void checkDistinct(Fields f, String key, List<String> names) {
        if (names.size() > Limits.MAX_CANDIDATES) {
            f.problems().error(f.locationOf(key), "'" + key + "' lists " + names.size() + " candidates; lmp counts at most "
                    + Limits.MAX_CANDIDATES);
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (n.length() > Limits.MAX_NAME_CHARS) {
                f.problems().error(f.locationOf(key), "a name in '" + key + "' is longer than " + Limits.MAX_NAME_CHARS
                        + " characters (" + n.length() + ")");
            } else if (!seen.add(n)) {
                f.problems().error(f.locationOf(key), "candidate '" + n + "' is listed twice in '" + key + "'");
            }
        }
    }
}
