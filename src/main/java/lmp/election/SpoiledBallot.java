package lmp.election;

import java.util.Objects;

/**
 * Ballots spoiled and replaced (a voter's mistake, a torn ballot), kept and accounted for but never
 * counted (29 CFR 452.106, .108: every ballot is accounted for). The reason must not name a voter.
 */
public record SpoiledBallot(int count, String reason) {
    public SpoiledBallot {
        Objects.requireNonNull(reason, "reason");
        if (count < 1) throw new IllegalArgumentException("count must be at least 1");
    }
}
