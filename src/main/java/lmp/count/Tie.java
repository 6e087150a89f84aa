package lmp.count;

import java.util.List;

/**
 * A tie met during the count and how it was resolved.
 *
 * @param round      the round in which it arose
 * @param purpose    what the tie decided ("exclude", "elect", "transfer surplus first")
 * @param candidates the tied candidates, in ballot order
 * @param resolution "round N" (separated by an earlier round), "lot", "order" or "unresolved"
 * @param chosen     the candidate chosen for {@code purpose}; empty when unresolved
 */
public record Tie(int round, String purpose, List<String> candidates, String resolution, String chosen) {
    public Tie {
        candidates = List.copyOf(candidates);
    }
}
