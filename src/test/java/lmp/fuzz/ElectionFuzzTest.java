package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.CheckoffList;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputException;
import lmp.io.InputFile;

/**
 * Fuzz targets for the election file, the audit log and the marked check-off list: any bytes give an election, located
 * problems, or (for the audit log) a list of chain problems; never another exception. The
 * regression corpus is under src/test/resources/lmp/fuzz/ElectionFuzzTestInputs/.
 */
class ElectionFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void electionYaml(byte[] data) {
        try {
            ElectionYaml.read(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void auditLog(byte[] data) {
        try {
            AuditLogJsonl.verifyChain("fuzz.jsonl", AuditLogJsonl.read(InputFile.of("fuzz.jsonl", data)));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    /** The marked check-off list read by 'election intake --checkoff'. */
    @FuzzTest(maxDuration = "30s")
    void checkoffMarked(byte[] data) {
        try {
            var parsed = CheckoffList.readMarked(InputFile.of("fuzz.csv", data));
            parsed.problems().forEach(p -> Located.check(new InputException(p)));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }
}
