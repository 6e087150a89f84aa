package lmp.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * A lot drawn in public: the seed drawn in front of witnesses (for example numbered balls from a
 * bag, before or after the tally), recorded with their names and the day. The election's tie rule
 * becomes {@code lot} with that seed, so a recount decides every tie by it, and the certificate
 * states the seed and the witnesses. A seed is drawn once: a second draw would let anyone redraw
 * until a lot suited them, so it is refused (reopen the election to draw again, on the record).
 */
public final class DrawStep {
    private DrawStep() {
    }

    public static StepOutcome run(ElectionState s, String seed, List<String> witnesses, LocalDate day) {
        Election e = s.election();
        Location at = Location.of(s.file().name());
        List<Problem> refused = new ArrayList<>();
        Lifecycle.refusal(e.stage(), Lifecycle.Step.DRAW).ifPresent(r -> refused.add(Problem.error(at, "refusing to draw: " + r)));
        AuditTrail.problems(s).forEach(p -> refused.add(Problem.error(at, "refusing to draw: " + p)));
        e.status().lot().filter(l -> e.stage() != Stage.REOPENED).ifPresent(l -> refused.add(Problem.error(at, "refusing to draw: a lot "
                + "was already drawn on " + l.drawnOn() + " (seed " + l.seed() + ", witnesses " + String.join(", ", l.witnesses())
                + "); it stands")));
        if (!seed.matches("\\d{1,18}")) refused.add(Problem.error(at, "the seed should be a whole number of up to 18 digits, as drawn"));
        List<String> names = witnesses.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        if (names.isEmpty()) refused.add(Problem.error(at, "name at least one witness of the drawing (--witness NAME)"));
        if (!refused.isEmpty()) throw new Refused(refused);
        Map<String, String> tie = new LinkedHashMap<>(e.count().tieBreak());
        tie.put("mode", "lot");
        tie.put("seed", seed);
        CountPart count = new CountPart(e.count().title(), e.count().method(), e.count().seats(), e.count().candidates(),
                e.count().withdrawn(), e.count().rules(), tie, e.count().ballots());
        Election updated = e.withCount(count).withStatus(e.status().withLot(new ElectionStatus.Lot(seed, names, day)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seed", seed);
        result.put("witnesses", names);
        result.put("drawn_on", day.toString());
        return new StepOutcome(updated, List.of(), Optional.of(new StepOutcome.Entry("election draw", List.of(), List.of(), result)),
                List.of(), List.of("Recorded the lot drawn on " + day + ": seed " + seed + ", witnessed by " + String.join(", ", names)
                        + "; ties are now decided by this seed"));
    }
}
