package lmp.count;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Resolves ties the same way for every method. First the tied candidates' votes at earlier rounds
 * are compared, most recent round first (Scottish rules 49(2) and 51(1)(a)); candidates still tied
 * at every earlier round are then separated according to the mode:
 * <ul>
 *   <li>{@code lot}: for each tied candidate the SHA-256 of {@code seed + "\n" + draw + "\n" + name}
 *       is computed (draw = 1 for the first lot of the count, 2 for the next ...); the candidate with
 *       the smallest hash (as lower-case hex) is chosen. Anyone with the seed can repeat the draw.</li>
 *   <li>{@code order}: the candidate first in the tie order (BLT {@code [tie]} line, else ballot
 *       order), as Droop and OpenSTV do.</li>
 *   <li>{@code stop}: the count stops and the tie is reported.</li>
 * </ul>
 */
public final class TieBreak {
    /** Thrown inside a count when mode is {@code stop}; the count turns it into a stopped result. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Tie tie;

        Stopped(Tie tie) {
            super("tie", null, false, false);
            this.tie = tie;
        }
    }

    public enum Pick { LOWEST, HIGHEST }

    private final CountConfig.TieBreakMode mode;
    private final String seed;
    private final List<String> names;
    private final List<String> tieOrder;
    private final List<Tie> ties = new ArrayList<>();
    private int draws;

    public TieBreak(CountConfig.TieBreakMode mode, String seed, List<String> names, List<String> tieOrder) {
        this.mode = mode;
        this.seed = seed;
        this.names = List.copyOf(names);
        this.tieOrder = List.copyOf(tieOrder);
    }

    public List<Tie> ties() {
        return List.copyOf(ties);
    }

    /**
     * Chooses one of {@code tied} (candidate indices, at least two). {@code history} holds the votes
     * of every candidate at each completed round, oldest first; {@code pick} says whether the lowest
     * (to exclude) or the highest (to elect or transfer first) is wanted.
     */
    public int choose(int round, String purpose, int[] tied, List<long[]> history, Pick pick) {
        int[] remaining = tied.clone();
        Arrays.sort(remaining);
        List<String> tiedNames = new ArrayList<>();
        for (int c : remaining) tiedNames.add(names.get(c));
        for (int r = history.size() - 1; r >= 0 && remaining.length > 1; r--) {
            long[] votes = history.get(r);
            long best = votes[remaining[0]];
            for (int c : remaining) best = pick == Pick.LOWEST ? Math.min(best, votes[c]) : Math.max(best, votes[c]);
            final long b = best;
            int[] next = Arrays.stream(remaining).filter(c -> votes[c] == b).toArray();
            if (next.length < remaining.length) {
                remaining = next;
                if (remaining.length == 1) {
                    ties.add(new Tie(round, purpose, tiedNames, "round " + (r + 1), names.get(remaining[0])));
                    return remaining[0];
                }
            }
        }
        int chosen;
        switch (mode) {
            case STOP -> {
                Tie t = new Tie(round, purpose, tiedNames, "unresolved", "");
                ties.add(t);
                throw new Stopped(t);
            }
            case ORDER -> {
                chosen = remaining[0];
                int best = Integer.MAX_VALUE;
                for (int c : remaining) {
                    int pos = tieOrder.indexOf(names.get(c));
                    if (pos >= 0 && pos < best) {
                        best = pos;
                        chosen = c;
                    }
                }
                ties.add(new Tie(round, purpose, tiedNames, "order", names.get(chosen)));
            }
            default -> {
                draws++;
                chosen = remaining[0];
                String low = null;
                for (int c : remaining) {
                    String h = sha256(seed + "\n" + draws + "\n" + names.get(c));
                    if (low == null || h.compareTo(low) < 0) {
                        low = h;
                        chosen = c;
                    }
                }
                ties.add(new Tie(round, purpose, tiedNames, "lot", names.get(chosen)));
            }
        }
        return chosen;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
