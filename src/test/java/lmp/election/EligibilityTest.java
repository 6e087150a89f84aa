package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lmp.roster.Member;
import lmp.roster.Roster;
import org.junit.jupiter.api.Test;

class EligibilityTest {
    private static final LocalDate DAY = LocalDate.parse("2026-09-30");
    private final Roster roster = TestElections.roster();

    @Test
    void coLeadVotersAreActiveMembersInGoodStandingOfTheUbt() {
        // U1 has members 1-5 and 7; 5 is not in good standing, 7 is on leave; 6 is in U2.
        assertThat(Eligibility.voters(roster, OfficeKind.UBT_CO_LEAD, "U1", DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void laborPartnerVotersAreTheMembersOfTheArea() {
        assertThat(Eligibility.voters(roster, OfficeKind.LABOR_PARTNER, "area-2", DAY)).extracting(Member::id).containsExactly("6");
        assertThat(Eligibility.voters(roster, OfficeKind.LABOR_PARTNER, "area-1", DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void chairVotersAreTheCouncilsStewardsOnTheDay() {
        // 3 and 4 become stewards only in 2027.
        assertThat(Eligibility.voters(roster, OfficeKind.STEWARD_COUNCIL_CHAIR, "C1", DAY)).extracting(Member::id).containsExactly("1");
        assertThat(Eligibility.voters(roster, OfficeKind.STEWARD_COUNCIL_CHAIR, "C1", LocalDate.parse("2027-07-02")))
                .extracting(Member::id).containsExactly("1", "3", "4");
    }

    @Test
    void customOfficeTakesItsElectorateFromWhatTheScopeNames() {
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "U2")).contains("UBT");
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "C1")).contains("council");
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "area-1")).contains("area");
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "nowhere")).isEmpty();
        assertThat(Eligibility.voters(roster, OfficeKind.CUSTOM, "U2", DAY)).extracting(Member::id).containsExactly("6");
    }
}
