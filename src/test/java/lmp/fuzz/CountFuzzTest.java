package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.count.Result;
import lmp.count.formats.BallotCsv;
import lmp.count.formats.Blt;
import lmp.count.formats.CountSpecYaml;
import lmp.count.report.ReportFormat;
import lmp.count.report.TallyReport;
import lmp.io.InputException;
import lmp.io.InputFile;

/**
 * Fuzz targets for every reader of {@code lmp election tally}: BLT, ballot CSV with rank columns,
 * ballot CSV with candidate columns, and the election YAML file. Any bytes give either located
 * problems or ballots that the counting engine counts and every report format renders; any other
 * exception, a hang or running out of memory is a bug. The normal test run replays the corpus
 * under src/test/resources/lmp/fuzz/CountFuzzTestInputs/; to fuzz for real see docs/reliability.md.
 */
class CountFuzzTest {
    private static final List<String> CANDIDATES = List.of("Ana", "Ben", "Carla");

    @FuzzTest(maxDuration = "30s")
    void blt(byte[] data) {
        Blt.Election e;
        try {
            e = Blt.read(InputFile.of("fuzz.blt", data));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        countAndRender(CountConfig.defaults(data.length % 2 == 0 ? Method.STV : Method.MEEK, e.seats())
                .withWithdrawn(e.withdrawn()), e.ballots());
    }

    /** The header is fixed so the fuzzer spends its time on the rows of the rank-column layout. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvRankColumns(byte[] data) {
        BallotBox.Builder box = BallotBox.builder(CANDIDATES);
        boolean writeIns = data.length % 2 == 0;
        try {
            BallotCsv.read(withHeader("ballot_id,rank1,rank2,rank3,count\n", data), box, new BallotCsv.Options(writeIns, false));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        countAndRender(CountConfig.defaults(Method.IRV, 1), box.build());
    }

    /** Candidate columns: rank numbers (IRV) or marks (approval), chosen by the input's length. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvCandidateColumns(byte[] data) {
        BallotBox.Builder box = BallotBox.builder(CANDIDATES);
        boolean marks = data.length % 2 == 0;
        try {
            BallotCsv.read(withHeader("Ana,Ben,Carla,count\n", data), box, new BallotCsv.Options(false, marks));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        countAndRender(CountConfig.defaults(marks ? Method.APPROVAL : Method.IRV, 1), box.build());
    }

    /** Any bytes as a ballot CSV, header included (either layout, write-ins allowed as for a CSV alone). */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvAnyHeader(byte[] data) {
        BallotBox.Builder box = BallotBox.builder(List.of());
        try {
            BallotCsv.read(InputFile.of("fuzz.csv", data), box, new BallotCsv.Options(true, false));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        BallotBox b = box.build();
        if (!b.candidates().isEmpty()) {
            countAndRender(CountConfig.defaults(Method.IRV, 1), b);
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

    private static InputFile withHeader(String header, byte[] rows) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + rows.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(rows, 0, all, h.length, rows.length);
        return InputFile.of("fuzz.csv", all);
    }

    /** What the command does after reading: check the configuration, count, render every format. */
    private static void countAndRender(CountConfig config, BallotBox box) {
        if (!Count.check(config, box).isEmpty()) {
            return;
        }
        Result result = Count.run(config, box, "fuzz");
        TallyReport report = new TallyReport("fuzz", List.of(new TallyReport.Input("fuzz", "0")), result);
        for (ReportFormat f : ReportFormat.values()) {
            f.render(report);
        }
    }
}
