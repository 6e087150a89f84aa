package lmp.election;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lmp.io.Location;

/**
 * A challenged ballot (29 CFR 452.97(b)): set aside unopened, its recorded content kept in its own
 * ballot file, with the reason for the challenge and how it was resolved. Only accepted challenged
 * ballots join the count; a pending one stops the tally. The reason must not name the voter
 * (that stays on the paper envelope), so that no file links a voter to the ballot's content.
 */
public record Challenge(String file, String reason, Resolution resolution, Location origin) {
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
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(origin, "origin");
    }
}
