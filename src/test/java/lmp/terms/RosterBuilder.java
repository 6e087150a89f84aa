package lmp.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lmp.io.Location;
import lmp.roster.Council;
import lmp.roster.HowChosen;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import lmp.roster.Ubt;

/**
 * Small rosters for rule tests. {@link #clean()} is one UBT (U1) and one council (C1) in one area
 * (A1), each seat filled from 2026-01-01 to 2027-12-31 by an active steward in good standing.
 */
final class RosterBuilder {
    private final List<Ubt> ubts = new ArrayList<>();
    private final List<Council> councils = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<RoleAssignment> roles = new ArrayList<>();
    private int line = 1;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static RosterBuilder clean() {
        return new RosterBuilder()
                .ubt("U1", "A1")
                .council("C1", "A1")
                .steward("S1", "2020-01-01", "C1")
                .steward("S2", "2020-01-01", "C1")
                .steward("S3", "2020-01-01", "C1")
                .role("S1", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31")
                .role("S2", Role.LABOR_PARTNER, "A1", "2025-01-01", "2027-12-31")
                .role("S3", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-01-01", "2027-12-31");
    }

    private Location next() {
        return Location.of("test.yaml", line++);
    }

    RosterBuilder ubt(String id, String area) {
        ubts.add(new Ubt(id, id + " team", "Facility", area, Optional.empty(), next()));
        return this;
    }

    RosterBuilder council(String id, String area) {
        councils.add(new Council(id, id + " council", area, next()));
        return this;
    }

    RosterBuilder member(String id) {
        return member(id, MemberStatus.ACTIVE, true, Optional.empty());
    }

    RosterBuilder steward(String id, String since, String council) {
        return member(id, MemberStatus.ACTIVE, true, Optional.of(new StewardDesignation(d(since), Optional.ofNullable(council))));
    }

    /** An active member in good standing, not a steward, in another local than "Local 1". */
    RosterBuilder memberOfLocal(String id, String local) {
        members.add(new Member(id, "Name " + id, local, Optional.of("Unit " + id), Optional.empty(), MemberStatus.ACTIVE, true,
                Optional.empty(), next()));
        return this;
    }

    RosterBuilder member(String id, MemberStatus status, boolean goodStanding, Optional<StewardDesignation> steward) {
        members.add(new Member(id, "Name " + id, "Local 1", Optional.of("Unit " + id), Optional.empty(), status, goodStanding,
                steward, next()));
        return this;
    }

    RosterBuilder role(String member, Role role, String scope, String start, String end) {
        return role(member, role, scope, start, end, defaultChosen(role));
    }

    RosterBuilder role(String member, Role role, String scope, String start, String end, HowChosen chosen) {
        roles.add(new RoleAssignment(member, role, scope, d(start), Optional.ofNullable(end).map(LocalDate::parse), chosen, next()));
        return this;
    }

    /** Removes the assignments of a role, to replace a seat of the clean roster. */
    RosterBuilder without(Role role) {
        roles.removeIf(a -> a.role() == role);
        return this;
    }

    private static HowChosen defaultChosen(Role role) {
        return switch (role) {
            case UBT_CO_LEAD, LABOR_PARTNER, STEWARD_COUNCIL_CHAIR -> HowChosen.ELECTED;
            case CONTRACT_SPECIALIST -> HowChosen.SELECTED;
            default -> HowChosen.HIRED;
        };
    }

    Roster build() {
        return Roster.of("test", ubts, councils, members, roles);
    }
}
