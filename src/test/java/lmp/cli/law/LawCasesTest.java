package lmp.cli.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nine cases of issue 12 ("An honest law model"), replayed end to end on the shipped example
 * roster, each giving the corrected result. Cases 3, 4 and 8 are also covered at their boundaries
 * in ComplianceTest, StatutoryDeadlinesTest and BargainingCommandsTest.
 */
class LawCasesTest {
    private static final Path EXAMPLE = Path.of("examples/roster.yaml");

    private static Path copy(Path dir, String extraRoles) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        Files.writeString(roster, Files.readString(EXAMPLE) + extraRoles);
        return roster;
    }

    // Case 1: Lena Mendoza (100118, EVMC-FM) is on leave (the HR export's LOA) and in good standing: she votes.
    @Test
    void case1MemberOnLeaveInGoodStandingVotes(@TempDir Path dir) {
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-FM", "--roster", EXAMPLE.toString(),
                "--as-of", "2026-09-30", "--out", dir.resolve("fm.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String file = readQuietly(dir.resolve("fm.yaml"));
        assertThat(file).contains("\"100118\"").doesNotContain("\"100142\""); // 100142 is inactive
    }

    @Test
    void case1APolicyMayLeaveMembersOnLeaveOutOfAPartnershipElection(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "lmp_policy: 1\nroles:\n  ubt-co-lead:\n    on_leave_votes: false\n");
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-FM", "--roster", EXAMPLE.toString(),
                "--policy", policy.toString(), "--as-of", "2026-09-30", "--out", dir.resolve("fm.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(readQuietly(dir.resolve("fm.yaml"))).doesNotContain("\"100118\"");
    }

    // Case 2: elected on 2026-11-05 for the term from 2027-01-01: an election on 2030-01-01 is too late.
    @Test
    void case2ThreeYearsRunFromTheLastElection(@TempDir Path dir) throws Exception {
        Path roster = copy(dir, """
                  - member: "100125"
                    role: ubt-co-lead
                    scope: EVMC-ICU
                    start: 2027-01-01
                    end: 2028-12-31
                    chosen: elected
                    elected_on: 2026-11-05
                """);
        Path election = dir.resolve("icu.yaml");
        var n = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", roster.toString(),
                "--candidates", "100107,100113", "--voting-opens", "2030-01-01", "--as-of", "2029-10-01", "--out", election.toString());
        assertThat(n.exit()).as(n.err()).isZero();
        var c = Cli.run("election", "check", election.toString(), "--as-of", "2029-10-01");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.out()).containsPattern("FAIL +three-years +2029-11-05 +office last elected on 2026-11-05")
                .contains("best practice (LMRDA standard): LMRDA 401(b); 29 CFR 452.23-452.24");
    }

    // Case 5: the steward-deadline day itself is in time in terms check too (co-lead from 2025-03-01, not a steward).
    @Test
    void case5StewardDeadlineDayIsInTimeInTermsCheck(@TempDir Path dir) throws Exception {
        Path roster = copy(dir, """
                  - member: "100109"
                    role: ubt-co-lead
                    scope: EVMC-LAB
                    start: 2027-03-01
                    end: 2029-02-28
                    chosen: elected
                """);
        assertThat(Cli.run("terms", "check", roster.toString(), "--as-of", "2027-09-01").out()).doesNotContain("not-a-steward");
        assertThat(Cli.run("terms", "check", roster.toString(), "--as-of", "2027-09-02").out()).contains("[not-a-steward]");
    }

    // Case 6: a two-year term 2024-02-29..2026-02-28 is not longer than two years.
    @Test
    void case6TermFromTheTwentyNinthOfFebruary(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster.yaml");
        Files.writeString(roster, Files.readString(EXAMPLE).replace("    start: 2024-12-01\n    end: 2026-11-30",
                "    start: 2024-02-29\n    end: 2026-02-28"));
        assertThat(Files.readString(roster)).contains("start: 2024-02-29");
        var r = Cli.run("terms", "check", roster.toString(), "--as-of", "2025-06-15");
        assertThat(r.out()).doesNotContain("term-longer-than-policy");
    }

    // Case 7: each local has its own labor partner for the same hospital; an electorate can be limited to a local.
    @Test
    void case7LaborPartnersPerLocalAndArea(@TempDir Path dir) throws Exception {
        Path roster = copy(dir, """
                  - member: "100104"
                    role: labor-partner
                    scope: evmc-hospital
                    start: 2025-01-01
                    end: 2027-12-31
                    chosen: elected
                """);
        var v = Cli.run("roster", "validate", roster.toString());
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
        assertThat(Cli.run("terms", "check", roster.toString(), "--as-of", "2026-06-15").out()).doesNotContain("too-many-holders");
        var n = Cli.run("election", "new", "--role", "labor-partner", "--scope", "evmc-hospital", "--local", "UNAC/UHCP",
                "--roster", roster.toString(), "--as-of", "2026-09-30", "--out", dir.resolve("lp.yaml").toString());
        assertThat(n.exit()).as(n.err()).isZero();
        String file = readQuietly(dir.resolve("lp.yaml"));
        assertThat(file).contains("local: UNAC/UHCP", "\"100101\"").doesNotContain("\"100102\"", "\"100105\"");
        var bad = Cli.run("election", "new", "--role", "labor-partner", "--scope", "evmc-hospital", "--local", "UNAC/UHC",
                "--roster", roster.toString(), "--as-of", "2026-09-30", "--out", dir.resolve("lp2.yaml").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("did you mean 'UNAC/UHCP'");
        // A second labor partner of the same local for the same area is still one too many.
        Path sub = Files.createDirectories(dir.resolve("twice"));
        Path twice = copy(sub, """
                  - member: "100105"
                    role: labor-partner
                    scope: evmc-hospital
                    start: 2025-01-01
                    end: 2027-12-31
                    chosen: elected
                """);
        assertThat(Cli.run("roster", "validate", twice.toString()).exit()).isEqualTo(65);
    }

    // Case 9: output that members and the DOL read cites public sources only.
    @Test
    void case9OutputCitesPublicSourcesOnly(@TempDir Path dir) {
        String policy = Cli.run("terms", "policy").out();
        String check = Cli.run("terms", "check", "examples/terms/roster-with-problems.yaml", "--as-of", "2026-06-15").out();
        String expiring = Cli.run("terms", "expiring", EXAMPLE.toString(), "--as-of", "2026-09-01", "--within", "12m").out();
        Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster", EXAMPLE.toString(),
                "--candidates", "100101,100107", "--voting-opens", "2026-11-04", "--as-of", "2026-09-30",
                "--out", dir.resolve("e.yaml").toString());
        String election = Cli.run("election", "check", dir.resolve("e.yaml").toString(), "--as-of", "2026-10-01").out();
        for (String out : new String[] {policy, check, expiring, election}) {
            assertThat(out).isNotEmpty().doesNotContain("seed 0", "DOMAIN.md", "Role.", "UBT_CO_LEAD", "roster model");
        }
        assertThat(election).contains("best practice (LMRDA standard): LMRDA 401(e)");
        assertThat(check).contains("built-in role policy");
    }

    // A policy that marks the role as an LMRDA officer restores the strict rule, cited as the law.
    @Test
    void anOfficerPolicyRestoresTheStrictRuleWithItsCitation(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("bylaws.yaml");
        Files.writeString(policy, "lmp_policy: 1\nroles:\n  labor-partner:\n    lmrda_officer: true\n    term: 4y\n");
        var r = Cli.run("terms", "policy", "--policy", policy.toString());
        assertThat(r.err()).contains("bylaws.yaml:5", "the 3-year limit still applies");
        Path roster = dir.resolve("roster.yaml");
        Files.writeString(roster, Files.readString(EXAMPLE).replace("    start: 2024-04-01\n    end: 2027-03-31",
                "    start: 2024-04-01\n    end: 2028-03-31"));
        assertThat(Files.readString(roster)).contains("end: 2028-03-31");
        var c = Cli.run("terms", "check", roster.toString(), "--policy", policy.toString(), "--as-of", "2026-06-15");
        assertThat(c.out()).contains("[term-longer-than-lmrda-cap] labor-partner of evmc-hospital",
                "legal requirement: LMRDA 401(b); 29 CFR 452.23-452.24; role policy: " + policy + ":4");
        var relaxed = Cli.run("terms", "check", roster.toString(), "--as-of", "2026-06-15");
        assertThat(relaxed.out()).contains("best practice (LMRDA standard)");
    }

    // A union-officer election, and a custom office the policy marks as an officer, are cited as the law.
    @Test
    void officerElectionsAreCitedAsLegalRequirements(@TempDir Path dir) {
        Path officer = dir.resolve("officer.yaml");
        var n = Cli.run("election", "new", "--role", "union-officer", "--scope", "UFCW Local 7", "--description", "President",
                "--roster", EXAMPLE.toString(), "--candidates", "100108,100109", "--voting-opens", "2026-11-04",
                "--as-of", "2026-09-30", "--out", officer.toString());
        assertThat(n.exit()).as(n.err()).isZero();
        assertThat(readQuietly(officer)).contains("\"100109\"").doesNotContain("\"100101\""); // 100101 is UNAC/UHCP
        String check = Cli.run("election", "check", officer.toString(), "--as-of", "2026-10-01").out();
        assertThat(check).contains("legal requirement: LMRDA 401(e); 29 CFR 452.99-452.102; built-in role policy: an LMRDA officer")
                .doesNotContain("best practice");
        Path custom = dir.resolve("secretary.yaml");
        var c = Cli.run("election", "new", "--role", "custom", "--description", "Recording secretary", "--scope", "UNAC/UHCP",
                "--roster", EXAMPLE.toString(), "--candidates", "100101,100104", "--voting-opens", "2026-11-04",
                "--policy", "examples/terms/policy.yaml", "--as-of", "2026-09-30", "--out", custom.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        String withPolicy = Cli.run("election", "check", custom.toString(), "--policy", "examples/terms/policy.yaml",
                "--as-of", "2026-10-01").out();
        assertThat(withPolicy).contains("legal requirement: LMRDA 401(c); 29 CFR 452.71-452.72; role policy: examples/terms/policy.yaml:");
        String without = Cli.run("election", "check", custom.toString(), "--as-of", "2026-10-01").out();
        assertThat(without).contains("best practice (LMRDA standard): LMRDA 401(c)", "a custom office is not an LMRDA officer");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
