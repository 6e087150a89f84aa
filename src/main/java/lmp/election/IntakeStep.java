package lmp.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.election.AuditRecord.FileDigest;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * Taking in what the tellers hand over: ballot files, the marked check-off list, challenges
 * (voter-side: a member id and a reason, the envelope stays sealed), their resolution, and spoiled
 * ballots. Refused once the election is counted or certified ({@link Lifecycle}). Ballot files are
 * taken in only from the last day of voting to the count day (an override named {@code window}
 * records why a late batch is accepted): so no record links the voters checked off so far to a
 * batch of ballots, the check-off list is also frozen once the first ballots are in. A ballot file
 * whose content or ballot ids were taken in before is refused, naming both files. An intake that
 * changes nothing writes nothing.
 */
public final class IntakeStep {

    /** What the tellers hand over; every part optional. Files are by path relative to the election file. */
    public record Request(List<Map.Entry<String, InputFile>> ballots, Optional<Map.Entry<String, InputFile>> checkoff,
                          Optional<String> challengeVoter, Optional<String> reason, Optional<String> resolveVoter,
                          Optional<Boolean> accept, Optional<SpoiledBallot> spoiled, List<Override> overrides) {
        public Request {
            ballots = List.copyOf(ballots);
            overrides = List.copyOf(overrides);
        }
    }

    private IntakeStep() {
    }

    public static StepOutcome run(ElectionState s, Request q, LocalDate day) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> refused = new ArrayList<>();
        Lifecycle.refusal(e.stage(), Lifecycle.Step.INTAKE).ifPresent(r -> refused.add(Problem.error(at, "refusing intake: " + r)));
        AuditTrail.problems(s).forEach(p -> refused.add(Problem.error(at, "refusing intake: " + p)));
        if (!refused.isEmpty()) throw new Refused(refused);

        List<FileDigest> inputs = new ArrayList<>();
        List<String> ballotFiles = new ArrayList<>(e.count().ballots());
        if (!q.ballots().isEmpty()) {
            windowProblem(e, day, q.overrides()).ifPresent(m -> refused.add(Problem.error(at, m)));
            List<Map.Entry<String, InputFile>> all = new ArrayList<>();
            for (String b : e.count().ballots()) s.file(b).ifPresent(f -> all.add(Map.entry(b, f)));
            all.addAll(q.ballots());
            for (String d : BallotFileChecks.duplicates(all)) refused.add(Problem.error(at, "refusing intake: " + d));
            for (Map.Entry<String, InputFile> b : q.ballots()) {
                ballotFiles.add(b.getKey());
                inputs.add(ElectionState.plain(b.getKey(), b.getValue().bytes()));
            }
        }
        Optional<String> checkoff = e.checkoff();
        if (q.checkoff().isPresent()) {
            Map.Entry<String, InputFile> c = q.checkoff().get();
            FileDigest d = s.keyed(c.getKey(), c.getValue().bytes());
            boolean same = checkoff.equals(Optional.of(c.getKey())) && lastDigest(s, c.getKey()).equals(Optional.of(d.sha256()));
            if (!same) {
                if (!e.count().ballots().isEmpty() && q.overrides().stream().noneMatch(o -> o.item().equals("checkoff"))) {
                    refused.add(Problem.error(at, "refusing intake: the check-off list is frozen once ballots are taken in, so that "
                            + "no record links newly checked-off voters to a batch of ballots (29 CFR 452.97); give the whole "
                            + "list with the first ballots"));
                }
                checkoff = Optional.of(c.getKey());
                inputs.add(d);
            }
        }
        List<Challenge> challenged = new ArrayList<>(e.challenged());
        if (q.challengeVoter().isPresent()) {
            String id = q.challengeVoter().get().strip();
            if (q.reason().filter(r -> !r.isBlank()).isEmpty()) {
                refused.add(Problem.error(at, "a challenge needs --reason TEXT"));
            } else if (challenged.stream().anyMatch(c -> c.voter().equals(id))) {
                refused.add(Problem.error(at, "voter " + id + " is already challenged; resolve that challenge instead"));
            } else {
                challenged.add(new Challenge(id, q.reason().get().strip(), Challenge.Resolution.PENDING, at));
            }
        }
        if (q.resolveVoter().isPresent()) {
            String id = q.resolveVoter().get().strip();
            int i = indexOf(challenged, id);
            if (i < 0) {
                refused.add(Problem.error(at, "no challenge of voter " + id + " is recorded; the pending ones are: "
                        + String.join(", ", challenged.stream().filter(c -> c.resolution() == Challenge.Resolution.PENDING)
                                .map(Challenge::voter).toList())));
            } else if (challenged.get(i).resolution() != Challenge.Resolution.PENDING) {
                refused.add(Problem.error(at, "the challenge of voter " + id + " was already " + challenged.get(i).resolution().id()
                        + "; a resolution is final once made"));
            } else {
                Challenge c = challenged.get(i);
                challenged.set(i, new Challenge(c.voter(), c.reason(), q.accept().orElse(false) ? Challenge.Resolution.ACCEPTED
                        : Challenge.Resolution.REJECTED, c.origin()));
            }
        }
        List<SpoiledBallot> spoiled = new ArrayList<>(e.spoiled());
        q.spoiled().ifPresent(spoiled::add);
        if (!refused.isEmpty()) throw new Refused(refused);

