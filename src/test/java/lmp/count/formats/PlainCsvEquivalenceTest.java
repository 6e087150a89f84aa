package lmp.count.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import lmp.count.BallotBox;
import lmp.io.InputException;
import lmp.io.InputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte-level path for plain CSV files (no quotes) must read exactly what the general CsvInput
 * path reads. Each seeded random file is read twice: as written (plain path) and with its header
 * quoted (which sends it down the general path); ballots, candidates and errors must agree.
 */
class PlainCsvEquivalenceTest {
    private static final String[] NAMES = {"Ana", "Ben Brooks", "José Núñez", "Cy", "Dee-Dee"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private static String randomCsv(SplittableRandom rnd, boolean quotedHeader) {
        char d = rnd.nextInt(4) == 0 ? ';' : ',';
        boolean count = rnd.nextBoolean();
        int ranks = 1 + rnd.nextInt(4);
        String nl = rnd.nextBoolean() ? "\n" : "\r\n";
        StringBuilder sb = new StringBuilder();
        StringBuilder header = new StringBuilder("ballot_id");
        for (int r = 1; r <= ranks; r++) header.append(d).append("rank").append(r);
        if (count) header.append(d).append("count");
        sb.append(quotedHeader ? "\"" + header.toString().replace(String.valueOf(d), "\"" + d + "\"") + "\"" : header).append(nl);
        int rows = rnd.nextInt(30);
        for (int i = 0; i < rows; i++) {
            if (rnd.nextInt(15) == 0) {
                sb.append(rnd.nextBoolean() ? "" : "  ").append(nl);
                continue;
            }
            sb.append(i);
            int cells = rnd.nextInt(8) == 0 ? rnd.nextInt(ranks + 1) : ranks;
            for (int r = 0; r < cells; r++) {
                sb.append(d);
                int kind = rnd.nextInt(12);
                String name = NAMES[rnd.nextInt(NAMES.length)];
                if (kind == 0) continue;
                if (kind == 1) sb.append(' ').append(name).append(' ');
                else if (kind == 2) sb.append(name).append('|').append(NAMES[rnd.nextInt(NAMES.length)]);
                else if (kind == 3) sb.append("Zed");
                else sb.append(name);
            }
            if (count && cells == ranks) {
                sb.append(d);
                int k = rnd.nextInt(10);
                if (k == 0) sb.append("x");
                else if (k == 1) sb.append("");
                else if (k == 2) sb.append(" 7 ");
                else sb.append(1 + rnd.nextInt(5));
            }
            sb.append(nl);
        }
        return sb.toString();
    }

    /** A candidate-column file: rank numbers (some repeated, out of range, marks or blank), optional count. */
    private static String randomCandidateColumns(SplittableRandom rnd, boolean quotedHeader) {
        char d = rnd.nextInt(4) == 0 ? ';' : ',';
        boolean count = rnd.nextBoolean();
        int columns = 1 + rnd.nextInt(NAMES.length);
        String nl = rnd.nextBoolean() ? "\n" : "\r\n";
        StringBuilder sb = new StringBuilder();
        StringBuilder header = new StringBuilder("ballot_id");
        for (int c = 0; c < columns; c++) header.append(d).append(NAMES[c]);
        if (count) header.append(d).append("count");
        sb.append(quotedHeader ? "\"" + header.toString().replace(String.valueOf(d), "\"" + d + "\"") + "\"" : header).append(nl);
        int rows = rnd.nextInt(30);
        for (int i = 0; i < rows; i++) {
            sb.append(i);
            int cells = rnd.nextInt(8) == 0 ? rnd.nextInt(columns + 1) : columns;
            for (int c = 0; c < cells; c++) {
                sb.append(d);
                int kind = rnd.nextInt(14);
                if (kind < 4) continue;
                if (kind == 4) sb.append('x');
                else if (kind == 5) sb.append(' ').append(1 + rnd.nextInt(columns)).append(' ');
                else if (kind == 6) sb.append(columns + 1 + rnd.nextInt(3));
                else if (kind == 7) sb.append('0');
                else sb.append(1 + rnd.nextInt(columns));
            }
            if (count && cells == columns) {
                sb.append(d);
                int k = rnd.nextInt(10);
                if (k == 0) sb.append("x");
                else if (k == 1) sb.append("");
                else sb.append(1 + rnd.nextInt(5));
            }
            sb.append(nl);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void plainAndGeneralPathsReadTheSameCandidateColumnBallots(long seed) {
        for (boolean marks : new boolean[] {false, true}) {
            String plain = randomCandidateColumns(new SplittableRandom(seed), false);
            String quoted = randomCandidateColumns(new SplittableRandom(seed), true);
            assertThat(quoted).contains("\"");
            assertThat(read(plain, false, marks)).as(plain).isEqualTo(read(quoted, false, marks));
        }
    }

    private static String read(String csv, boolean writeIns) {
        return read(csv, writeIns, false);
    }

    private static String read(String csv, boolean writeIns, boolean marks) {
        BallotBox.Builder b = BallotBox.builder(List.of("Ana", "Ben Brooks", "José Núñez", "Cy", "Dee-Dee"));
        try {
            BallotCsv.read(InputFile.of("f.csv", csv.getBytes(StandardCharsets.UTF_8)), b, new BallotCsv.Options(writeIns, marks));
        } catch (InputException e) {
            return "error " + e.problems();
        }
        BallotBox box = b.build();
        Map<String, Long> groups = new TreeMap<>();
        box.forEach((r, w) -> groups.merge(r.toString(), w, Long::sum));
        return box.candidates() + " " + groups;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void plainAndGeneralPathsReadTheSameBallots(long seed) {
        for (boolean writeIns : new boolean[] {false, true}) {
            String plain = randomCsv(new SplittableRandom(seed), false);
            String quoted = randomCsv(new SplittableRandom(seed), true);
            assertThat(quoted).contains("\"");
            assertThat(read(plain, writeIns)).as(plain).isEqualTo(read(quoted, writeIns));
        }
    }
}
