package lmp.election;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputFile;
import lmp.io.YamlTree;

/**
 * An election directory in memory, for the steps of the life cycle: the election file, the files
 * beside it and the audit log. {@link #commit} does what the commands' commit does (write the
 * step's files, append its record, rewrite the election file with the new head), without a disk.
 */
final class ElectionRun {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final String NAME = "e.yaml";
    static final String LOG = "audit.jsonl";

    byte[] electionFile;
    String log = "";
    boolean logExists;
    Optional<byte[]> key = Optional.of(KEY);
    final Map<String, InputFile> files = new LinkedHashMap<>();

    private ElectionRun() {
    }

    /** The co-lead election of {@link TestElections} with a tie rule 'stop', created by {@link NewStep} on 2026-09-30. */
    static ElectionRun created() {
        return created(TestElections.coLead(TestElections.goodDates(), "tie_break: {mode: stop}"));
    }

    static ElectionRun created(Election e) {
        ElectionRun run = new ElectionRun();
        InputFile roster = InputFile.read(TestElections.ROSTER_PATH, InputStream.nullInputStream());
        run.files.put("roster.yaml", InputFile.of("roster.yaml", roster.bytes()));
        NewStep.Created c = NewStep.run(e, NAME, KEY, "roster.yaml", roster, e.office().candidates().size());
        run.commit(c.state(), c.outcome(), "2026-09-30");
        return run;
    }

    /** The state the commands would load now. */
    ElectionState state() {
        InputFile f = InputFile.of(NAME, electionFile);
        lmp.io.Node tree = YamlTree.parse(f);
        return new ElectionState(NAME, f, tree, ElectionYaml.read(tree).orThrow(), files, logExists,
                AuditLogJsonl.read(InputFile.ofText(LOG, log)), key);
    }

    Election election() {
        return state().election();
    }

    /** Writes what a step decided, as the commands do. */
    ElectionRun commit(ElectionState s, StepOutcome o, String time) {
        for (StepOutcome.Write w : o.writes()) files.put(w.path(), InputFile.of(w.path(), w.bytes()));
        if (o.record().isPresent()) {
            AuditTrail.Appended a = AuditTrail.append(s, o.election(), o.record().get(), time);
            log = new String(a.log(), StandardCharsets.UTF_8);
            logExists = true;
            electionFile = a.electionFile();
        }
        return this;
    }

    ElectionRun put(String path, String text) {
        files.put(path, InputFile.ofText(path, text));
        return this;
    }

    static Map.Entry<String, InputFile> file(String path, String text) {
        return Map.entry(path, InputFile.ofText(path, text));
    }

    /** Takes {@code ballots} in as b1.csv on the last day of voting (2026-11-05). */
    ElectionRun ballots(String ballots) {
        return ballots("b1.csv", ballots, java.time.LocalDate.parse("2026-11-05"));
    }

    ElectionRun ballots(String path, String ballots, java.time.LocalDate day) {
        put(path, ballots);
        ElectionState s = state();
        commit(s, IntakeStep.run(s, new IntakeStep.Request(java.util.List.of(file(path, ballots)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of()), day), day.toString());
        return this;
    }

    /** Counts, writing tally.txt with the winners; commits and returns the step's result. */
    TallyStep.Tallied tally(String day) {
        ElectionState s = state();
        TallyStep.Tallied t = TallyStep.run(s, n -> { }, c -> java.util.List.of(new StepOutcome.Write("tally.txt",
                ("winners " + c.result().winners() + "\n").getBytes(StandardCharsets.UTF_8), false)));
        commit(s, t.outcome(), day);
        return t;
    }

    /** Certifies on {@code day} against the roster as it is now in this directory; commits and returns the step's result. */
    CertifyStep.Certified certify(String day, Override... overrides) {
        return certify(day, TermOfOffice.defaults(), overrides);
    }

    CertifyStep.Certified certify(String day, TermOfOffice terms, Override... overrides) {
        ElectionState s = state();
        CertifyStep.Certified c = CertifyStep.run(s, targets(), java.util.List.of(overrides), java.time.LocalDate.parse(day), day,
                terms, n -> { });
        commit(s, c.outcome(), day);
        return c;
    }

    CertifyStep.Targets targets() {
        return new CertifyStep.Targets("roster.yaml", files.get("roster.yaml"), "e-certificate.md", "e-certificate.html");
    }

    String text(String path) {
        return files.get(path).text();
    }
}
