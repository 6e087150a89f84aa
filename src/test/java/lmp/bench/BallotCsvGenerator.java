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
 * Deterministic for a given seed. Usage: {@code BallotCsvGenerator OUT.csv [ballots] [seed]
 * [--candidate-columns]}. With {@code --candidate-columns} the same ballots are written as RCTab's
 * generic CSV and survey tools write them: one column per candidate holding the rank given to that
 * candidate (1 = first choice), blank when not ranked.
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
        boolean candidateColumns = args.length > 3 && args[3].equals("--candidate-columns");
        SplittableRandom random = new SplittableRandom(seed);
        int total = 0;
        for (int p : POPULARITY) total += p;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            w.write(candidateColumns ? "ballot_id," + String.join(",", CANDIDATES) + "\n" : "ballot_id,rank1,rank2,rank3,rank4,rank5\n");
            boolean[] used = new boolean[CANDIDATES.length];
            int[] rankOf = new int[CANDIDATES.length];
            for (int b = 0; b < ballots; b++) {
                w.write(Integer.toString(b + 1));
                int ranks = 1 + random.nextInt(5);
                java.util.Arrays.fill(used, false);
                java.util.Arrays.fill(rankOf, 0);
                for (int r = 0; r < 5; r++) {
                    if (!candidateColumns) w.write(',');
                    if (r >= ranks) continue;
                    int c;
                    do {
                        int x = random.nextInt(total);
                        c = 0;
                        while (x >= POPULARITY[c]) x -= POPULARITY[c++];
                    } while (used[c]);
                    used[c] = true;
                    rankOf[c] = r + 1;
                    if (!candidateColumns) w.write(CANDIDATES[c]);
                }
                if (candidateColumns) {
                    for (int rank : rankOf) {
                        w.write(',');
                        if (rank > 0) w.write(Integer.toString(rank));
                    }
                }
                w.write('\n');
            }
        }
    }
}
