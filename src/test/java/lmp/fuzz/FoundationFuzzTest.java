package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lmp.io.CsvInput;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.roster.formats.RosterYaml;

/**
 * Fuzz targets for the parsers every format stands on. The contract: any bytes give either a
 * value or located problems ({@link InputException}); any other exception, a hang or running out
 * of memory is a bug. In the normal test run these replay their regression corpus under
 * src/test/resources/lmp/fuzz/FoundationFuzzTestInputs/; to fuzz for real, see docs/reliability.md.
 */
class FoundationFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void rosterYaml(byte[] data) {
        try {
            RosterYaml.read(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csvInput(byte[] data) {
        try {
            CsvInput.read(InputFile.of("fuzz.csv", data), header -> { }, row -> { });
        } catch (InputException expected) {
            Located.check(expected);
        }
    }
}
