package lmp.cli.bargaining;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lmp.bargaining.Deadline;
import lmp.bargaining.Plan;
import lmp.bargaining.PlanRules;
import lmp.bargaining.formats.PlanYaml;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import lmp.io.Problems;

/**
 * A plan read and checked, as both bargaining commands that take a plan need it: the plan (when
 * it has no errors) and every problem from reading and from {@link PlanRules}, in file order.
 */
record PlanCheck(Optional<Plan> plan, List<Problem> problems, List<Deadline> missed) {

    static PlanCheck of(InputFile file, LocalDate asOf) {
        Parsed<Plan> parsed = PlanYaml.read(file);
        Problems all = new Problems();
        all.addAll(parsed.problems());
        if (parsed.hasErrors() || parsed.value().isEmpty()) {
            return new PlanCheck(Optional.empty(), all.sorted(), List.of());
        }
        Plan plan = parsed.value().get();
        all.addAll(PlanRules.check(plan, asOf));
        List<Problem> sorted = all.sorted();
        boolean errors = sorted.stream().anyMatch(Problem::isError);
        return new PlanCheck(errors ? Optional.empty() : Optional.of(plan), sorted, PlanRules.missed(plan.agreement(), asOf));
    }

    long warnings() {
        return problems.stream().filter(p -> !p.isError()).count();
    }

    long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** The banner printed after the problems when statutory notices have passed: hard to overlook. */
    String missedBanner(LocalDate asOf) {
        StringBuilder b = new StringBuilder();
        b.append("!! ").append(missed.size()).append(missed.size() == 1 ? " statutory notice deadline has" : " statutory notice deadlines have")
                .append(" passed as of ").append(asOf).append(':');
        for (Deadline d : missed) {
            b.append("\n!!   ").append(d.title()).append(" was due by ").append(d.date()).append(" (").append(d.statute()).append(')');
        }
        return b.toString();
    }
}
