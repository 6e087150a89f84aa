package lmp.terms;

import static lmp.terms.Checks.findings;
import static lmp.terms.Checks.policyWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.HowChosen;
import lmp.roster.MemberStatus;
import lmp.roster.Role;
import lmp.roster.Roster;
import lmp.roster.StewardDesignation;
import org.junit.jupiter.api.Test;

/**
 * The words of every kind of finding and of the expiry report's actions: message, rule, source and
 * severity, written out by hand from each rule's javadoc. The day judged is 2026-06-15 unless said.
 */
class FindingWordsTest {
    private static final String AS_OF = "2026-06-15";

    private static String source(Role role, String field) {
        return DefaultPolicy.of(role).source(field);
    }

    @Test
    void termLongerThanPolicyIsAMaximumOrTypical() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2025-01-01", "2027-01-01").build();
        Finding f = findings(r, AS_OF, FindingKind.TERM_LONGER_THAN_POLICY).get(0);
        assertThat(f.message()).isEqualTo("term 2025-01-01 to 2027-01-01 runs past 2026-12-31, the last day of a term of 2 years");
        assertThat(f.rule()).isEqualTo("a term of at most 2 years for a ubt-co-lead");
        assertThat(f.source()).isEqualTo(source(Role.UBT_CO_LEAD, RolePolicy.TERM));
        Roster s = RosterBuilder.clean().role("S2", Role.CONTRACT_SPECIALIST, "Unit S2", "2026-01-01", "2027-01-01").build();
        Finding g = findings(s, AS_OF, FindingKind.TERM_LONGER_THAN_POLICY).get(0);
        assertThat(g.severity()).isEqualTo(Severity.WARNING);
        assertThat(g.rule()).isEqualTo("a term of 1 year for a contract-specialist");
    }

    @Test
    void lmrdaCapWordsForAnOfficerAndForAPartnershipRole() {
        Roster r = RosterBuilder.clean().role("S2", Role.UNION_OFFICER, "Local 1", "2024-01-01", "2027-06-30", HowChosen.ELECTED).build();
        Finding f = findings(r, AS_OF, FindingKind.TERM_LONGER_THAN_LMRDA_CAP).get(0);
        assertThat(f.message()).isEqualTo("elected term 2024-01-01 to 2027-06-30 runs past 2026-12-31; an election must be held within 3 years");
        assertThat(f.rule()).isEqualTo("officers of a local are elected at least once every 3 years");
        assertThat(f.source()).startsWith("legal requirement: LMRDA 401(b); 29 CFR 452.23-452.24; ");
        Roster c = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR)
                .role("S3", Role.STEWARD_COUNCIL_CHAIR, "C1", "2024-01-01", "2027-06-30").build();
        assertThat(findings(c, AS_OF, FindingKind.TERM_LONGER_THAN_LMRDA_CAP).get(0).rule())
                .isEqualTo("an election at least once every 3 years, as for a local's officers; the policy may set a longer term");
    }

    @Test
    void consecutiveTermsWordsWithAndWithoutReElection() {
        Roster r = RosterBuilder.clean().role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", "2025-12-31").build();
        TermsPolicy none = policyWith(Role.UBT_CO_LEAD, b -> b.reElection(false, "no re-election"));
        Finding f = findings(r, none, AS_OF, FindingKind.TOO_MANY_CONSECUTIVE_TERMS).get(0);
        assertThat(f.message()).isEqualTo("term 2 in a row in this seat; the policy allows 1");
        assertThat(f.rule()).isEqualTo("a ubt-co-lead may not be re-elected");
        assertThat(f.source()).isEqualTo("no re-election");
        assertThat(f.date()).isEqualTo("2026-01-01");
        TermsPolicy one = policyWith(Role.UBT_CO_LEAD, b -> b.maxConsecutiveTerms(Optional.of(1), "max one"));
        Finding g = findings(r, one, AS_OF, FindingKind.TOO_MANY_CONSECUTIVE_TERMS).get(0);
        assertThat(g.rule()).isEqualTo("at most 1 consecutive terms as ubt-co-lead");
        assertThat(g.source()).isEqualTo("max one");
    }

    @Test
    void heldPastEndWordsAndSourcesForARecordedEndAPolicyTermAndTheLimit() {
        Roster recorded = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", "2025-12-31").build();
        Finding f = findings(recorded, AS_OF, FindingKind.HELD_PAST_END).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("term ended on 2025-12-31 and no successor is on the roster; hold the election or record the successor");
        assertThat(f.rule()).isEqualTo("a role is held only to the end of its term; the next term starts when it ends");
        assertThat(f.source()).isEqualTo(source(Role.UBT_CO_LEAD, RolePolicy.TERM) + "; the term's end date on the roster");
        Roster open = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", null).build();
        assertThat(findings(open, AS_OF, FindingKind.HELD_PAST_END).get(0).source()).isEqualTo(source(Role.UBT_CO_LEAD, RolePolicy.TERM));
        // The chair has no policy term: the 3-year limit ends the open term from 2022-01-01 on 2024-12-31.
        Roster chair = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR)
                .role("S3", Role.STEWARD_COUNCIL_CHAIR, "C1", "2022-01-01", null).build();
        Finding c = findings(chair, AS_OF, FindingKind.HELD_PAST_END).get(0);
        assertThat(c.date()).isEqualTo("2024-12-31");
        assertThat(c.source()).isEqualTo("best practice (LMRDA standard): LMRDA 401(b); 29 CFR 452.23-452.24; "
                + "built-in role policy: not an LMRDA officer");
        Roster specialist = RosterBuilder.clean().role("S2", Role.CONTRACT_SPECIALIST, "Unit S2", "2025-01-01", "2025-12-31").build();
        assertThat(findings(specialist, AS_OF, FindingKind.HELD_PAST_END).get(0).message())
                .isEqualTo("term ended on 2025-12-31 and no successor is on the roster; fill the seat or record the successor");
    }

    @Test
    void heldPastEndUnderHoldoverIsAWarningUntilASuccessorIsElectedOrChosen() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).role("S1", Role.UBT_CO_LEAD, "U1", "2024-01-01", "2025-12-31").build();
        Finding f = findings(r, policyWith(Role.UBT_CO_LEAD, b -> b.holdover(true, "hold")), AS_OF, FindingKind.HELD_PAST_END).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("term ended on 2025-12-31 and no successor is on the roster; the holder holds over until one is "
                + "elected: hold the election");
        assertThat(f.rule()).isEqualTo("a holder stays in the seat until a successor is chosen");
        assertThat(f.source()).isEqualTo("hold; " + source(Role.UBT_CO_LEAD, RolePolicy.TERM) + "; the term's end date on the roster");
        Roster s = RosterBuilder.clean().role("S2", Role.CONTRACT_SPECIALIST, "Unit S2", "2025-01-01", "2025-12-31").build();
        assertThat(findings(s, policyWith(Role.CONTRACT_SPECIALIST, b -> b.holdover(true, "hold")), AS_OF, FindingKind.HELD_PAST_END)
                .get(0).message()).endsWith("; the holder holds over until one is chosen");
    }

    @Test
    void tooManyHoldersNamesTheOthersAndTheLimit() {
        Roster r = RosterBuilder.clean().steward("S4", "2020-01-01", "C1").role("S4", Role.UBT_CO_LEAD, "U1", "2026-03-01", "2027-12-31").build();
        List<Finding> f = findings(r, AS_OF, FindingKind.TOO_MANY_HOLDERS);
        assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
                "2 hold ubt-co-lead of U1 on 2026-06-15 (also: S4); at most 1 may",
                "2 hold ubt-co-lead of U1 on 2026-06-15 (also: S1); at most 1 may");
        assertThat(f.get(0).rule()).isEqualTo("at most 1 ubt-co-lead per UBT id");
        assertThat(f.get(0).source()).isEqualTo(source(Role.UBT_CO_LEAD, RolePolicy.HOLDERS_PER_SCOPE));
        Roster three = RosterBuilder.clean().steward("S4", "2020-01-01", "C1").steward("S5", "2020-01-01", "C1")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-03-01", "2027-12-31")
                .role("S5", Role.UBT_CO_LEAD, "U1", "2026-04-01", "2027-12-31").build();
        List<Finding> g = findings(three, policyWith(Role.UBT_CO_LEAD, b -> b.holdersPerScope(2, "two")), AS_OF, FindingKind.TOO_MANY_HOLDERS);
        assertThat(g).extracting(Finding::message).contains("3 hold ubt-co-lead of U1 on 2026-06-15 (also: S4, S5); at most 2 may");
        assertThat(g.get(0).rule()).isEqualTo("at most 2 ubt-co-leads per UBT id");
        Roster partners = RosterBuilder.clean().steward("S4", "2020-01-01", "C1")
                .role("S4", Role.LABOR_PARTNER, "A1", "2026-03-01", "2027-12-31").build();
        assertThat(findings(partners, AS_OF, FindingKind.TOO_MANY_HOLDERS).get(0).rule()).isEqualTo("at most 1 labor-partner per local and area");
    }

    @Test
    void laborPartnersOfTwoLocalsInOneAreaHoldTwoSeatsButCoLeadsOfTwoLocalsOneSeat() {
        Roster partners = RosterBuilder.clean().memberOfLocal("S4", "Local 2")
                .role("S4", Role.LABOR_PARTNER, "A1", "2026-03-01", "2027-12-31").build();
        assertThat(findings(partners, AS_OF, FindingKind.TOO_MANY_HOLDERS)).isEmpty();
        Roster coLeads = RosterBuilder.clean().memberOfLocal("S4", "Local 2")
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-03-01", "2027-12-31").build();
        assertThat(findings(coLeads, AS_OF, FindingKind.TOO_MANY_HOLDERS)).hasSize(2);
    }

    @Test
    void credentialWordsWithAndWithoutGrace() {
        Roster r = RosterBuilder.clean().without(Role.UBT_CO_LEAD).member("S4").role("S4", Role.UBT_CO_LEAD, "U1", "2025-01-01", "2026-12-31").build();
        Finding f = findings(r, AS_OF, FindingKind.NOT_A_STEWARD).get(0);
        assertThat(f.message()).isEqualTo("not a steward on 2026-06-15; the steward deadline was 2025-07-01");
        assertThat(f.rule()).isEqualTo("a ubt-co-lead is a steward within 6 months of taking office");
        assertThat(f.date()).isEqualTo("2025-07-01");
        Roster s = RosterBuilder.clean().member("S4").role("S4", Role.CONTRACT_SPECIALIST, "Unit S4", "2026-01-01", "2026-12-31").build();
        assertThat(findings(s, AS_OF, FindingKind.NOT_A_STEWARD).get(0).rule()).isEqualTo("a contract-specialist is a steward");
        Roster c = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).steward("S4", "2020-01-01", "C2")
                .role("S4", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-01-01", "2027-12-31").build();
        Finding g = findings(c, AS_OF, FindingKind.NOT_A_STEWARD_OF_THE_COUNCIL).get(0);
        assertThat(g.message()).isEqualTo("a steward on C2, not on C1");
        assertThat(g.rule()).isEqualTo("a steward-council-chair is a steward on that council");
    }

    @Test
    void holderNotActiveIsAnErrorAndOnLeaveAWarningWithDifferentAdvice() {
        Roster inactive = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .member("S4", MemberStatus.INACTIVE, true, Optional.of(new StewardDesignation(LocalDate.parse("2020-01-01"), Optional.of("C1"))))
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        Finding f = findings(inactive, AS_OF, FindingKind.HOLDER_NOT_ACTIVE).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo("holder is inactive on 2026-06-15; fill the seat");
        assertThat(f.rule()).isEqualTo("a role holder is an active member");
        Roster leave = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .member("S4", MemberStatus.ON_LEAVE, true, Optional.of(new StewardDesignation(LocalDate.parse("2020-01-01"), Optional.of("C1"))))
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        Finding g = findings(leave, AS_OF, FindingKind.HOLDER_NOT_ACTIVE).get(0);
        assertThat(g.severity()).isEqualTo(Severity.WARNING);
        assertThat(g.message()).isEqualTo("holder is on-leave on 2026-06-15; name an acting holder if the role is not being done");
        Roster bad = RosterBuilder.clean().without(Role.UBT_CO_LEAD)
                .member("S4", MemberStatus.ACTIVE, false, Optional.of(new StewardDesignation(LocalDate.parse("2020-01-01"), Optional.of("C1"))))
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-01-01", "2027-12-31").build();
        Finding h = findings(bad, AS_OF, FindingKind.HOLDER_NOT_IN_GOOD_STANDING).get(0);
        assertThat(h.message()).isEqualTo("holder is not in good standing on 2026-06-15: not in good standing on the roster");
        assertThat(h.source()).isEqualTo("best practice (LMRDA standard): LMRDA 401(e); 29 CFR 452.35-452.37; built-in role policy: "
                + "not an LMRDA officer; dues grace: " + GoodStanding.defaults().source());
    }

    // Expiry report: steward deadlines. A co-lead from 2026-03-01 with six months' grace is due on 2026-09-01.
    private static List<ExpiryItem> stewardItems(Roster r, TermsPolicy p, String asOf) {
        return ExpiryReport.of(r, p, LocalDate.parse(asOf), Period.ofDays(90)).stream()
                .filter(i -> i.kind() == ExpiryItem.Kind.STEWARD_DEADLINE).toList();
    }

    private static Roster coLeadFrom20260301(Optional<StewardDesignation> steward, String end) {
        return RosterBuilder.clean().without(Role.UBT_CO_LEAD).member("S4", MemberStatus.ACTIVE, true, steward)
                .role("S4", Role.UBT_CO_LEAD, "U1", "2026-03-01", end).build();
    }

    @Test
    void stewardDeadlineItemBeforeOnAndAfterTheDeadline() {
        Roster r = coLeadFrom20260301(Optional.empty(), "2027-12-31");
        ExpiryItem i = stewardItems(r, DefaultPolicy.policy(), AS_OF).get(0);
        assertThat(i.action()).isEqualTo("must be a steward by 2026-09-01 (6 months after taking office on 2026-03-01)");
        assertThat(i.due()).isEqualTo("2026-09-01");
        assertThat(i.stewardBy()).contains(LocalDate.parse("2026-09-01"));
        assertThat(i.daysLeft()).isEqualTo(78); // 15 days of June, 31 of July, 31 of August, 1
        assertThat(i.source()).isEqualTo(source(Role.UBT_CO_LEAD, RolePolicy.GRACE_PERIOD));
        ExpiryItem on = stewardItems(r, DefaultPolicy.policy(), "2026-09-01").get(0);
        assertThat(on.action()).startsWith("must be a steward by 2026-09-01");
        assertThat(on.daysLeft()).isZero();
        ExpiryItem after = stewardItems(r, DefaultPolicy.policy(), "2026-09-02").get(0);
        assertThat(after.action()).isEqualTo("overdue: must be a steward by 2026-09-01 (6 months after taking office on 2026-03-01)");
        assertThat(after.daysLeft()).isEqualTo(-1);
    }

    @Test
    void stewardDeadlineIsJudgedOnTheDayOfTheReportOnceItHasPassed() {
        // The term ended on 2026-09-05: held on the deadline, not on 2026-09-10, so no steward item then.
        Roster r = coLeadFrom20260301(Optional.empty(), "2026-09-05");
        assertThat(stewardItems(r, DefaultPolicy.policy(), "2026-09-04")).hasSize(1);
        assertThat(stewardItems(r, DefaultPolicy.policy(), "2026-09-10")).isEmpty();
    }

    @Test
    void stewardDesignatedLateIsListedUntilTheDesignationTakesEffect() {
        Roster r = coLeadFrom20260301(Optional.of(new StewardDesignation(LocalDate.parse("2026-10-01"), Optional.of("C1"))), "2027-12-31");
        assertThat(stewardItems(r, DefaultPolicy.policy(), "2026-08-01")).hasSize(1);
        assertThat(stewardItems(r, DefaultPolicy.policy(), "2026-10-05")).isEmpty();
        Roster inTime = coLeadFrom20260301(Optional.of(new StewardDesignation(LocalDate.parse("2026-09-01"), Optional.of("C1"))), "2027-12-31");
        assertThat(stewardItems(inTime, DefaultPolicy.policy(), "2026-08-01")).isEmpty();
    }

    @Test
    void noStewardItemWithoutACredentialOrWithoutGrace() {
        Roster specialist = RosterBuilder.clean().member("S4").role("S4", Role.CONTRACT_SPECIALIST, "Unit S4", "2026-06-01", "2027-05-31").build();
        assertThat(stewardItems(specialist, DefaultPolicy.policy(), AS_OF)).isEmpty();
        Roster partner = RosterBuilder.clean().without(Role.LABOR_PARTNER).member("S4").role("S4", Role.LABOR_PARTNER, "A1", "2026-06-01", "2027-05-31").build();
        assertThat(stewardItems(partner, policyWith(Role.LABOR_PARTNER, b -> b.gracePeriod(Period.ofMonths(1), "g")), AS_OF)).isEmpty();
    }

    @Test
    void chairWithGraceMustBeAStewardOnThatCouncil() {
        TermsPolicy grace = policyWith(Role.STEWARD_COUNCIL_CHAIR, b -> b.gracePeriod(Period.ofMonths(3), "g"));
        Roster other = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).steward("S4", "2020-01-01", "C2")
                .role("S4", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-05-01", "2027-12-31").build();
        ExpiryItem i = stewardItems(other, grace, AS_OF).get(0);
        assertThat(i.action()).isEqualTo("must be a steward on that council by 2026-08-01 (3 months after taking office on 2026-05-01)");
        assertThat(i.source()).isEqualTo("g");
        Roster same = RosterBuilder.clean().without(Role.STEWARD_COUNCIL_CHAIR).steward("S4", "2020-01-01", "C1")
                .role("S4", Role.STEWARD_COUNCIL_CHAIR, "C1", "2026-05-01", "2027-12-31").build();
        assertThat(stewardItems(same, grace, AS_OF)).isEmpty();
    }

    @Test
    void selectedTermSourceNamesTheRecordedEndOnlyWhenThereIsOne() {
        Roster recorded = RosterBuilder.clean().member("S4").role("S4", Role.CONTRACT_SPECIALIST, "Unit S4", "2025-07-01", "2026-06-30").build();
        Roster open = RosterBuilder.clean().member("S4").role("S4", Role.CONTRACT_SPECIALIST, "Unit S4", "2025-07-01", null).build();
        for (Roster r : List.of(recorded, open)) {
            ExpiryItem i = ExpiryReport.of(r, DefaultPolicy.policy(), LocalDate.parse(AS_OF), Period.ofDays(30)).stream()
                    .filter(x -> x.role() == Role.CONTRACT_SPECIALIST && x.kind() == ExpiryItem.Kind.TERM_ENDS).findFirst().orElseThrow();
            assertThat(i.action()).isEqualTo("select the successor by 2026-06-30");
            assertThat(i.source()).isEqualTo(source(Role.CONTRACT_SPECIALIST, RolePolicy.TERM)
                    + (r == recorded ? "; the term's end date on the roster" : ""));
        }
    }
}
