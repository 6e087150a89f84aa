package lmp.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.roster.RoleAssignment;
import lmp.terms.formats.PolicyYaml;
import org.junit.jupiter.api.Test;

/** Certify records the day of the election and refuses a role the policy gives no term. */
class CertificationTest {
    private static final Location AT = Location.of("election.yaml");

    // The election ends 2026-11-05 (voting closes); the term starts 2027-01-01 and runs two years to 2028-12-31.
    @Test
    void certifyWritesTheElectionDateIntoTheRoleAssignment() {
        Election e = TestElections.coLead(TestElections.goodDates(), "");
        Certification.Outcome o = Certification.certify(e, TestElections.roster(), List.of("Ann Steward"), AT, TermOfOffice.defaults());
        assertThat(o.problems()).isEmpty();
        RoleAssignment added = o.roster().roles().get(o.roster().roles().size() - 1);
        assertThat(added.electedOn()).contains(LocalDate.parse("2026-11-05"));
        assertThat(added.start()).isEqualTo("2027-01-01");
        assertThat(added.end()).contains(LocalDate.parse("2028-12-31"));
        assertThat(lmp.roster.formats.RosterYaml.toYaml(o.roster())).contains("elected_on: 2026-11-05");
    }

    @Test
    void aChairWithoutATermInThePolicyIsRefusedAndAPolicyTermIsUsed() {
        Election chair = ElectionYamlFixture.chair();
        Certification.Outcome refused = Certification.certify(chair, TestElections.roster(), List.of("Ann Steward"), AT,
                TermOfOffice.defaults());
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("gives steward-council-chair no term", "--policy"));
        assertThat(refused.rosterChanged()).isFalse();
        var policy = PolicyYaml.read(InputFile.ofText("bylaws.yaml",
                "lmp_policy: 1\nroles:\n  steward-council-chair:\n    term: 2y\n")).orThrow();
        Certification.Outcome ok = Certification.certify(chair, TestElections.roster(), List.of("Ann Steward"), AT,
                new TermOfOffice(policy));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.winners().get(0).end()).contains(LocalDate.parse("2028-12-31"));
    }

    @Test
    void anUnopposedWinnerIsDeclaredElectedWhereThePolicyAllows() {
        Election one = TestElections.coLead(TestElections.goodDates(), "", "[Ann Steward]", "[{id: \"1\", name: Ann Steward}]");
        assertThat(Certification.certify(one, TestElections.roster(), List.of("Ann Steward"), AT, TermOfOffice.defaults()).notes())
                .noneMatch(n -> n.contains("unopposed"));
        var policy = PolicyYaml.read(InputFile.ofText("bylaws.yaml",
                "lmp_policy: 1\nroles:\n  ubt-co-lead:\n    unopposed_declared_elected: true\n")).orThrow();
        assertThat(Certification.certify(one, TestElections.roster(), List.of("Ann Steward"), AT, new TermOfOffice(policy)).notes())
                .anySatisfy(n -> assertThat(n).contains("declared elected unopposed", "29 CFR 452.28", "role policy: bylaws.yaml:4"));
    }

    @Test
    void theCertificateSaysWhichLawAppliedToTheOffice() {
        Election one = TestElections.coLead(TestElections.goodDates(), "", "[Ann Steward]", "[{id: \"1\", name: Ann Steward}]");
        assertThat(Certification.certify(one, TestElections.roster(), List.of("Ann Steward"), AT, TermOfOffice.defaults()).notes().get(0))
                .contains("not a union officer", "29 CFR 452.17", "best practice", "built-in role policy")
                .doesNotContain("legal requirement");
        var policy = PolicyYaml.read(InputFile.ofText("bylaws.yaml",
                "lmp_policy: 1\nroles:\n  ubt-co-lead:\n    lmrda_officer: true\n")).orThrow();
        assertThat(Certification.certify(one, TestElections.roster(), List.of("Ann Steward"), AT, new TermOfOffice(policy)).notes().get(0))
                .contains("union officer election under LMRDA Title IV", "legal requirements", "role policy: bylaws.yaml:4");
    }

    /** A steward-council chair election in C1 with Ann Steward as the only candidate. */
    private static final class ElectionYamlFixture {
        static Election chair() {
            Map<String, String> d = TestElections.goodDates();
            Election coLead = TestElections.coLead(d, "", "[Ann Steward]", "[{id: \"1\", name: Ann Steward}]");
            Office office = new Office(OfficeKind.STEWARD_COUNCIL_CHAIR, "C1", java.util.Optional.empty(), coLead.office().candidates());
            return new Election(coLead.count(), office, coLead.roster(), coLead.dates(), coLead.voters(), List.of(), List.of(),
                    false, coLead.keepRecordsUntil(), coLead.checkoff(), coLead.auditLog(), coLead.runoffDate(), coLead.status());
        }
    }
}
