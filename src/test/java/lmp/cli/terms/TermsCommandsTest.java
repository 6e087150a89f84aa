package lmp.cli.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The terms commands end to end, through the same factory as main, never on the real clock. */
class TermsCommandsTest {
    private static final String EXAMPLE = "examples/roster.yaml";
    private static final String PROBLEMS = "examples/terms/roster-with-problems.yaml";
    private static final String POLICY = "examples/terms/policy.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void policyPrintsEveryRoleWithItsSources() {
        var r = Cli.run("terms", "policy");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ubt-co-lead", "6 months after taking office", "How Our Kaiser Partnership Works",
                "LMRDA 401(b); 29 CFR 452.23", "4 hours a month plus the council meetings", "best practice (LMRDA standard)",
                "union-officer", "LMRDA officer: Title IV rules are legal requirements")
                .doesNotContain("seed 000", "DOMAIN.md", "Role.");
    }

    @Test
    void policyFileOverridesAreShownWithTheirLine() {
        var r = Cli.run("terms", "policy", "--policy", POLICY, "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode chair = JSON.readTree(r.out()).get("roles").get("steward-council-chair");
        assertThat(chair.get("term").asString()).isEqualTo("2y");
        assertThat(chair.get("release_time").get("hours_per_month").asInt()).isEqualTo(6);
        assertThat(chair.get("sources").get("release_time").asString()).isEqualTo("role policy: " + POLICY + ":27"); // where the release_time mapping starts
    }

    @Test
    void policyAsYamlCanBeReadBackAsAPolicyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.yaml");
        var w = Cli.run("terms", "policy", "--format", "yaml", "-o", file.toString());
        assertThat(w.exit()).isZero();
        var r = Cli.run("terms", "check", EXAMPLE, "--policy", file.toString(), "--as-of", "2026-06-15");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("0 errors, 1 warning as of 2026-06-15");
        assertThat(Files.readString(file)).contains("lmp_policy: 1");
    }

    @Test
    void exampleRosterHasOnlyTheMissingPrimaryCareLaborPartner() {
        var r = Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-06-15");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("warning [vacant-seat] labor-partner of evmc-primary-care")
                .contains("0 errors, 1 warning as of 2026-06-15");
        assertThat(Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-06-15", "--fail-on", "error").exit()).isZero();
        assertThat(Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-06-15", "--fail-on", "warning").exit())
                .isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void plantedRosterShowsEveryKindOfFinding() {
        var r = Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-06-15", "--policy", POLICY, "--fail-on", "error");
        assertThat(r.exit()).isEqualTo(ExitCode.FINDINGS);
        for (var kind : lmp.terms.FindingKind.values()) {
            assertThat(r.out()).as(kind.id()).contains("[" + kind.id() + "]");
        }
        assertThat(r.out()).contains(PROBLEMS + ":42:5: warning [vacant-seat]");
    }

    @Test
    void withoutFailOnFindingsExitZero() {
        assertThat(Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-06-15").exit()).isZero();
    }

    @Test
    void asOfDecidesTheFindingsNotTheClock() {
        // The Imaging co-lead term ends 2026-03-31: held past its end from 2026-04-01.
        assertThat(Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-03-31").out()).doesNotContain("[held-past-end]");
        assertThat(Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-04-01").out()).contains("[held-past-end]");
    }

    @Test
    void checkAsCsvHasAHeaderAndOneRowPerFinding() {
        var r = Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-06-15", "--format", "csv");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("severity,kind,member,name,role,scope,start,end,date,message,rule,source,location");
        assertThat(lines).hasSize(1 + 11);
        assertThat(r.err()).contains("10 errors, 1 warning");
    }

    @Test
    void checkAsJsonCountsErrorsAndWarnings() {
        var r = Cli.run("terms", "check", PROBLEMS, "--as-of", "2026-06-15", "--format", "json");
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("as_of").asString()).isEqualTo("2026-06-15");
        assertThat(doc.get("errors").asInt()).isEqualTo(10);
        assertThat(doc.get("warnings").asInt()).isEqualTo(1);
        assertThat(doc.get("findings")).hasSize(11);
    }

    @Test
    void sameInputsGiveByteIdenticalOutput() {
        String[] args = {"terms", "check", PROBLEMS, "--as-of", "2026-06-15", "--format", "json"};
        assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
    }

    @Test
    void badRosterIsALocatedErrorAndExit65(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "lmp_roster: 1\nubts: []\nmembers: []\nroles:\n  - member: x\n    role: co-lead\n");
        var r = Cli.run("terms", "check", bad.toString(), "--as-of", "2026-06-15");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains("bad.yaml:6:").doesNotContain("Exception");
    }

    @Test
    void badPolicyIsALocatedErrorAndExit65(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("policy.yaml");
        Files.writeString(bad, "lmp_policy: 1\nroles:\n  ubt-co-lead:\n    term: forever\n");
        var r = Cli.run("terms", "check", EXAMPLE, "--policy", bad.toString(), "--as-of", "2026-06-15");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains("policy.yaml:4:11: 'term' should be a length");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingRosterIsExit66() {
        assertThat(Cli.run("terms", "check", "no-such-roster.yaml").exit()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void badDatesAndWindowsAreUsageErrors() {
        assertThat(Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-02-30").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("terms", "check", EXAMPLE, "--fail-on", "info").exit()).isEqualTo(ExitCode.USAGE);
        var w = Cli.run("terms", "expiring", EXAMPLE, "--within", "90");
        assertThat(w.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(w.err()).contains("90d, 12w or 3m");
        assertThat(Cli.run("terms", "release-time", EXAMPLE, "--month", "2026-13").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("terms", "release-time", EXAMPLE).exit()).isEqualTo(ExitCode.USAGE);
    }

    /** The README's crontab command, on a day nothing is due: no output at all, so cron sends no mail. */
    @Test
    void cronExpiringIsSilentWhenNothingIsDue() {
        var cron = Cli.standard(); // clock 2026-06-15: the example roster's next term ends 2026-11-30
        var r = cron.execute("-q", "terms", "expiring", EXAMPLE, "--within", "90d");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        for (String format : new String[] {"text", "csv", "json"}) {
            var f = Cli.run("terms", "expiring", EXAMPLE, "--within", "90d", "--as-of", "2026-06-15", "--format", format);
            assertThat(f.exit()).isZero();
            assertThat(f.all()).as(format).isEmpty();
        }
    }

    @Test
    void cronExpiringSpeaksWhenATermIsDue() {
        // 2026-11-30 (Imaging co-lead's last day) is 90 days after 2026-09-01.
        Clock sept = Clock.fixed(Instant.parse("2026-09-01T06:00:00Z"), ZoneOffset.UTC);
        var r = Cli.standard().withClock(sept).execute("-q", "terms", "expiring", EXAMPLE, "--within", "90d");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("2026-11-30 (in 90 days) term-ends: ubt-co-lead of EVMC-IMG, 100105 Grace Lopez")
                .contains("hold the election by 2026-11-30; mail the notice to every member by 2026-11-15");
        Clock dayBefore = Clock.fixed(Instant.parse("2026-08-31T06:00:00Z"), ZoneOffset.UTC);
        assertThat(Cli.standard().withClock(dayBefore).execute("-q", "terms", "expiring", EXAMPLE, "--within", "90d").out()).isEmpty();
    }

    @Test
    void expiringListsOverdueFirstThenSoonest() {
        var r = Cli.run("terms", "expiring", PROBLEMS, "--as-of", "2026-06-15", "--within", "90d");
        String[] heads = Arrays.stream(r.out().split("\n")).filter(l -> !l.startsWith(" ")).toArray(String[]::new);
        assertThat(heads).containsExactly(
                "2026-03-01 (106 days overdue) steward-deadline: ubt-co-lead of EVMC-FM, 100112 Jada Nguyen (2025-09-01 to 2027-08-31)",
                "2026-03-31 (76 days overdue) term-ended: ubt-co-lead of EVMC-IMG, 100105 Grace Lopez (2024-04-01 to 2026-03-31)",
                "2026-07-01 (in 16 days) steward-deadline: ubt-co-lead of EVMC-PHARM, 100116 Oscar Silva (2026-01-01 to 2027-12-31)");
    }

    @Test
    void expiringAsCsvAndJsonCarryTheActionDates() {
        var csv = Cli.run("terms", "expiring", EXAMPLE, "--as-of", "2026-09-01", "--within", "13w", "--format", "csv");
        assertThat(csv.out().split("\n")[0]).isEqualTo(
                "due,days_left,kind,member,name,role,scope,start,end,election_by,notice_by,steward_by,action,source,location");
        assertThat(csv.out()).contains("2026-11-30,90,term-ends,100105,Grace Lopez,ubt-co-lead,EVMC-IMG,2024-12-01,2026-11-30,"
                + "2026-11-30,2026-11-15,,");
        var json = JSON.readTree(Cli.run("terms", "expiring", EXAMPLE, "--as-of", "2026-09-01", "--within", "3m",
                "--format", "json").out());
        assertThat(json.get("within").asString()).isEqualTo("3m");
        assertThat(json.get("items").get(0).get("notice_by").asString()).isEqualTo("2026-11-15");
        assertThat(json.get("items").get(0).get("days_left").asInt()).isEqualTo(90);
    }

    @Test
    void releaseTimeListsEachHolderOfTheMonth() {
        var r = Cli.run("terms", "release-time", EXAMPLE, "--month", "2026-07");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Release time for 2026-07")
                .contains("100101  Uma Estrada", "1 shift a month plus the UBT meeting (paid by Kaiser)")
                .contains("4 hours a month plus the council meetings")
                .contains("full release (paid by LMP trust fund)")
                .endsWith("11 holders\n");
    }

    @Test
    void releaseTimeFollowsThePolicyFile() {
        var r = Cli.run("terms", "release-time", EXAMPLE, "--month", "2026-07", "--policy", POLICY, "--format", "csv");
        assertThat(r.out()).contains("100110,Aaron Chen,steward-council-chair,EVMC-SC,2026-07-01,2026-07-31,monthly,0,6,"
                + "the council meetings,Kaiser,6 hours a month plus the council meetings (paid by Kaiser)");
        var json = JSON.readTree(Cli.run("terms", "release-time", EXAMPLE, "--month", "2026-07", "--format", "json").out());
        assertThat(json.get("holders")).hasSize(11);
        assertThat(json.get("holders").get(0).get("shifts_per_month").asInt()).isEqualTo(1);
    }

    @Test
    void rosterFromStandardInput() throws Exception {
        String roster = Files.readString(Path.of(EXAMPLE));
        var r = Cli.standard().withStdin(roster).execute("terms", "check", "-", "--as-of", "2026-06-15", "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("warning,vacant-seat,,,labor-partner,evmc-primary-care");
        assertThat(r.out()).contains("<stdin>:35:5");
    }

    @Test
    void outputFileIsNotReplacedWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("findings.csv");
        Files.writeString(out, "keep me");
        var r = Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-06-15", "--format", "csv", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        var f = Cli.run("terms", "check", EXAMPLE, "--as-of", "2026-06-15", "--format", "csv", "-o", out.toString(), "--force");
        assertThat(f.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("severity,kind,");
    }

    /**
     * The crontab command in a fresh JVM, as cron runs it: no byte on stdout or stderr when nothing
     * is due. In-process tests cannot see what libraries print to the real stderr at start-up.
     */
    @Test
    void cronCommandInItsOwnProcessIsSilentWhenNothingIsDue() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "lmp.cli.Main",
                "-q", "terms", "expiring", EXAMPLE, "--within", "90d", "--as-of", "2026-06-15")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(output).isEmpty();
    }
}
