package lmp.terms.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import lmp.io.Severity;
import lmp.roster.HowChosen;
import lmp.roster.Role;
import lmp.terms.Credential;
import lmp.terms.DefaultPolicy;
import lmp.terms.ReleaseTime;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;
import org.junit.jupiter.api.Test;

class PolicyYamlTest {

    private static Parsed<TermsPolicy> read(String yaml) {
        return PolicyYaml.read(InputFile.ofText("policy.yaml", yaml));
    }

    private static List<String> rendered(Parsed<?> p) {
        return p.problems().stream().map(Problem::render).toList();
    }

    @Test
    void givenFieldsOverrideTheDefaultsAndCiteTheLine() {
        TermsPolicy p = read("""
                lmp_policy: 1
                name: Local 1
                roles:
                  ubt-co-lead:
                    term: 18m
                    grace_period: 3m
                  steward-council-chair:
                    term: 2y
                    release_time:
                      hours_per_month: 6
                """).orThrow();
        RolePolicy coLead = p.of(Role.UBT_CO_LEAD);
        assertThat(coLead.term()).contains(Period.ofMonths(18));
        assertThat(coLead.gracePeriod()).isEqualTo(Period.ofMonths(3));
        assertThat(coLead.source(RolePolicy.TERM)).isEqualTo("role policy: policy.yaml:5");
        assertThat(coLead.credential()).as("not given: default").isEqualTo(Credential.STEWARD);
        assertThat(coLead.source(RolePolicy.CREDENTIAL)).startsWith("built-in role policy");
        ReleaseTime chair = p.of(Role.STEWARD_COUNCIL_CHAIR).releaseTime();
        assertThat(chair.hoursPerMonth()).isEqualTo(6);
        assertThat(chair.plus()).as("other release-time keys keep their default").containsExactly("the council meetings");
        assertThat(p.name()).startsWith("Local 1 (policy.yaml)");
    }

    @Test
    void emptyPolicyIsTheDefaults() {
        TermsPolicy p = read("lmp_policy: 1\n").orThrow();
        for (Role r : Role.values()) {
            assertThat(p.of(r)).isEqualTo(DefaultPolicy.of(r));
        }
    }

    @Test
    void writtenPolicyReadsBackToTheSameValues() {
        String yaml = PolicyYaml.toYaml(DefaultPolicy.policy());
        TermsPolicy back = read(yaml).orThrow();
        for (Role r : Role.values()) {
            RolePolicy a = DefaultPolicy.of(r);
            RolePolicy b = back.of(r);
            assertThat(b.term()).isEqualTo(a.term());
            assertThat(b.termIsTypical()).isEqualTo(a.termIsTypical());
            assertThat(b.reElection()).isEqualTo(a.reElection());
            assertThat(b.maxConsecutiveTerms()).isEqualTo(a.maxConsecutiveTerms());
            assertThat(b.credential()).isEqualTo(a.credential());
            assertThat(b.gracePeriod()).isEqualTo(a.gracePeriod());
            assertThat(b.filledBy()).isEqualTo(a.filledBy());
            assertThat(b.releaseTime()).isEqualTo(a.releaseTime());
            assertThat(b.holdersPerScope()).isEqualTo(a.holdersPerScope());
            assertThat(b.mustBeFilled()).isEqualTo(a.mustBeFilled());
        }
    }

    @Test
    void termNoneAndHiredTurnTermsOff() {
        TermsPolicy p = read("""
                lmp_policy: 1
                roles:
                  contract-specialist: {term: none, filled_by: hired, max_consecutive_terms: 2}
                """).orThrow();
        assertThat(p.of(Role.CONTRACT_SPECIALIST).term()).isEmpty();
        assertThat(p.of(Role.CONTRACT_SPECIALIST).filledBy()).isEqualTo(HowChosen.HIRED);
        assertThat(p.of(Role.CONTRACT_SPECIALIST).maxConsecutiveTerms()).contains(2);
    }

