package lmp.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the ballot rules of a {@link CountConfig} to each distinct ranking once, before the count,
 * because none of them depends on the state of the count: maximum rankings, withdrawn candidates,
 * skipped ranks, overvotes and duplicates (in that order, rank by rank). Ballots left with no
 * candidate are classified as blank or invalid by reason; they are reported, never dropped.
 */
public final class BallotRules {
    static final String BLANK = "blank";
    static final String OVERVOTE_FIRST = "overvote at the first marked rank";
    static final String ONLY_WITHDRAWN = "only withdrawn candidates marked";
    static final String SKIPPED_FIRST = "more skipped ranks before the first choice than allowed";
    static final String TOO_MANY_MARKS = "more candidates marked than seats";
    static final String ONLY_OVERVOTES = "no rank with a single candidate (only overvotes marked)";
    static final String BEYOND_MAX = "no candidate within the maximum number of rankings";

    private BallotRules() {
    }

    public static Preferences apply(CountConfig config, BallotBox box) {
        List<String> names = box.candidates();
        int n = names.size();
        boolean[] withdrawn = new boolean[n];
        for (String w : config.withdrawn()) {
            int i = names.indexOf(w);
            if (i < 0) throw new IllegalArgumentException("withdrawn candidate is not a candidate: " + w);
            withdrawn[i] = true;
        }
        Map<Ranking, long[]> merged = new LinkedHashMap<>();
        Map<String, Long> invalid = new HashMap<>(box.rejected());
        long[] valid = {0};
        long[] blank = {0};
        boolean[] seen = new boolean[n];
        Map<List<Integer>, Integer> sets = new LinkedHashMap<>();
        box.forEach((ranking, weight) -> {
            if (ranking.isBlank()) {
                blank[0] += weight;
                return;
            }
            Outcome o = config.method().ranked() ? ranked(config, ranking, withdrawn, seen, sets)
                    : marked(config, ranking, withdrawn, seen);
            if (o.reason != null) {
                invalid.merge(o.reason, weight, Long::sum);
                return;
            }
            valid[0] += weight;
            Ranking key = Ranking.ofSingles(o.candidates);
            long[] w = merged.get(key);
            if (w == null) merged.put(key, new long[] {weight});
            else w[0] += weight;
        });
        int[][] groups = new int[merged.size()][];
        long[] weights = new long[merged.size()];
        int g = 0;
        for (Map.Entry<Ranking, long[]> e : merged.entrySet()) {
            Ranking r = e.getKey();
            groups[g] = new int[r.size()];
            for (int i = 0; i < r.size(); i++) groups[g][i] = r.at(i)[0];
            weights[g++] = e.getValue()[0];
        }
        long invalidTotal = invalid.values().stream().mapToLong(Long::longValue).sum();
        BallotCounts counts = new BallotCounts(valid[0] + blank[0] + invalidTotal, valid[0], blank[0], invalid);
        int[][] setTable = new int[sets.size()][];
        int k = 0;
        for (List<Integer> set : sets.keySet()) setTable[k++] = toArray(set);
        return new Preferences(names, withdrawn, groups, weights, counts, box.tieOrder(), setTable);
    }

    private record Outcome(int[] candidates, String reason) {
    }

    /** Ranked ballots: the candidates the ballot can pass to, in order. */
    private static Outcome ranked(CountConfig c, Ranking r, boolean[] withdrawn, boolean[] seen,
                                  Map<List<Integer>, Integer> sets) {
        int limit = c.maxRankings().isPresent() ? Math.min(r.size(), c.maxRankings().getAsInt()) : r.size();
        int maxSkip = c.skippedRanks().isPresent() ? c.skippedRanks().getAsInt() : Integer.MAX_VALUE;
        List<Integer> out = new ArrayList<>();
        List<Integer> marked = new ArrayList<>();
        String stop = null;
        int skippedRun = 0;
        boolean anyMarked = false;
        boolean overvoted = false;
        for (int i = 0; i < limit && stop == null; i++) {
            int[] rank = r.at(i);
            if (rank.length == 0) {
                skippedRun++;
                continue;
            }
            anyMarked = true;
            if (skippedRun > maxSkip) {
                stop = SKIPPED_FIRST;
                break;
            }
            skippedRun = 0;
            int standing = 0;
            int only = -1;
            for (int cand : rank) {
                if (!withdrawn[cand]) {
                    standing++;
                    only = cand;
                }
            }
            if (standing == 0) continue;
            if (standing > 1) {
                overvoted = true;
                if (c.overvote() == CountConfig.Overvote.EXHAUST) stop = OVERVOTE_FIRST;
                if (c.overvote() == CountConfig.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING) {
                    // In the first round every standing candidate continues, so an overvote before any
                    // single choice exhausts the ballot at once, exactly as under 'exhaust'.
                    if (out.isEmpty()) {
                        stop = OVERVOTE_FIRST;
                        continue;
                    }
                    List<Integer> set = new ArrayList<>();
                    for (int cand : rank) {
                        if (withdrawn[cand]) continue;
                        if (seen[cand] && c.duplicate() == CountConfig.Duplicate.EXHAUST) stop = "duplicate";
                        set.add(cand);
                    }
                    if (stop != null) continue;
                    for (int cand : set) {
                        if (!seen[cand]) {
                            seen[cand] = true;
                            marked.add(cand);
                        }
                    }
                    Integer index = sets.get(set);
                    if (index == null) {
                        index = sets.size();
                        sets.put(List.copyOf(set), index);
                    }
                    out.add(-index - 1);
                }
                continue;
            }
            if (seen[only]) {
                if (c.duplicate() == CountConfig.Duplicate.EXHAUST) stop = "duplicate";
                continue;
            }
            seen[only] = true;
            marked.add(only);
            out.add(only);
        }
        for (int cand : marked) seen[cand] = false;
        if (!out.isEmpty()) return new Outcome(toArray(out), null);
        if (stop != null) return new Outcome(null, stop);
        if (overvoted) return new Outcome(null, ONLY_OVERVOTES);
        return new Outcome(null, anyMarked ? ONLY_WITHDRAWN : BEYOND_MAX);
    }

    /** Plurality and approval: the set of candidates marked anywhere on the ballot. */
    private static Outcome marked(CountConfig c, Ranking r, boolean[] withdrawn, boolean[] seen) {
        int limit = c.maxRankings().isPresent() ? Math.min(r.size(), c.maxRankings().getAsInt()) : r.size();
        int n = 0;
        boolean anyMarked = false;
        for (int i = 0; i < limit; i++) {
            for (int cand : r.at(i)) {
                anyMarked = true;
                if (!withdrawn[cand] && !seen[cand]) {
                    seen[cand] = true;
                    n++;
                }
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int cand = 0; cand < seen.length; cand++) {
            if (seen[cand]) {
                out[k++] = cand;
                seen[cand] = false;
            }
        }
        if (n == 0) return new Outcome(null, anyMarked ? ONLY_WITHDRAWN : BEYOND_MAX);
        if (c.method() == Method.PLURALITY && n > c.seats()) return new Outcome(null, TOO_MANY_MARKS);
        return new Outcome(out, null);
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }
}
