package lmp.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ballots of one count, with identical ballots grouped so that memory grows with the number of
 * different rankings, not with the number of ballots. Candidates are numbered in ballot order.
 */
public final class BallotBox {
    /**
     * Most ballots one count accepts (all files together). Far above any union election, and low
     * enough that the fixed-point vote totals (up to 10^9 per ballot in Meek STV) cannot overflow a
     * long; readers report a located problem before a box grows past it.
     */
    public static final long MAX_BALLOTS = 1_000_000_000L;

    private final List<String> candidates;
    private final Map<Ranking, long[]> groups;
    private final Map<String, Long> rejected;
    private final List<String> tieOrder;
    private final long ballots;

    private BallotBox(Builder b) {
        this.candidates = List.copyOf(b.candidates);
        this.groups = b.groups;
        this.rejected = new TreeMap<>(b.rejected);
        this.tieOrder = List.copyOf(b.tieOrder);
        long n = 0;
        for (long[] w : groups.values()) n += w[0];
        for (long w : rejected.values()) n += w;
        this.ballots = n;
    }

    public static Builder builder(List<String> candidates) {
        return new Builder(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }

    /** Every ballot read, including those rejected by the reader. */
    public long ballots() {
        return ballots;
    }

    /** Ballots a reader could not use, by reason (counted, never dropped). */
    public Map<String, Long> rejected() {
        return rejected;
    }

    /** Candidate order for tie-break mode {@code order} (BLT {@code [tie]} line), or the ballot order. */
    public List<String> tieOrder() {
        return tieOrder.isEmpty() ? candidates : tieOrder;
    }

    /** The distinct rankings with how many ballots hold each, in the order first read. */
    public void forEach(java.util.function.ObjLongConsumer<Ranking> action) {
        for (Map.Entry<Ranking, long[]> e : groups.entrySet()) action.accept(e.getKey(), e.getValue()[0]);
    }

    public int distinctRankings() {
        return groups.size();
    }

    /** Collects ballots; readers add candidates (write-ins) as they meet them when allowed. */
    public static final class Builder {
        private final List<String> candidates = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Ranking, long[]> groups = new LinkedHashMap<>();
        private final Map<String, Long> rejected = new HashMap<>();
        private List<String> tieOrder = List.of();
        private long total;

        private Builder(List<String> names) {
            for (String n : names) addCandidate(n);
        }

        /** Index of a candidate by exact name. */
        public Optional<Integer> candidate(String name) {
            return Optional.ofNullable(index.get(name));
        }

        /** Index of the candidate, or -1; no allocation, for readers' hot loops. */
        public int indexOf(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        public int addCandidate(String name) {
            Integer i = index.get(name);
            if (i != null) return i;
            candidates.add(name);
            index.put(name, candidates.size() - 1);
            return candidates.size() - 1;
        }

        /** The candidates so far, in ballot order (a read-only view). */
        public List<String> candidates() {
            return java.util.Collections.unmodifiableList(candidates);
        }

        public int candidateCount() {
            return candidates.size();
        }

        public Builder add(Ballot b) {
            return add(b.ranking(), b.weight());
        }

        public Builder add(Ranking r, long weight) {
            long[] w = groups.get(r);
            if (w == null) groups.put(r, new long[] {weight});
            else w[0] = Math.addExact(w[0], weight);
            total = Math.addExact(total, weight);
            return this;
        }

        /** Different rankings added so far (readers bound it: see lmp.io.Limits). */
        public int distinctRankings() {
            return groups.size();
        }

        /** A ballot the reader could not read as a ranking (for example an unreadable mark). */
        public Builder reject(String reason, long weight) {
            rejected.merge(reason, weight, Long::sum);
            total = Math.addExact(total, weight);
            return this;
        }

        /** Ballots added so far (counted and rejected), for readers that check {@link #MAX_BALLOTS}. */
        public long total() {
            return total;
        }

        public Builder tieOrder(List<String> order) {
            this.tieOrder = List.copyOf(order);
            return this;
        }

        public BallotBox build() {
            return new BallotBox(this);
        }
    }
}
