package lmp.election;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Result;
import lmp.count.Round;
import lmp.count.Tie;
import lmp.count.formats.BallotCsv;
import lmp.count.formats.BallotFiles;
import lmp.count.formats.CountSpecYaml;
import lmp.election.formats.CheckoffList;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.io.Problems;

/**
 * Counting an election from its files, the same way every time (tally, certify and verify all call
 * this; none takes a result from the audit log): the ballot files the election file lists (the
 * ballots of accepted challenges are mixed into them), under the file's method, rules and tie rule,
 * with the ballot accounting. A pending challenge stops the count (29 CFR 452.97(b): challenges are
 * resolved before the ballots are mixed and opened).
 */
public final class Recount {

    /** A count: the result, the ballot files read (in order, with their content), the accounting and the seed of any lot. */
    public record Counted(Result result, String title, List<Map.Entry<String, InputFile>> ballotFiles, BallotAccounting accounting,
                          String seed) {
        public Counted {
            ballotFiles = List.copyOf(ballotFiles);
        }

        /** The ties the count broke by lot. */
        public List<Tie> lots() {
            return result.ties().stream().filter(t -> t.resolution().equals("lot")).toList();
        }
    }

    private Recount() {
    }

    public static Counted count(ElectionState s, LongConsumer rowsRead) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> pending = new ArrayList<>();
        long n = e.challenges(Challenge.Resolution.PENDING);
        if (n > 0) {
            pending.add(Problem.error(at, n + " challenge(s) still pending; resolve each with 'lmp election intake "
                    + s.name() + " --resolve MEMBER_ID --accept' or '--reject' before the count (29 CFR 452.97(b))"));
            throw new InputException(pending);
        }
        Problems problems = new Problems();
        Fields fields = Fields.of(s.tree(), problems, "election file").orElseThrow(() -> new InputException(problems.sorted()));
        CountSpecYaml.CountSpec spec = CountSpecYaml.read(fields).orElseThrow(() -> new InputException(problems.sorted()));
        if (problems.hasErrors()) throw new InputException(problems.sorted());
        CountConfig config = spec.config();
        if (spec.ballots().isEmpty()) {
            throw new InputException(Problem.error(at, "the election file lists no ballot files; record them with "
                    + "'lmp election intake " + s.name() + " --ballots FILE'"));
        }
        BallotBox.Builder builder = BallotBox.builder(spec.candidates());
        BallotCsv.Options options = new BallotCsv.Options(config.writeIns(), !config.method().ranked()).withRowsRead(rowsRead);
        List<Map.Entry<String, InputFile>> files = new ArrayList<>();
        for (CountSpecYaml.BallotFileRef ref : spec.ballots()) {
            InputFile f = s.file(ref.path()).orElseThrow(() -> InputException.at(ref.at(), "ballot file '" + ref.path()
                    + "' not found (paths are relative to the election file)"));
            files.add(Map.entry(ref.path(), f));
            BallotFiles.read(f, builder, options);
        }
        BallotBox box = builder.build();
        List<String> unusable = Count.check(config, box);
        if (!unusable.isEmpty()) throw new InputException(unusable.stream().map(m -> Problem.error(at, m)).toList());
        String seed = config.seed().orElseGet(() -> derivedSeed(files));
        Result result = Count.run(config, box, seed);
        Optional<Integer> checkedOff = Optional.empty();
        Optional<Integer> accounted = Optional.empty();
        if (e.checkoff().isPresent()) {
            InputFile f = s.file(e.checkoff().get()).orElseThrow(() -> InputException.at(at, "check-off list '" + e.checkoff().get()
                    + "' not found (paths are relative to the election file)"));
            Set<String> marked = CheckoffList.readMarked(f).orThrow();
            List<Problem> strangers = marked.stream().filter(id -> !e.voters().contains(id)).sorted()
                    .map(id -> Problem.error(Location.of(f.name()), "member " + id + " is checked off but is not an eligible voter"))
                    .toList();
            if (!strangers.isEmpty()) throw new InputException(strangers);
            checkedOff = Optional.of(marked.size());
            Set<String> voted = new HashSet<>(marked);
            e.challenged().stream().filter(c -> c.resolution() == Challenge.Resolution.ACCEPTED).forEach(c -> voted.add(c.voter()));
            accounted = Optional.of(voted.size());
        }
        BallotAccounting accounting = new BallotAccounting(e.voters().size(), checkedOff, accounted,
                e.challenges(Challenge.Resolution.ACCEPTED), e.challenges(Challenge.Resolution.REJECTED), e.spoiledCount(),
                result.ballots().read(), result.ballots().blank(), result.ballots().invalidTotal());
        return new Counted(result, spec.title(), files, accounting, seed);
    }

    /**
     * The seed when the file gives none: the first 16 hex digits of the SHA-256 of the ballot files'
     * SHA-256 (lower-case hex, one per line, each ending in a newline, in the order read), as the
     * standalone tally derives it.
     */
    static String derivedSeed(List<Map.Entry<String, InputFile>> files) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, InputFile> f : files) sb.append(f.getValue().sha256()).append('\n');
        return Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** What the audit log keeps of a count: winners and every round's votes (as decimal text), enough to compare a recount. */
    public static Map<String, Object> summary(Counted c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("method", c.result().config().method().id());
        m.put("seats", c.result().config().seats());
        m.put("tie", c.result().config().tieBreak().name().toLowerCase(java.util.Locale.ROOT));
        m.put("seed", c.seed());
        m.put("winners", c.result().winners());
        m.put("complete", c.result().complete());
        c.result().stoppedAt().ifPresent(t -> m.put("tied", t.candidates()));
        List<Map<String, Object>> ties = new ArrayList<>();
        for (Tie t : c.result().ties()) {
            Map<String, Object> tm = new java.util.LinkedHashMap<>();
            tm.put("round", t.round());
            tm.put("candidates", t.candidates());
            tm.put("resolution", t.resolution());
            tm.put("chosen", t.chosen());
            ties.add(tm);
        }
        if (!ties.isEmpty()) m.put("ties", ties);
        m.put("rounds", rounds(c.result()));
        m.putAll(c.accounting().asMap());
        return m;
    }

    public static List<Map<String, Object>> rounds(Result r) {
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (Round round : r.rounds()) {
            Map<String, Object> rm = new java.util.LinkedHashMap<>();
            rm.put("round", round.round());
            Map<String, String> votes = new java.util.LinkedHashMap<>();
            round.tallies().forEach((k, v) -> votes.put(k, v.toPlainString()));
            rm.put("votes", votes);
            rm.put("elected", round.elected());
            rm.put("excluded", round.eliminated());
            rounds.add(rm);
        }
        return rounds;
    }
}
