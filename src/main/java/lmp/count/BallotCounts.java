package lmp.count;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many ballots were read and what became of them before counting: valid (counted in the first
 * round), blank (no candidate marked) and invalid, by reason. {@code read = valid + blank + invalid}.
 */
public record BallotCounts(long read, long valid, long blank, Map<String, Long> invalid) {
    public BallotCounts {
        invalid = java.util.Collections.unmodifiableMap(new TreeMap<>(invalid));
    }

    public long invalidTotal() {
        long n = 0;
        for (long v : invalid.values()) n += v;
        return n;
    }
}