    @Test
    void everyMistakeIsReportedWithItsLineAndColumn() {
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                roles:
                  ubt-colead:
                    term: 2y
                  labor-partner:
                    term: two years
                    grace_period: -1m
                    credential: shop steward
                    holders_per_scope: many
                    re_elction: true
                  contract-specialist:
                    credential: steward-of-council
                    term: 0y
                """);
        assertThat(p.hasErrors()).isTrue();
        assertThat(rendered(p)).containsExactly(
                "policy.yaml:3:3: unknown role 'ubt-colead'; expected one of: ubt-co-lead, labor-partner, contract-specialist, "
                        + "steward-council-chair, improvement-advisor, alliance-partnership-representative, union-officer, ia, apr "
                        + "(did you mean 'ubt-co-lead'?)",
                "policy.yaml:6:11: 'term' should be a length such as 2y, 18m, 6m or 90d (or 'none' for no term), found 'two years'",
                "policy.yaml:7:19: 'grace_period' should be a length such as 2y, 18m, 6m or 90d, found '-1m'",
                "policy.yaml:8:17: 'credential' has unknown value 'shop steward'; expected one of: none, steward, steward-of-council",
                "policy.yaml:9:24: 'holders_per_scope' should be a whole number, found 'many'",
                "policy.yaml:10:5: unknown key 're_elction' in the policy of labor-partner (did you mean 're_election'?); "
                        + "remove it or check the spelling",
                "policy.yaml:12:17: 'steward-of-council' needs a role held in a steward council; contract-specialist is held "
                        + "in a bargaining unit; use 'steward'",
                "policy.yaml:13:11: 'term' cannot be zero; write 'none' for a role without terms");
    }

    @Test
    void missingSchemaVersionIsAnError() {
        assertThat(rendered(read("roles: {}\n"))).singleElement().asString()
                .startsWith("policy.yaml:1:1: the policy file is missing 'lmp_policy: 1'");
    }

    @Test
    void officerTermLongerThanTheLmrdaCapIsAWarningBecauseTheLimitStillApplies() {
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                roles:
                  labor-partner:
                    term: 4y
                    lmrda_officer: true
                """);
        assertThat(p.hasErrors()).isFalse();
        assertThat(p.problems()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.line()).isEqualTo(4);
            assertThat(x.message()).contains("LMRDA officer", "the 3-year limit still applies");
        });
        assertThat(p.orThrow().of(Role.LABOR_PARTNER).term()).contains(Period.ofYears(4));
        assertThat(p.orThrow().of(Role.LABOR_PARTNER).threeYearLimit()).isTrue();
    }

    // Issue 12: a partnership role is not an officer, so a longer term relaxes the best-practice limit silently.
    @Test
    void partnershipTermLongerThanThreeYearsRelaxesTheBestPractice() {
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                roles:
                  labor-partner:
                    term: 4y
                    holdover: true
                    on_leave_votes: false
                """);
        assertThat(p.problems()).isEmpty();
        RolePolicy lp = p.orThrow().of(Role.LABOR_PARTNER);
        assertThat(lp.threeYearLimit()).isFalse();
        assertThat(lp.holdover()).isTrue();
        assertThat(lp.onLeaveVotes()).isFalse();
    }

    @Test
    void anOfficerCannotHoldOverOrExcludeMembersOnLeave() {
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                roles:
                  union-officer:
                    holdover: true
                    on_leave_votes: false
                """);
        assertThat(p.problems()).extracting(x -> x.line() + ":" + x.message()).satisfiesExactlyInAnyOrder(
                x -> assertThat(x).startsWith("4:").contains("holdover", "LMRDA 401(b)"),
                x -> assertThat(x).startsWith("5:").contains("on_leave_votes", "452.84"));
    }

    @Test
    void goodStandingGraceAndCustomOfficesAreRead() {
        TermsPolicy p = read("""
                lmp_policy: 1
                good_standing:
                  dues_grace: 2m
                custom_offices:
                  Recording secretary:
                    lmrda_officer: true
                    term: 3y
                """).orThrow();
        assertThat(p.goodStanding().duesGrace()).isEqualTo(Period.ofMonths(2));
        assertThat(p.goodStanding().source()).isEqualTo("role policy: policy.yaml:3");
        assertThat(p.customOffice("recording secretary")).hasValueSatisfying(c -> {
            assertThat(c.lmrdaOfficer()).isTrue();
            assertThat(c.term()).contains(Period.ofYears(3));
        });
    }

    @Test
    void notYamlIsALocatedError() {
        assertThatThrownBy(() -> read("lmp_policy: 1\nroles: [\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("policy.yaml:");
    }

    @Test
    void roleAbbreviationsAreAccepted() {
        TermsPolicy p = read("lmp_policy: 1\nroles:\n  ia: {must_be_filled: true}\n").orThrow();
        assertThat(p.of(Role.IMPROVEMENT_ADVISOR).mustBeFilled()).isTrue();
        assertThat(p.of(Role.IMPROVEMENT_ADVISOR).term()).isEqualTo(Optional.empty());
    }
}
