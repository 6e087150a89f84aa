package lmp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a rank-column ballot CSV for the tally benchmark: {@code ballots} ballots over 8 candidates,
 * each ranking 1 to 5 of them, with first preferences skewed so that IRV needs several rounds.
 * Deterministic for a given seed. Usage: {@code BallotCsvGenerator OUT.csv [ballots] [seed]}.
 */
public final class BallotCsvGenerator {
    static final String[] CANDIDATES = {"Ana Alvarez", "Ben Brooks", "Carla Chen", "Dev Desai", "Eli Evans",
        "Fay Fischer", "Gus Garcia", "Hana Hill"};
    /** Relative popularity of each candidate. */
    static final int[] POPULARITY = {22, 20, 17, 13, 10, 8, 6, 4};

    private BallotCsvGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int ballots = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        SplittableRandom random = new SplittableRandom(seed);
        int total = 0;
        for (int p : POPULARITY) total += p;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("ballot_id,rank1,rank2,rank3,rank4,rank5\n");
            boolean[] used = new boolean[CANDIDATES.length];
            for (int b = 0; b < ballots; b++) {
                w.write(Integer.toString(b + 1));
                int ranks = 1 + random.nextInt(5);
                java.util.Arrays.fill(used, false);
                for (int r = 0; r < 5; r++) {
                    w.write(',');
                    if (r >= ranks) continue;
                    int c;
                    do {
                        int x = random.nextInt(total);
                        c = 0;
                        while (x >= POPULARITY[c]) x -= POPULARITY[c++];
                    } while (used[c]);
                    used[c] = true;
                    w.write(CANDIDATES[c]);
                }
                w.write('\n');
            }
        }
    }
}
