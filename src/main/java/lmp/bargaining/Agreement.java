package lmp.bargaining;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * The agreement being renegotiated: its parties, its term, the time zone the sessions are held in,
 * and whether the employer is a health-care institution (NLRA 2(14)), which lengthens the notice
 * periods of NLRA 8(d) and adds the strike notice of 8(g).
 *
 * @param start the first day of the agreement, when known
 * @param expires the last day of the agreement; every statutory deadline counts back from it
 * @param expiresAt where {@code expires} is written, so findings about deadlines point there
 */
public record Agreement(String name, List<String> parties, String unionGroup, Optional<LocalDate> start, LocalDate expires,
                        ZoneId timeZone, boolean healthCareInstitution, Location expiresAt) {
    public Agreement {
        Objects.requireNonNull(name, "name");
        parties = List.copyOf(parties);
        Objects.requireNonNull(unionGroup, "unionGroup");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public StatutoryDeadlines deadlines() {
        return StatutoryDeadlines.of(start, expires, healthCareInstitution);
    }
}
