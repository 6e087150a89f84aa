package lmp.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * A union member on the roster. {@code origin} is where the member was written (file:line), kept
 * so that every rule can point the user at the line to fix; it plays no part in any rule.
 */
public record Member(
        String id,
        String name,
        String local,
        Optional<String> bargainingUnit,
        Optional<String> ubt,
        MemberStatus status,
        boolean goodStanding,
        Optional<StewardDesignation> steward,
        Location origin) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(bargainingUnit, "bargainingUnit");
        Objects.requireNonNull(ubt, "ubt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Active and in good standing: the test for voting and for holding an elected office (29 CFR 452.97). */
    public boolean isActiveInGoodStanding() {
        return isActive() && goodStanding;
    }

    public boolean isStewardOn(LocalDate date) {
        return steward.map(s -> s.isStewardOn(date)).orElse(false);
    }

    public boolean isStewardOfCouncilOn(String council, LocalDate date) {
        return steward.filter(s -> s.isStewardOn(date)).flatMap(StewardDesignation::council)
                .map(council::equals).orElse(false);
    }

    public Member withOrigin(Location at) {
        return new Member(id, name, local, bargainingUnit, ubt, status, goodStanding, steward, at);
    }
}
