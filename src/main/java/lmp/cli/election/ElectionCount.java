package lmp.cli.election;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Result;
import lmp.count.Round;
import lmp.count.formats.BallotCsv;
import lmp.count.formats.BallotFiles;
import lmp.count.formats.CountSpecYaml;
import lmp.election.AuditRecord;
import lmp.election.BallotAccounting;
import lmp.election.Challenge;
import lmp.election.Election;
import lmp.election.formats.CheckoffList;
import lmp.io.Fields;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.io.Problems;
import lmp.io.YamlTree;

/**
 * Counting an election's accepted ballots with the counting engine (lmp.count): the ballot files
 * plus the challenged ballots that were accepted, under the election file's method and rules. A
 * challenged ballot still pending stops the count (29 CFR 452.97(b): resolved before mixing).
 */
final class ElectionCount {

    /** A count of an election: the result, the files it read (election file first) and the accounting. */
    record Counted(Result result, String title, List<InputFile> inputs, BallotAccounting accounting, String seed) {
    }

    private ElectionCount() {
    }

    static Counted count(ElectionBaseCommand cmd, ElectionBaseCommand.Loaded l) {
        Election e = l.election();
        Location at = Location.of(l.input().name());
        List<Problem> pending = new ArrayList<>();
        for (Challenge c : e.challenged()) {
            if (c.resolution() == Challenge.Resolution.PENDING) {
                pending.add(Problem.error(c.origin(), "challenged ballot " + c.file() + " (" + c.reason() + ") is not resolved; "
                        + "resolve it with 'lmp election intake --resolve " + c.file() + " --accept' or '--reject' before the count"));
            }
        }
        if (!pending.isEmpty()) throw new InputException(pending);
        Problems problems = new Problems();
        Fields fields = Fields.of(YamlTree.parse(l.input()), problems, "election file").orElseThrow();
        CountSpecYaml.CountSpec spec = CountSpecYaml.read(fields)
                .orElseThrow(() -> new InputException(problems.sorted()));
        if (problems.hasErrors()) throw new InputException(problems.sorted());
        CountConfig config = spec.config();
        if (spec.ballots().isEmpty()) {
            throw new InputException(Problem.error(at, "the election file lists no ballot files; record them with "
                    + "'lmp election intake " + l.input().name() + " --ballots FILE'"));
        }
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(l.input());
        BallotBox.Builder builder = BallotBox.builder(spec.candidates());
        BallotCsv.Options options = new BallotCsv.Options(config.writeIns(), !config.method().ranked());
        List<InputFile> ballotFiles = new ArrayList<>();
        lmp.cli.Progress reading = cmd.progress();
        java.util.function.LongConsumer rowsRead = reading.visible() ? reading::advance : BallotCsv.Options.NOBODY;
        for (CountSpecYaml.BallotFileRef ref : spec.ballots()) {
            InputFile f = ballotFile(cmd, l, ref.path(), ref.at());
            ballotFiles.add(f);
            reading.startOverCsvRows("Reading " + ref.path(), f);
            BallotFiles.read(f, builder, options.withRowsRead(rowsRead));
        }
        reading.done();
        long accepted = 0;
        long rejected = 0;
        for (Challenge c : e.challenged()) {
            InputFile f = ballotFile(cmd, l, c.file(), c.origin());
            long n = ballotsIn(f, spec.candidates(), options);
            if (c.resolution() == Challenge.Resolution.ACCEPTED) {
                ballotFiles.add(f);
                BallotFiles.read(f, builder, options);
                accepted += n;
            } else {
                inputs.add(f);
                rejected += n;
            }
        }
        inputs.addAll(1, ballotFiles);
        BallotBox box = builder.build();
        List<String> unusable = Count.check(config, box);
        if (!unusable.isEmpty()) throw new InputException(unusable.stream().map(m -> Problem.error(at, m)).toList());
        String seed = config.seed().orElseGet(() -> TallyCommand.derivedSeed(ballotFiles));
        Result result = Count.run(config, box, seed);
        Optional<Integer> checkedOff = Optional.empty();
        if (e.checkoff().isPresent()) {
            InputFile f = ballotFile(cmd, l, e.checkoff().get(), at);
            inputs.add(f);
            Set<String> marked = CheckoffList.readMarked(f).orThrow();
            List<Problem> strangers = marked.stream().filter(id -> !e.voters().contains(id))
                    .map(id -> Problem.error(Location.of(f.name()), "member " + id + " is checked off but is not an eligible voter"))
                    .toList();
            if (!strangers.isEmpty()) throw new InputException(strangers);
            checkedOff = Optional.of(marked.size());
        }
        long read = result.ballots().read();
        BallotAccounting accounting = new BallotAccounting(e.voters().size(), checkedOff, read - accepted, accepted, rejected,
                e.spoiledCount(), result.ballots().blank(), result.ballots().invalidTotal());
        return new Counted(result, spec.title(), inputs, accounting, seed);
    }

