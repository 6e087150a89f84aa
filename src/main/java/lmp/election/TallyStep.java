package lmp.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * The count of an administered election: refused before anything was taken in and after
 * certification; refused when a ballot file changed since it was taken in (its SHA-256 differs
 * from the one the intake recorded) or the election lists a file twice or a copy. A complete count
 * moves the election to {@code counted}; a count stopped at a tie (the default tie rule of an
 * administered election is {@code stop}) names the tied candidates and leaves it where it was.
 */
public final class TallyStep {

    /** The outcome and the count itself (for the report). */
    public record Tallied(StepOutcome outcome, Recount.Counted counted) {
    }

    private TallyStep() {
    }

    public static Tallied run(ElectionState s, LongConsumer rowsRead, Function<Recount.Counted, List<StepOutcome.Write>> reports) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> refused = new ArrayList<>();
        Lifecycle.refusal(e.stage(), Lifecycle.Step.TALLY).ifPresent(r -> refused.add(Problem.error(at, "refusing to count: " + r)));
        AuditTrail.problems(s).forEach(p -> refused.add(Problem.error(at, "refusing to count: " + p)));
        if (!refused.isEmpty()) throw new Refused(refused);
        Recount.Counted c = Recount.count(s, rowsRead);
        List<String> dups = BallotFileChecks.duplicates(c.ballotFiles());
        if (!dups.isEmpty()) throw new InputException(dups.stream().map(d -> Problem.error(at, d)).toList());
        for (String changed : changedSinceIntake(s, c)) refused.add(Problem.error(at, "refusing to count: " + changed));
        if (!refused.isEmpty()) throw new Refused(refused);

        List<FileDigest> inputs = new ArrayList<>();
        for (Map.Entry<String, InputFile> f : c.ballotFiles()) inputs.add(ElectionState.plain(f.getKey(), f.getValue().bytes()));
        e.checkoff().flatMap(s::file).ifPresent(f -> inputs.add(s.keyed(e.checkoff().get(), f.bytes())));
        List<StepOutcome.Write> writes = reports.apply(c);
        List<FileDigest> outputs = writes.stream().map(w -> ElectionState.plain(w.path(), w.bytes())).toList();
        boolean complete = c.result().complete();
        Election updated = e.withStatus(e.status().withStage(Lifecycle.after(e.stage(), Lifecycle.Step.TALLY, complete)));
        List<String> notes = new ArrayList<>();
        for (String w : c.accounting().warnings()) notes.add("warning: " + w);
        c.result().stoppedAt().ifPresent(t -> notes.add(s.name() + ": tie between " + String.join(", ", t.candidates()) + " in round "
                + t.round() + " not resolved by earlier rounds; the count stopped (tie rule 'stop'). Draw a lot in front of "
                + "witnesses with 'lmp election draw " + s.name() + " --seed NUMBER --witness NAME ...' and tally again, or hold "
                + "a run-off (with its own notice unless the notice announced it, 29 CFR 452.30)"));
        Map<String, Object> result = new java.util.LinkedHashMap<>(Recount.summary(c));
        result.put("stage", updated.stage().id());
        return new Tallied(new StepOutcome(updated, writes, Optional.of(new StepOutcome.Entry("election tally", inputs, outputs, result)),
                List.of(), notes), c);
    }

    /** Ballot files whose content differs from what their intake recorded. */
    static List<String> changedSinceIntake(ElectionState s, Recount.Counted c) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, InputFile> f : c.ballotFiles()) {
            Optional<AuditRecord> intake = intakeOf(s, f.getKey());
            if (intake.isEmpty()) continue;
            String then = intake.get().inputs().stream().filter(d -> d.path().equals(f.getKey())).findFirst().orElseThrow().sha256();
            if (!then.equals(f.getValue().sha256())) {
                out.add(f.getKey() + " changed since it was taken in (audit record " + intake.get().seq() + "): SHA-256 was "
                        + then + ", now " + f.getValue().sha256());
            }
        }
        return out;
    }

    /** The intake record that took {@code path} in as a ballot file (the last one naming it). */
    static Optional<AuditRecord> intakeOf(ElectionState s, String path) {
        for (int i = s.log().size() - 1; i >= 0; i--) {
            Optional<AuditRecord> r = s.log().get(i).record();
            if (r.isPresent() && r.get().command().equals("election intake")
                    && r.get().inputs().stream().anyMatch(d -> d.path().equals(path) && !d.keyed())) {
                return r;
            }
        }
        return Optional.empty();
    }
}
