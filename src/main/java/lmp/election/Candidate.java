package lmp.election;

import java.util.Objects;

/**
 * A candidate: the member id that ties the candidate to the roster, and the name printed on the
 * ballot and used by the count (the count part of the election file names candidates only).
 */
public record Candidate(String memberId, String name) {
    public Candidate {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
    }
}
