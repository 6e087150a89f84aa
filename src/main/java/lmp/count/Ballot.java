package lmp.count;

import java.util.Objects;

/** A ballot, or {@code weight} identical ballots (BLT writes a weight; CSV a {@code count} column). */
public record Ballot(long weight, Ranking ranking) {
    public Ballot {
        Objects.requireNonNull(ranking, "ranking");
        if (weight < 1) throw new IllegalArgumentException("a ballot's weight is a whole number of at least 1");
    }
}
