package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.PolicyYaml;

/**
 * Any bytes given as a terms policy either give located problems or a policy that renders back as
 * JSON and YAML; any other exception, a hang or running out of memory is a bug. The normal test run
 * replays the corpus under src/test/resources/lmp/fuzz/TermsFuzzTestInputs/.
 */
class TermsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void policyYaml(byte[] data) {
        Parsed<TermsPolicy> parsed;
        try {
            parsed = PolicyYaml.read(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        parsed.problems().forEach(p -> Located.check(new InputException(p)));
        if (parsed.hasErrors() || parsed.value().isEmpty()) {
            return;
        }
        PolicyYaml.toJson(parsed.value().get());
        PolicyYaml.toYaml(parsed.value().get());
    }
}
