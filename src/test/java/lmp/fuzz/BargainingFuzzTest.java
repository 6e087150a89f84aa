package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import lmp.bargaining.Plan;
import lmp.bargaining.PlanRules;
import lmp.bargaining.formats.PlanCalendar;
import lmp.bargaining.formats.PlanChart;
import lmp.bargaining.formats.PlanCsv;
import lmp.bargaining.formats.PlanMarkdown;
import lmp.bargaining.formats.PlanYaml;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Parsed;

/**
 * Any bytes given as a bargaining plan either give located problems or a plan that every
 * timeline writer can render; any other exception is a bug. The normal test run replays the
 * corpus under src/test/resources/lmp/fuzz/BargainingFuzzTestInputs/.
 */
class BargainingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void planYaml(byte[] data) throws IOException {
        Parsed<Plan> parsed;
        try {
            parsed = PlanYaml.read(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        if (parsed.hasErrors() || parsed.value().isEmpty()) {
            return;
        }
        Plan plan = parsed.value().get();
        LocalDate asOf = LocalDate.of(2026, 6, 15);
        if (PlanRules.check(plan, asOf).stream().anyMatch(lmp.io.Problem::isError)) {
            return;
        }
        try {
            PlanCalendar.write(plan, new ByteArrayOutputStream());
        } catch (InputException expected) {
            Located.check(expected);
        }
        PlanMarkdown.write(plan, asOf, new ByteArrayOutputStream());
        PlanCsv.write(plan, new ByteArrayOutputStream());
        PlanChart.write(plan, asOf, new ByteArrayOutputStream());
    }
}