        Election updated = e.withIntake(ballotFiles, challenged, spoiled, checkoff);
        boolean changed = !updated.equals(e) || !inputs.isEmpty();
        if (!changed) {
            return new StepOutcome(e, List.of(), Optional.empty(), List.of(), List.of("nothing new to record; " + s.name() + " is unchanged"));
        }
        updated = updated.withStatus(updated.status().withStage(Lifecycle.after(e.stage(), Lifecycle.Step.INTAKE, true)));
        Map<String, Object> result = new TreeMap<>();
        result.put("ballot_files", ballotFiles.size());
        result.put("challenged_pending", updated.challenges(Challenge.Resolution.PENDING));
        result.put("challenged_accepted", updated.challenges(Challenge.Resolution.ACCEPTED));
        result.put("challenged_rejected", updated.challenges(Challenge.Resolution.REJECTED));
        result.put("spoiled", updated.spoiledCount());
        result.put("stage", updated.stage().id());
        if (!q.overrides().isEmpty()) result.put("overrides", overrides(q.overrides()));
        String line = "Updated " + s.name() + ": " + ballotFiles.size() + " ballot file(s), " + challenged.size() + " challenge(s) ("
                + result.get("challenged_pending") + " pending), " + result.get("spoiled") + " spoiled";
        return new StepOutcome(updated, List.of(), Optional.of(new StepOutcome.Entry("election intake", inputs, List.of(), result)),
                List.of(), List.of(line));
    }

    /** Ballots are taken in from the last day of voting to the count day; outside it, only with an override named 'window'. */
    static Optional<String> windowProblem(Election e, LocalDate day, List<Override> overrides) {
        boolean overridden = overrides.stream().anyMatch(o -> o.item().equals("window"));
        Optional<LocalDate> last = e.dates().lastVotingDay();
        if (last.isEmpty()) return Optional.of("refusing ballots: the election file has no last day of voting (dates.voting_closes)");
        if (day.isBefore(last.get())) {
            return Optional.of("refusing ballots on " + day + ": voting is open until " + last.get() + "; ballots are taken in only "
                    + "once voting closes, so no record links the voters checked off so far to a batch of ballots (29 CFR 452.97)");
        }
        LocalDate countDay = e.dates().countDay().orElse(last.get());
        if (day.isAfter(countDay) && !overridden) {
            return Optional.of("refusing ballots on " + day + ": voting closed " + last.get() + (e.dates().mailBallot()
                    ? " (mail return deadline)" : "") + " and the count was set for " + countDay + "; if these ballots were "
                    + "received in time, record why with --override window=\"REASON\"");
        }
        return Optional.empty();
    }

    static Optional<String> lastDigest(ElectionState s, String path) {
        for (int i = s.log().size() - 1; i >= 0; i--) {
            Optional<AuditRecord> r = s.log().get(i).record();
            if (r.isEmpty()) continue;
            for (FileDigest d : r.get().inputs()) if (d.path().equals(path)) return Optional.of(d.sha256());
        }
        return Optional.empty();
    }

    static List<Map<String, String>> overrides(List<Override> list) {
        return list.stream().map(o -> Map.of("item", o.item(), "reason", o.reason())).toList();
    }

    private static int indexOf(List<Challenge> list, String voter) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).voter().equals(voter)) return i;
        return -1;
    }
}
