package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lmp.io.InputFile;
import lmp.roster.Member;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.PolicyYaml;
import org.junit.jupiter.api.Test;

class EligibilityTest {
    private static final LocalDate DAY = LocalDate.parse("2026-09-30");
    private final Roster roster = TestElections.roster();

    @Test
    void coLeadVotersAreTheMembersInGoodStandingOfTheUbtOnLeaveIncluded() {
        // U1 has members 1-5 and 7; 5 is not in good standing; 6 is in U2. 7 is on leave and in good standing,
        // so votes (LMRDA 401(e); 29 CFR 452.84-.87). Issue 12, case 1: this test used to leave 7 out.
        assertThat(Eligibility.voters(roster, OfficeKind.UBT_CO_LEAD, "U1", DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4", "7");
    }

    @Test
    void aPolicyMayLeaveMembersOnLeaveOutOfAPartnershipElectionButNotAnOfficers() {
        TermsPolicy noLeave = PolicyYaml.read(InputFile.ofText("p.yaml", """
                lmp_policy: 1
                roles:
                  ubt-co-lead: {on_leave_votes: false}
                """)).orThrow();
        Office coLead = new Office(OfficeKind.UBT_CO_LEAD, "U1", Optional.empty(), List.of());
        assertThat(Eligibility.voters(roster, coLead, new TermOfOffice(noLeave), DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4");
        Office officer = new Office(OfficeKind.UNION_OFFICER, "L1", Optional.empty(), List.of());
        assertThat(Eligibility.voters(roster, officer, new TermOfOffice(noLeave), DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4", "6", "7");
    }

    @Test
    void laborPartnerVotersAreTheMembersOfTheArea() {
        assertThat(Eligibility.voters(roster, OfficeKind.LABOR_PARTNER, "area-2", DAY)).extracting(Member::id).containsExactly("6");
        assertThat(Eligibility.voters(roster, OfficeKind.LABOR_PARTNER, "area-1", DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4", "7");
    }

    // Issue 12, case 7: an electorate can be limited to one local.
    @Test
    void anElectorateCanBeLimitedToOneLocal() {
        Office l2 = new Office(OfficeKind.LABOR_PARTNER, "area-1", Optional.empty(), List.of(), Optional.of("L2"), List.of(), false);
        assertThat(Eligibility.voters(roster, l2, TermOfOffice.defaults(), DAY)).isEmpty();
        Office l1 = new Office(OfficeKind.LABOR_PARTNER, "area-1", Optional.empty(), List.of(), Optional.of("L1"), List.of(), false);
        assertThat(Eligibility.voters(roster, l1, TermOfOffice.defaults(), DAY)).hasSize(5);
    }

    @Test
    void customElectoratesFromALocalABargainingUnitOrAListOfUbts() {
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "L1")).contains("local");
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "U1, U2")).contains("UBTs");
        assertThat(Eligibility.scopeKind(roster, OfficeKind.CUSTOM, "U1, U9")).isEmpty();
        assertThat(Eligibility.voters(roster, OfficeKind.CUSTOM, "U1,U2", DAY)).extracting(Member::id)
                .containsExactly("1", "2", "3", "4", "6", "7");
        Roster withUnit = RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: []
                members:
                  - {id: "1", name: A, local: L1, bargaining_unit: Inpatient RNs}
                  - {id: "2", name: B, local: L1, bargaining_unit: Pros}
                roles: []
                """)).orThrow();
        assertThat(Eligibility.scopeKind(withUnit, OfficeKind.CUSTOM, "Inpatient RNs")).contains("bargaining unit");
        assertThat(Eligibility.voters(withUnit, OfficeKind.CUSTOM, "Inpatient RNs", DAY)).extracting(Member::id).containsExactly("1");
    }

    // Good standing is datable: dues paid through 2026-08-30 with the default one-month grace keep a member in
    // good standing until 2026-09-30, not on 2026-10-01.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2026-09-29, true", "2026-09-30, true", "2026-10-01, false"})
    void duesPaidThroughWithTheGraceDecideGoodStanding(String day, boolean votes) {
        Roster r = RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A}]
                members:
                  - {id: "1", name: A, local: L1, ubt: U1, dues_paid_through: 2026-08-30, member_since: 2019-05-01}
                roles: []
                """)).orThrow();
        assertThat(Eligibility.voters(r, OfficeKind.UBT_CO_LEAD, "U1", LocalDate.parse(day))).hasSize(votes ? 1 : 0);
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
