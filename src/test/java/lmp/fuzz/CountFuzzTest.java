package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.count.formats.BallotCsv;
import lmp.count.formats.Blt;
import lmp.count.formats.CountSpecYaml;
import lmp.io.InputException;
import lmp.io.InputFile;

/**
 * Fuzz targets for the ballot readers and the count. The contract: any bytes give either ballots
 * or located problems ({@link InputException}); any ballots that read can be counted by every
 * method without an exception. The normal test run replays the corpus in
 * src/test/resources/lmp/fuzz/CountFuzzTestInputs/.
 */
class CountFuzzTest {
    /** Keeps each input's count small, so the fuzzer explores parsing rather than big counts. */
    private static final int MAX_BYTES = 4096;

    @FuzzTest(maxDuration = "30s")
    void blt(byte[] data) {
        if (data.length > MAX_BYTES) return;
        try {
            Blt.Election e = Blt.read(InputFile.of("fuzz.blt", data));
            if (e.seats() > 20) return;
            for (Method m : Method.values()) {
                int seats = m == Method.IRV ? 1 : e.seats();
                Count.run(CountConfig.defaults(m, seats).withWithdrawn(e.withdrawn()), e.ballots(), "fuzz");
            }
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ballotCsv(byte[] data) {
        if (data.length > MAX_BYTES) return;
        try {
            BallotBox.Builder b = BallotBox.builder(List.of("Ana", "Ben", "Cy"));
            BallotCsv.read(InputFile.of("fuzz.csv", data), b, new BallotCsv.Options(data.length % 2 == 0, false));
            BallotBox box = b.build();
            for (Method m : Method.values()) Count.run(CountConfig.defaults(m, 1), box, "fuzz");
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void electionYaml(byte[] data) {
        try {
            CountSpecYaml.readElectionFile(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }
}