    private static InputFile ballotFile(ElectionBaseCommand cmd, ElectionBaseCommand.Loaded l, String path, Location at) {
        Path p = l.display(path);
        if (!Files.isRegularFile(p)) {
            throw InputException.at(at, "file '" + path + "' not found (paths are relative to the election file)");
        }
        return cmd.readFile(p.toString());
    }

    private static long ballotsIn(InputFile f, List<String> candidates, BallotCsv.Options options) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        BallotFiles.read(f, b, options);
        BallotBox box = b.build();
        long rejected = box.rejected().values().stream().mapToLong(Long::longValue).sum();
        return box.ballots() + rejected;
    }

    /** What the audit log keeps of a count: winners and every round's votes (as decimal text), enough to certify and compare. */
    static Map<String, Object> summary(Counted c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", c.result().config().method().id());
        m.put("seats", c.result().config().seats());
        m.put("seed", c.seed());
        m.put("winners", c.result().winners());
        m.put("complete", c.result().complete());
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (Round r : c.result().rounds()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("round", r.round());
            Map<String, String> votes = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal> v : r.tallies().entrySet()) votes.put(v.getKey(), v.getValue().toPlainString());
            rm.put("votes", votes);
            rm.put("elected", r.elected());
            rm.put("excluded", r.eliminated());
            rounds.add(rm);
        }
        m.put("rounds", rounds);
        m.putAll(c.accounting().asMap());
        return m;
    }

    /** Re-runs the count and compares its winners and rounds with the tally's, and the certificate's winners. */
    static void recountFindings(ElectionBaseCommand cmd, ElectionBaseCommand.Loaded l, AuditRecord tally, Optional<AuditRecord> certify,
                                List<String> findings, List<String> confirmed) {
        Counted again;
        try {
            again = count(cmd, l);
        } catch (InputException ex) {
            ex.problems().forEach(p -> findings.add("recount failed: " + p.render()));
            return;
        }
        Map<String, Object> now = summary(again);
        List<String> winnersThen = CertifyCommand.strings(tally.result().get("winners"));
        if (!again.result().winners().equals(winnersThen)) {
            findings.add("recount elects " + again.result().winners() + " but the tally (seq " + tally.seq() + ") elected " + winnersThen);
        } else if (!String.valueOf(now.get("rounds")).equals(String.valueOf(tally.result().get("rounds")))) {
            findings.add("recount gives the same winners but different round-by-round votes than the tally (seq " + tally.seq() + ")");
        } else {
            confirmed.add("recount matches the tally: " + again.result().rounds().size() + " round(s), winners " + winnersThen);
        }
        if (certify.isPresent()) {
            List<String> certified = CertifyCommand.strings(certify.get().result().get("winners"));
            if (certify.get().seq() < tally.seq()) {
                findings.add("the certificate (seq " + certify.get().seq() + ") predates the latest tally (seq " + tally.seq() + ")");
            } else if (!certified.equals(again.result().winners())) {
                findings.add("certified winners " + certified + " differ from the recount's " + again.result().winners());
            } else {
                confirmed.add("certified winners confirmed: " + certified);
            }
        } else {
            findings.add("not certified yet: no 'election certify' record in the audit log");
        }
    }
}
