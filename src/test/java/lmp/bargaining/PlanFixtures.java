package lmp.bargaining;

import java.io.InputStream;
import lmp.bargaining.formats.PlanYaml;
import lmp.io.InputFile;

/** Plans for tests: the shipped 2021 example, the test resources, and plans written inline. */
public final class PlanFixtures {
    public static final String EXAMPLE = "examples/bargaining-2021/plan.yaml";
    public static final String TIMED = "src/test/resources/bargaining/timed-plan.yaml";
    public static final String BROKEN = "src/test/resources/bargaining/broken-plan.yaml";

    private PlanFixtures() {
    }

    public static Plan read(String path) {
        return PlanYaml.read(InputFile.read(path, InputStream.nullInputStream())).orThrow();
    }

    /** A minimal valid plan header (health care, expiry 2025-09-30) followed by {@code rest}. */
    public static String plan(String rest) {
        return """
                lmp_bargaining_plan: 1
                id: t
                agreement:
                  name: T
                  parties: [Employer, Union]
                  union_group: Union
                  expires: 2025-09-30
                  time_zone: America/Los_Angeles
                  health_care_institution: true
                """ + rest;
    }

    public static Plan parse(String yaml) {
        return PlanYaml.read(InputFile.ofText("plan.yaml", yaml)).orThrow();
    }
}
