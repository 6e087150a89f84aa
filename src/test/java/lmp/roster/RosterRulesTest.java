package lmp.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

/** Each cross-record rule with a roster that breaks it and one that keeps it. Line numbers counted by hand. */
class RosterRulesTest {

    /** A small valid roster; tests append records to it. Lines: members start at 15, roles at 24. */
    private static final String BASE = """
            lmp_roster: 1
            councils:
              - id: SC
                area: hospital
            ubts:
              - id: ICU
                name: Intensive Care
                facility: Example Hospital
                area: hospital
              - id: FM
                name: Family Medicine
                facility: Example Clinic
                area: primary-care
            members:
              - id: "1"
                name: Ana Ruiz
                local: UNAC/UHCP
                ubt: ICU
                steward: {since: 2020-01-01, council: SC}
              - id: "2"
                name: Ben Cho
                local: UNAC/UHCP
                ubt: FM
            """;

    private static List<Problem> check(String yaml) {
        Roster roster = RosterYaml.read(InputFile.ofText("r.yaml", yaml)).orThrow();
        return RosterRules.check(roster);
    }

    private static String role(String member, String role, String scope, String start, String end) {
        return "  - {member: \"" + member + "\", role: " + role + ", scope: " + scope + ", start: " + start
                + (end == null ? "" : ", end: " + end) + "}\n";
    }

    @Test
    void baseRosterIsClean() {
        assertThat(check(BASE)).isEmpty();
    }

    @Test
    void duplicateMemberIdIsAProblemAtTheSecondNamingTheFirst() {
        var problems = check(BASE + "  - {id: \"1\", name: Cy Dee, local: UFCW Local 7}\n");
        assertThat(problems).extracting(Problem::render)
                .containsExactly("r.yaml:24:5: duplicate member id '1' (first at line 15); give each member its own id or merge the two records");
    }

    @Test
    void distinctMemberIdsAreFine() {
        assertThat(check(BASE + "  - {id: \"3\", name: Cy Dee, local: UFCW Local 7}\n")).isEmpty();
    }

    @Test
    void memberInAnUnknownUbtIsAProblem() {
        var problems = check(BASE + "  - {id: \"3\", name: Cy Dee, local: UFCW Local 7, ubt: LAB}\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("UBT 'LAB'", "not on the roster", "known: ICU, FM");
        });
    }

    @Test
    void memberWithoutAUbtIsFine() {
        assertThat(check(BASE + "  - {id: \"3\", name: Cy Dee, local: UFCW Local 7}\n")).isEmpty();
    }

    @Test
    void stewardOnAnUnknownCouncilIsAProblemWhenCouncilsAreListed() {
        var problems = check(BASE + "  - {id: \"3\", name: Cy Dee, local: L, steward: {since: 2021-01-01, council: XX}}\n");
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("council 'XX'");
    }

    @Test
    void stewardCouncilIsNotCheckedWhenTheRosterListsNoCouncils() {
        String noCouncils = BASE.replace("councils:\n  - id: SC\n    area: hospital\n", "");
        assertThat(check(noCouncils + "  - {id: \"3\", name: Cy Dee, local: L, steward: {since: 2021-01-01, council: XX}}\n"))
                .isEmpty();
    }

    @Test
    void roleForAnUnknownMemberIsAProblem() {
        var problems = check(BASE + "roles:\n" + role("9", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(25);
            assertThat(p.message()).contains("member 9", "not on the roster");
        });
    }

    @Test
    void coLeadScopeMustBeAUbt() {
        var bad = check(BASE + "roles:\n" + role("1", "ubt-co-lead", "hospital", "2025-01-01", "2026-12-31"));
        assertThat(bad).singleElement().extracting(Problem::message).asString()
                .contains("scope 'hospital' is not a known UBT id");
        assertThat(check(BASE + "roles:\n" + role("1", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31"))).isEmpty();
    }

    @Test
    void chairScopeMustBeACouncil() {
        var bad = check(BASE + "roles:\n" + role("1", "steward-council-chair", "ICU", "2025-01-01", null));
        assertThat(bad).singleElement().extracting(Problem::message).asString()
                .contains("scope 'ICU' is not a known steward council id", "known: SC");
        assertThat(check(BASE + "roles:\n" + role("1", "steward-council-chair", "SC", "2025-01-01", null))).isEmpty();
    }

    @Test
    void laborPartnerScopeMustBeAnAreaOfAUbtOrCouncil() {
        var bad = check(BASE + "roles:\n" + role("2", "labor-partner", "specialty-care", "2025-01-01", "2027-12-31"));
        assertThat(bad).singleElement().extracting(Problem::message).asString()
                .contains("scope 'specialty-care' is not a known area", "known: hospital, primary-care");
        assertThat(check(BASE + "roles:\n" + role("2", "labor-partner", "primary-care", "2025-01-01", "2027-12-31"))).isEmpty();
    }

    @Test
    void twoCoLeadsOfOneUbtWithOverlappingTermsIsAProblemAtTheLaterTerm() {
        var problems = check(BASE + "roles:\n"
                + role("1", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31")
                + role("2", "ubt-co-lead", "ICU", "2026-12-31", "2028-12-30"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.message()).contains("two holders of ubt-co-lead for 'ICU' at once", "member 2", "member 1",
                    "at line 25");
        });
    }

    @Test
    void consecutiveCoLeadTermsAreFine() {
        assertThat(check(BASE + "roles:\n"
                + role("1", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31")
                + role("2", "ubt-co-lead", "ICU", "2027-01-01", "2028-12-31"))).isEmpty();
    }

    @Test
    void anOpenEndedTermOverlapsEveryLaterTerm() {
        var problems = check(BASE + "roles:\n"
                + role("1", "steward-council-chair", "SC", "2020-01-01", null)
                + role("2", "steward-council-chair", "SC", "2030-01-01", "2031-01-01"));
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("open end");
    }

    @Test
    void coLeadsOfDifferentUbtsAtOnceAreFine() {
        assertThat(check(BASE + "roles:\n"
                + role("1", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31")
                + role("2", "ubt-co-lead", "FM", "2025-01-01", "2026-12-31"))).isEmpty();
    }

    @Test
    void rolesWithoutALimitMayHaveManyHoldersAtOnce() {
        assertThat(check(BASE + "roles:\n"
                + role("1", "improvement-advisor", "hospital", "2020-01-01", null)
                + role("2", "improvement-advisor", "hospital", "2021-01-01", null))).isEmpty();
    }

    @Test
    void threeOverlappingTermsGiveTwoProblems() {
        var problems = check(BASE + "roles:\n"
                + role("1", "ubt-co-lead", "ICU", "2025-01-01", "2026-12-31")
                + role("2", "ubt-co-lead", "ICU", "2025-06-01", "2026-12-31")
                + role("1", "ubt-co-lead", "ICU", "2026-01-01", "2027-12-31"));
        assertThat(problems).extracting(Problem::line).containsExactly(26, 27);
    }

    @Test
    void duplicateUbtIdIsAProblem() {
        String dup = BASE.replace("  - id: FM\n", "  - id: ICU\n").replace("ubt: FM", "ubt: ICU");
        assertThat(check(dup)).singleElement().extracting(Problem::message).asString()
                .startsWith("duplicate UBT id 'ICU' (first at line 6)");
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        var problems = check(BASE + "  - {id: \"1\", name: Cy Dee, local: L, ubt: NOPE}\nroles:\n"
                + role("8", "ubt-co-lead", "NOPE", "2025-01-01", null));
        assertThat(problems).extracting(Problem::line).containsExactly(24, 24, 26, 26);
    }
}
