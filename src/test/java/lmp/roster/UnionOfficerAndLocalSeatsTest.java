package lmp.roster;

import static org.assertj.core.api.Assertions.assertThat;

import lmp.io.InputFile;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

/** A union officer is held in a local; labor partners are one per local and area. */
class UnionOfficerAndLocalSeatsTest {
    private static Roster roster(String roles) {
        return RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A1}]
                members:
                  - {id: "1", name: Ann, local: L1, ubt: U1}
                  - {id: "2", name: Ben, local: L2, ubt: U1}
                  - {id: "3", name: Cat, local: L2, ubt: U1}
                roles:
                """ + roles)).orThrow();
    }

    @Test
    void aUnionOfficersScopeIsALocalOfTheRoster() {
        assertThat(RosterRules.check(roster("  - {member: \"1\", role: union-officer, scope: L1, start: 2026-01-01}\n"))).isEmpty();
        assertThat(RosterRules.check(roster("  - {member: \"1\", role: union-officer, scope: L9, start: 2026-01-01}\n")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("union-officer scope 'L9' is not a known local"));
    }

    // Issue 12, case 7: one labor partner per local and area (the second local's partner used to be an error).
    @Test
    void eachLocalHasItsOwnLaborPartnerForAnArea() {
        String two = "  - {member: \"1\", role: labor-partner, scope: A1, start: 2026-01-01, end: 2026-12-31}\n"
                + "  - {member: \"2\", role: labor-partner, scope: A1, start: 2026-01-01, end: 2026-12-31}\n";
        assertThat(RosterRules.check(roster(two))).isEmpty();
        String sameLocal = two + "  - {member: \"3\", role: labor-partner, scope: A1, start: 2026-12-31, end: 2027-12-31}\n";
        assertThat(RosterRules.check(roster(sameLocal))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("two holders of labor-partner of L2 for 'A1' at once"));
        String nextDay = two + "  - {member: \"3\", role: labor-partner, scope: A1, start: 2027-01-01, end: 2027-12-31}\n";
        assertThat(RosterRules.check(roster(nextDay))).isEmpty();
    }
}
