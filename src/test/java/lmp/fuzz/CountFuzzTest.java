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
 * Fuzz targets for every reader of {@code lmp election tally}: BLT, ballot CSV (any header, rank
 * columns, candidate columns) and the election YAML file. The contract: any bytes give either
 * located problems ({@link InputException}) or ballots that every counting method counts and every
 * report format renders; any other exception, a hang or running out of memory is a bug. The normal
 * test run replays the corpus under src/test/resources/lmp/fuzz/CountFuzzTestInputs/; to fuzz for
 * real see docs/reliability.md.
 */
class CountFuzzTest {
    /** Keeps each input's count small, so the fuzzer explores parsing rather than big counts. */
    private static final int MAX_BYTES = 4096;
    private static final List<String> CANDIDATES = List.of("Ana", "Ben", "Cy");

    @FuzzTest(maxDuration = "30s")
    void blt(byte[] data) {
        if (data.length > MAX_BYTES) return;
        Blt.Election e;
        try {
            e = Blt.read(InputFile.of("fuzz.blt", data));
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        if (e.seats() > 20) return;
        countByEveryMethod(e.ballots(), e.seats(), e.withdrawn());
    }

    /** Any bytes as a ballot CSV, header included; either layout, write-ins by the input's length. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsv(byte[] data) {
        if (data.length > MAX_BYTES) return;
        readCsvAndCount(InputFile.of("fuzz.csv", data), new BallotCsv.Options(data.length % 2 == 0, false));
    }

    /** The header is fixed so the fuzzer spends its time on the rows of the rank-column layout. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvRankColumns(byte[] data) {
        if (data.length > MAX_BYTES) return;
        readCsvAndCount(withHeader("ballot_id,rank1,rank2,rank3,count\n", data), new BallotCsv.Options(data.length % 2 == 0, false));
    }

    /** Candidate columns: rank numbers, or marks (plurality, approval), chosen by the input's length. */
    @FuzzTest(maxDuration = "30s")
    void ballotCsvCandidateColumns(byte[] data) {
        if (data.length > MAX_BYTES) return;
        readCsvAndCount(withHeader("Ana,Ben,Cy,count\n", data), new BallotCsv.Options(false, data.length % 2 == 0));
    }

    @FuzzTest(maxDuration = "30s")
    void electionYaml(byte[] data) {
        try {
            CountSpecYaml.readElectionFile(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    private static void readCsvAndCount(InputFile file, BallotCsv.Options options) {
        BallotBox.Builder b = BallotBox.builder(CANDIDATES);
        try {
            BallotCsv.read(file, b, options);
        } catch (InputException expected) {
            Located.check(expected);
            return;
        }
        countByEveryMethod(b.build(), 1, List.of());
    }

    private static InputFile withHeader(String header, byte[] rows) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + rows.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(rows, 0, all, h.length, rows.length);
        return InputFile.of("fuzz.csv", all);
    }

    /** What the command does after reading: check the configuration, count, render every format. */
    private static void countByEveryMethod(BallotBox box, int seats, List<String> withdrawn) {
        for (Method m : Method.values()) {
            CountConfig config = CountConfig.defaults(m, m == Method.IRV ? 1 : seats).withWithdrawn(withdrawn);
            if (!Count.check(config, box).isEmpty()) continue;
            Result result = Count.run(config, box, "fuzz");
            TallyReport report = new TallyReport("fuzz", List.of(new TallyReport.Input("fuzz", "0")), result);
            for (ReportFormat f : ReportFormat.values()) {
                f.render(report);
            }
        }
    }
}
