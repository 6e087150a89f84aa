package lmp.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds ballot boxes from short lines for hand-checked tests: {@code "3: A B C"} is three ballots
 * ranking A, B, C; {@code "A=B C"} ranks A and B equal first; {@code "- A"} skips the first rank;
 * {@code ""} is a blank ballot.
 */
final class TestBallots {
    private TestBallots() {
    }

    static BallotBox box(List<String> candidates, String... lines) {
        BallotBox.Builder b = BallotBox.builder(candidates);
        for (String line : lines) {
            long weight = 1;
            String body = line;
            int colon = line.indexOf(':');
            if (colon > 0) {
                weight = Long.parseLong(line.substring(0, colon).strip());
                body = line.substring(colon + 1);
            }
            List<int[]> ranks = new ArrayList<>();
            for (String tok : body.strip().split("\\s+")) {
                if (tok.isEmpty()) continue;
                if (tok.equals("-")) {
                    ranks.add(new int[0]);
                    continue;
                }
                ranks.add(Arrays.stream(tok.split("=")).mapToInt(candidates::indexOf).toArray());
            }
            b.add(Ranking.of(ranks.toArray(new int[0][])), weight);
        }
        return b.build();
    }

    /** The groups of preferences as "A>B" -> weight, for readable assertions. */
    static Map<String, Long> groups(Preferences p) {
        Map<String, Long> out = new TreeMap<>();
        for (int g = 0; g < p.groups().length; g++) {
            StringBuilder sb = new StringBuilder();
            for (int c : p.groups()[g]) {
                if (sb.length() > 0) sb.append('>');
                sb.append(p.candidates().get(c));
            }
            out.merge(sb.toString(), p.weights()[g], Long::sum);
        }
        return out;
    }

    static CountConfig config(Method m, int seats) {
        return CountConfig.defaults(m, seats);
    }
}
