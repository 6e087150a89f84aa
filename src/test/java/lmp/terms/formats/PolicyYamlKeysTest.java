package lmp.terms.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import lmp.io.Severity;
import lmp.roster.Role;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;
import org.junit.jupiter.api.Test;

/** Keys of the policy file that the first tests leave out: each is read, and a misspelt key anywhere is reported. */
class PolicyYamlKeysTest {

    private static Parsed<TermsPolicy> read(String yaml) {
        return PolicyYaml.read(InputFile.ofText("policy.yaml", yaml));
    }

    private static List<String> lines(Parsed<?> p) {
        return p.problems().stream().map(x -> x.line() + " " + x.severity() + " " + x.message()).toList();
    }

    @Test
    void everyRoleKeyIsRead() {
        TermsPolicy p = read("""
                lmp_policy: 1
                roles:
                  ubt-co-lead:
                    term_is: typical
                    re_election: false
                    holders_per_scope: 3
                    on_leave_votes: false
                    unopposed_declared_elected: true
                """).orThrow();
        RolePolicy r = p.of(Role.UBT_CO_LEAD);
        assertThat(r.termIsTypical()).isTrue();
        assertThat(r.source(RolePolicy.TERM_IS)).isEqualTo("role policy: policy.yaml:4");
        assertThat(r.reElection()).isFalse();
        assertThat(r.holdersPerScope()).isEqualTo(3);
        assertThat(r.onLeaveVotes()).isFalse();
        assertThat(r.unopposedDeclaredElected()).isTrue();
    }

    @Test
    void customOfficeWithTermNoneHasNoTerm() {
        TermsPolicy p = read("""
                lmp_policy: 1
                custom_offices:
                  Trustee:
                    term: none
                """).orThrow();
        assertThat(p.customOffice("trustee")).hasValueSatisfying(c -> {
            assertThat(c.term()).isEmpty();
            assertThat(c.lmrdaOfficer()).isFalse();
            assertThat(c.source()).isEqualTo("role policy: policy.yaml:4");
        });
    }

    @Test
    void misspeltKeysAreReportedAtEveryLevel() {
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                good_standing:
                  dues_grase: 2m
                custom_offices:
                  Trustee:
                    trem: 3y
                roles:
                  steward-council-chair:
                    release_time:
                      hours_per_mont: 6
                polcy: x
                """);
        assertThat(p.problems()).extracting(Problem::line).containsExactlyInAnyOrder(3, 6, 10, 11);
        assertThat(p.problems()).allSatisfy(x -> assertThat(x.message()).contains("unknown key"));
    }

    @Test
    void officerRulesAreReportedAtTheKeyThatBreaksThem() {
        // The term alone on an officer's role: a warning at the term.
        assertThat(lines(read("""
                lmp_policy: 1
                roles:
                  union-officer:
                    term: 4y
                """))).singleElement().asString().startsWith("4 WARNING a term of 4 years for an LMRDA officer");
        // A partnership role made an officer, with a holdover: the error is at the holdover.
        Parsed<TermsPolicy> p = read("""
                lmp_policy: 1
                roles:
                  labor-partner:
                    lmrda_officer: true
                    holdover: true
                """);
        assertThat(p.problems()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.line()).isEqualTo(5);
            assertThat(x.message()).startsWith("'holdover: true' for an LMRDA officer");
        });
        // A partnership role made an officer with a term of 3 years (its default): nothing to say.
        assertThat(read("""
                lmp_policy: 1
                roles:
                  labor-partner:
                    lmrda_officer: true
                """).problems()).isEmpty();
        assertThat(read("""
                lmp_policy: 1
                roles:
                  labor-partner:
                    lmrda_officer: true
                    term: 3y
                """).orThrow().of(Role.LABOR_PARTNER).term()).contains(Period.ofYears(3));
    }
}
