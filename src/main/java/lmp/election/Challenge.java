package lmp.election;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lmp.io.Location;

/**
 * A challenged voter (29 CFR 452.97(b)): the ballot stays sealed in its envelope, identified on
 * the outside, while the challenge is pending. The challenge is recorded voter-side (in the
 * owner-only election file, with the voter's member id and the reason), never with ballot content:
 * resolving it needs no content. The ballots of accepted challenges are opened only after they
 * have been mixed with other ballots, and are taken in as part of an ordinary ballot file; a
 * rejected envelope is never opened and is counted only as rejected. A pending challenge stops the
 * tally.
 */
public record Challenge(String voter, String reason, Resolution resolution, Location origin) {
    public enum Resolution {
        PENDING("pending"), ACCEPTED("accepted"), REJECTED("rejected");

        private final String id;

        Resolution(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Map<String, Resolution> spellings() {
            Map<String, Resolution> m = new LinkedHashMap<>();
            for (Resolution r : values()) m.put(r.id, r);
            return m;
        }
    }

    public Challenge {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(origin, "origin");
    }
}
