package lmp.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * A union member on the roster. {@code duesPaidThrough} and {@code memberSince} make good standing
 * datable (LMRDA 401(e); 29 CFR 452.84-.87): the bylaw cut-off and grace are role policy. {@code origin} is where the member was written (file:line), kept
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
        Optional<LocalDate> duesPaidThrough,
        Optional<LocalDate> memberSince,
        Location origin) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(bargainingUnit, "bargainingUnit");
        Objects.requireNonNull(ubt, "ubt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(duesPaidThrough, "duesPaidThrough");
        Objects.requireNonNull(memberSince, "memberSince");
        Objects.requireNonNull(origin, "origin");
    }

    /** A member without the datable good-standing fields (dues paid through, member since). */
    public Member(String id, String name, String local, Optional<String> bargainingUnit, Optional<String> ubt,
                  MemberStatus status, boolean goodStanding, Optional<StewardDesignation> steward, Location origin) {
        this(id, name, local, bargainingUnit, ubt, status, goodStanding, steward, Optional.empty(), Optional.empty(), origin);
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Active and in good standing by the roster's flag alone (the datable test is lmp.terms.GoodStanding). */
    public boolean isActiveInGoodStanding() {
        return isActive() && goodStanding;
    }

    public boolean isOnLeave() {
        return status == MemberStatus.ON_LEAVE;
    }

    public boolean isStewardOn(LocalDate date) {
        return steward.map(s -> s.isStewardOn(date)).orElse(false);
    }

    public boolean isStewardOfCouncilOn(String council, LocalDate date) {
        return steward.filter(s -> s.isStewardOn(date)).flatMap(StewardDesignation::council)
                .map(council::equals).orElse(false);
    }

    public Member withOrigin(Location at) {
        return new Member(id, name, local, bargainingUnit, ubt, status, goodStanding, steward, duesPaidThrough, memberSince, at);
    }
}
