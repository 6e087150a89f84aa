package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import lmp.io.InputFile;
import lmp.roster.Role;
import lmp.terms.formats.PolicyYaml;
import org.junit.jupiter.api.Test;

class TermOfOfficeTest {
    private static final LocalDate START = LocalDate.parse("2027-01-01");

    @Test
    void defaultPolicyGivesCoLeadsTwoYearsAndSixMonthsToBecomeAStewards() {
        TermOfOffice t = TermOfOffice.defaults();
        assertThat(t.end(Role.UBT_CO_LEAD, START)).contains(LocalDate.parse("2028-12-31"));
        assertThat(t.requiresSteward(Role.UBT_CO_LEAD)).isTrue();
        assertThat(t.stewardDeadline(Role.UBT_CO_LEAD, START)).isEqualTo(LocalDate.parse("2027-07-01"));
        assertThat(t.end(Role.LABOR_PARTNER, START)).contains(LocalDate.parse("2029-12-31"));
    }

    @Test
    void chairWithoutATermInThePolicyHasNoTermRatherThanAnInventedThreeYears() {
        // Issue 12: the chair's term is set by bylaws; it used to run "to the LMRDA cap" (2029-12-31). Certify now refuses it.
        assertThat(TermOfOffice.defaults().end(Role.STEWARD_COUNCIL_CHAIR, START)).isEmpty();
    }

    @Test
    void aUnionPolicyFileChangesTheTermAndTheGracePeriod() {
        var policy = PolicyYaml.read(InputFile.ofText("policy.yaml", """
                lmp_policy: 1
                name: Test Local bylaws
                roles:
                  ubt-co-lead:
                    term: 1y
                    grace_period: 3m
                  steward-council-chair:
                    term: 2y
                """)).orThrow();
        TermOfOffice t = new TermOfOffice(policy);
        assertThat(t.end(Role.UBT_CO_LEAD, START)).contains(LocalDate.parse("2027-12-31"));
        assertThat(t.stewardDeadline(Role.UBT_CO_LEAD, START)).isEqualTo(LocalDate.parse("2027-04-01"));
        assertThat(t.end(Role.STEWARD_COUNCIL_CHAIR, START)).contains(LocalDate.parse("2028-12-31"));
    }

    @Test
    void checkUsesThePolicysGracePeriodForTheStewardDeadline() {
        var policy = PolicyYaml.read(InputFile.ofText("policy.yaml",
                "lmp_policy: 1\nname: Test\nroles:\n  ubt-co-lead:\n    grace_period: 3m\n")).orThrow();
        Election e = TestElections.coLead(TestElections.goodDates(), "", "[Ben Plain]", "[{id: \"2\", name: Ben Plain}]");
        var onDeadline = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), LocalDate.parse("2027-04-01"),
                new TermOfOffice(policy));
        var dayAfter = Compliance.check(e, TestElections.roster(), TestElections.rosterSha(), LocalDate.parse("2027-04-02"),
                new TermOfOffice(policy));
        assertThat(onDeadline).filteredOn(i -> i.rule().equals("candidates")).singleElement()
                .extracting(CheckItem::status).isEqualTo(CheckItem.Status.DUE);
        assertThat(dayAfter).filteredOn(i -> i.rule().equals("candidates")).singleElement()
                .extracting(CheckItem::status).isEqualTo(CheckItem.Status.FAIL);
    }
}
