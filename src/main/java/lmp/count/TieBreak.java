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
 * A tie already settled by a drawing held outside the count (in public, after a count that stopped
 * at the tie) is given as a drawn result for its round ({@link CountConfig#tieResults()}): it takes the
 * place of the mode for that tie, and the tie is reported as resolved by the drawing.
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

    /** A drawn result that does not fit the count: it names no tied candidate, or no tie needed it. */
    public static final class DrawnResultMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DrawnResultMismatch(String message) {
            super(message, null, false, false);
        }
    }

    private final CountConfig.TieBreakMode mode;
    private final String seed;
    private final List<String> names;
    private final List<String> tieOrder;
    private final List<Tie> ties = new ArrayList<>();
    private final java.util.Map<Integer, List<String>> drawn;
    private final java.util.Map<Integer, Integer> drawnUsed = new java.util.TreeMap<>();
    private int draws;

    public TieBreak(CountConfig.TieBreakMode mode, String seed, List<String> names, List<String> tieOrder) {
        this(mode, seed, names, tieOrder, java.util.Map.of());
    }

    public TieBreak(CountConfig.TieBreakMode mode, String seed, List<String> names, List<String> tieOrder,
                    java.util.Map<Integer, List<String>> drawnResults) {
        this.mode = mode;
        this.seed = seed;
        this.names = List.copyOf(names);
        this.tieOrder = List.copyOf(tieOrder);
        this.drawn = java.util.Map.copyOf(drawnResults);
    }

    /** Drawn results the count did not use, in words ("round 4: Ana"); each one is a mistake in the input. */
    public List<String> unusedDrawnResults() {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(drawn).forEach((round, chosen) -> {
            int used = drawnUsed.getOrDefault(round, 0);
            for (int i = used; i < chosen.size(); i++) out.add("round " + round + ": " + chosen.get(i));
        });
        return out;
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
        return choose(round, purpose, tied, history, 1, pick);
    }

    /** As {@link #choose(int, String, int[], List, Pick)}, where {@code history.get(0)} is round {@code firstRound}. */
    public int choose(int round, String purpose, int[] tied, List<long[]> history, int firstRound, Pick pick) {
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
                    ties.add(new Tie(round, purpose, tiedNames, "round " + (firstRound + r), names.get(remaining[0])));
                    return remaining[0];
                }
            }
        }
        List<String> drawnHere = drawn.getOrDefault(round, List.of());
        int used = drawnUsed.getOrDefault(round, 0);
        if (used < drawnHere.size()) {
            String name = drawnHere.get(used);
            List<String> still = new ArrayList<>();
            for (int c : remaining) still.add(names.get(c));
            if (!still.contains(name)) {
                throw new DrawnResultMismatch("the drawn result for round " + round + " names " + name
                        + ", but the tie to " + purpose + " in that round is between " + String.join(", ", still));
            }
            drawnUsed.put(round, used + 1);
            ties.add(new Tie(round, purpose, tiedNames, "drawing", name));
            return names.indexOf(name);
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
