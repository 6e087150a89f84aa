package lmp.cli.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lmp.cli.Cli;
import lmp.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bargaining commands end to end, through the same command-line factory as main. */
class BargainingCommandsTest {
    private static final String EXAMPLE = "examples/bargaining-2021/plan.yaml";
    private static final String TIMED = "src/test/resources/bargaining/timed-plan.yaml";
    private static final String BROKEN = "src/test/resources/bargaining/broken-plan.yaml";

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void timelineWritesTheFourFilesNamedAfterThePlan() throws Exception {
        var r = Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--as-of", "2021-06-01");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(names(tmp)).containsExactly("kp-alliance-2021.csv", "kp-alliance-2021.html", "kp-alliance-2021.ics",
                "kp-alliance-2021.md");
        String md = Files.readString(tmp.resolve("kp-alliance-2021.md"));
        assertThat(md).contains("| 2021-07-02 | Friday | Notice to the other party", "| 2021-08-01 | Sunday (weekend: serve earlier) |",
                "2021-06-02 to 2021-07-01", "| 2021-09-21 | Tuesday |", "### 2021-08-31 to 2021-09-02: Session 1",
                "Management co-leads: Management co-lead B, Management co-lead C", "opens in 1 day");
        assertThat(md.indexOf("Kickoff meeting")).isLessThan(md.indexOf("Check-in 1"));
        List<String> csv = Files.readAllLines(tmp.resolve("kp-alliance-2021.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", lmp.bargaining.formats.PlanCsv.HEADER));
        assertThat(csv).hasSize(1 + 5 + 4 + 1)
                .contains("2021-08-31,2021-09-02,,,,session,session-1,Session 1,cic,Southern California,false,,30",
                        "2021-07-02,2021-07-02,,,,statutory-deadline,notice-to-other-party,Notice to the other party,,,,"
                                + "\"NLRA 8(d)(1), 8(d)(A)\",90");
    }

    @Test
    void theHtmlPageIsSelfContainedWithAnSvgTimeline() throws Exception {
        var r = Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--format", "html", "--as-of", "2021-06-01");
        assertThat(r.exit()).isZero();
        assertThat(names(tmp)).containsExactly("kp-alliance-2021.html");
        String html = Files.readString(tmp.resolve("kp-alliance-2021.html"));
        assertThat(html).contains("<svg", "</svg>", ">Apr 2021<", ">Sep 2021<", "class=\"expiry\"", "class=\"today\"",
                "today 2021-06-01", "class=\"window\"");
        assertThat(html.split("class=\"session virtual\"", -1)).hasSize(1 + 3);
        assertThat(html.split("class=\"session in-person\"", -1)).hasSize(1 + 2);
        assertThat(html.split("class=\"deadline\"", -1)).hasSize(1 + 3);
        assertThat(html).doesNotContain("<script", "href", "src=", "url(", "@import", "<link");
    }

    @Test
    void textFromThePlanIsEscapedInHtmlAndMarkdown() throws Exception {
        var r = Cli.run("bargaining", "timeline", TIMED, "--out", tmp.toString(), "--format", "html,md", "--as-of", "2025-05-15");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(tmp.resolve("test-2025.html"));
        assertThat(html).contains("Wages &amp; Benefits &lt;core&gt;", "Oakland, &quot;Room 1&quot;")
                .doesNotContain("<core>");
        assertThat(Files.readString(tmp.resolve("test-2025.md"))).contains("Wages & Benefits \\<core\\>");
    }

    @Test
    void sameInputsGiveByteIdenticalFilesInEveryFormat() throws Exception {
        for (String plan : List.of(EXAMPLE, TIMED)) {
            Path a = tmp.resolve("a" + plan.length());
            Path b = tmp.resolve("b" + plan.length());
            assertThat(Cli.run("bargaining", "timeline", plan, "--out", a.toString(), "--as-of", "2025-05-15").exit()).isZero();
            assertThat(Cli.run("bargaining", "timeline", plan, "--out", b.toString(), "--as-of", "2025-05-15").exit()).isZero();
            assertThat(names(a)).hasSize(4).isEqualTo(names(b));
            for (String name : names(a)) {
                assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
            }
        }
    }

    @Test
    void existingFilesAreNotReplacedWithoutForceAndDryRunWritesNothing() throws Exception {
        assertThat(Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--as-of", "2021-06-01").exit()).isZero();
        byte[] md = Files.readAllBytes(tmp.resolve("kp-alliance-2021.md"));
        var again = Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--as-of", "2021-07-01");
        assertThat(again.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
        assertThat(again.err()).contains("already exists; use --force");
        assertThat(Files.readAllBytes(tmp.resolve("kp-alliance-2021.md"))).isEqualTo(md);

        var dry = Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--as-of", "2021-07-01", "--force", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("would write", "kp-alliance-2021.ics", "replacing the existing file");
        assertThat(Files.readAllBytes(tmp.resolve("kp-alliance-2021.md"))).isEqualTo(md);

        var forced = Cli.run("bargaining", "timeline", EXAMPLE, "--out", tmp.toString(), "--as-of", "2021-07-01", "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(tmp.resolve("kp-alliance-2021.md"))).contains("As of: 2021-07-01");
    }

    @Test
    void aBrokenPlanExits65WithEveryProblemLocatedAndWritesNothing() throws Exception {
        var r = Cli.run("bargaining", "timeline", BROKEN, "--out", tmp.resolve("out").toString(), "--as-of", "2025-05-01");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(r.err()).contains(BROKEN + ":11:5: subcommittee 'safety' has no union co-lead",
                BROKEN + ":15:5: session 'backwards' ends (2025-06-09) before it starts (2025-06-10)",
                BROKEN + ":21:5: session 'ghost' is held by unknown body 'saftey' (did you mean 'safety'?)");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
        var v = Cli.run("bargaining", "validate", BROKEN, "--as-of", "2025-05-01");
        assertThat(v.exit()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(v.err()).contains("3 errors");
    }

    @Test
    void validateAcceptsTheExampleAndShoutsAboutMissedDeadlines() {
        var ok = Cli.run("bargaining", "validate", EXAMPLE, "--as-of", "2021-04-19");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("plan 'kp-alliance-2021' is valid: 5 sessions, 4 subcommittees", "0 warnings");
        var late = Cli.run("bargaining", "validate", EXAMPLE, "--as-of", "2021-08-02");
        assertThat(late.exit()).isZero();
        assertThat(late.err()).contains("plan.yaml:17:12: warning: DEADLINE MISSED as of 2021-08-02: Notice to the other party",
                "!! 2 statutory notice deadlines have passed as of 2021-08-02");
        assertThat(late.out()).contains("2 warnings");
    }

    @Test
    void validateReadsStandardInput() throws Exception {
        var r = Cli.standard().withStdin(Files.readString(Path.of(TIMED))).execute("bargaining", "validate", "-", "--as-of", "2025-05-15");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("<stdin>:").contains("session 'vote' on 2025-10-02 is after the agreement expires");
        assertThat(r.out()).contains("1 warning ");
    }

    @Test
    void missingPlanFileExits66() {
        assertThat(Cli.run("bargaining", "validate", tmp.resolve("nope.yaml").toString()).exit()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void deadlinesCommandPrintsTheIssueFiguresAsText() {
        var r = Cli.run("bargaining", "deadlines", "--expires", "2021-09-30", "--health-care");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Notice to the other party: by 2021-07-02 (Friday)",
                "Notice to FMCS and the state agency: by 2021-08-01 (Sunday)",
                "petition window: 2021-06-02 to 2021-07-01", "Strike or picketing notice for 2021-10-01: by 2021-09-21 (Tuesday)",
                "NLRA 8(d)(1), 8(d)(A)", "NLRA 8(g)", "day 0");
        assertThat(r.out()).doesNotContain("days left"); // no --as-of, no status: the output does not depend on the clock
    }

    // Issue 12, case 8: every LMP employer is a health-care institution, so that is the default (90 days, not 60).
    @Test
    void deadlinesDefaultToAHealthCareInstitution() {
        var r = Cli.run("bargaining", "deadlines", "--expires", "2025-09-30", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("health_care_institution").asBoolean()).isTrue();
        assertThat(r.out()).contains("\"date\" : \"2025-07-02\"", "\"days_before_expiry\" : 90");
        var general = Cli.run("bargaining", "deadlines", "--expires", "2025-09-30", "--not-health-care");
        assertThat(general.out()).contains("not a health-care institution", "Notice to the other party: by 2025-08-01");
        assertThat(Cli.run("bargaining", "deadlines", "--expires", "2025-09-30", "--health-care", "--not-health-care").exit())
                .isEqualTo(2);
    }

    // Issue 12, case 4: the 2021-10-01..2025-09-30 agreement bars petitions only for 3 years (General Cable): the window
    // before the end of the third year (2024-09-30) is 2024-06-02 to 2024-07-01, and petitions are open from 2024-10-01.
    @Test
    void anAgreementLongerThanThreeYearsOpensToPetitionsAfterItsThirdYear() {
        var r = Cli.run("bargaining", "deadlines", "--starts", "2021-10-01", "--expires", "2025-09-30", "--as-of", "2024-07-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("petition window (third year): 2024-06-02 to 2024-07-01  [open]",
                "Petitions open (agreement no longer a bar): 2024-10-01 to 2025-09-30  [opens in 92 days]",
                "General Cable Corp., 139 NLRB 1123 (1962)").doesNotContain("336 days");
        assertThat(Cli.run("bargaining", "deadlines", "--starts", "2021-10-01", "--expires", "2025-09-30", "--as-of", "2024-07-02")
                .out()).contains("2024-06-02 to 2024-07-01  [closed]");
    }

    @Test
    void deadlinesTakeTheStartExpiryAndHealthCareFromThePlan(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, Files.readString(Path.of("examples/bargaining-2021/plan.yaml"))
                .replace("  expires: 2021-09-30", "  start: 2021-10-01\n  expires: 2025-09-30"));
        var r = Cli.run("bargaining", "deadlines", "--plan", plan.toString(), "--as-of", "2024-07-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("from 2021-10-01 expiring 2025-09-30", "health-care institution",
                "2024-06-02 to 2024-07-01  [open]");
    }

    @Test
    void deadlinesCommandWritesJson() {
        // --not-health-care: without it the command now defaults to health care (issue 12, case 8).
        var r = Cli.run("bargaining", "deadlines", "--expires", "2024-03-01", "--not-health-care", "--format", "json",
                "--as-of", "2023-12-15");
        assertThat(r.exit()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("health_care_institution").asBoolean()).isFalse();
        assertThat(doc.get("deadlines")).hasSize(3);
        JsonNode window = doc.get("deadlines").get(0);
        assertThat(window.get("opens").asString()).isEqualTo("2023-12-02");
        assertThat(window.get("closes").asString()).isEqualTo("2023-12-31");
        assertThat(window.get("status").asString()).isEqualTo("open");
        assertThat(doc.get("deadlines").get(1).get("date").asString()).isEqualTo("2024-01-01");
        assertThat(doc.get("deadlines").get(1).get("days_before_expiry").asInt()).isEqualTo(60);
    }

    @Test
    void deadlinesCommandWritesAnIcsFileAndRefusesToOverwriteIt() throws Exception {
        Path file = tmp.resolve("d.ics");
        var r = Cli.run("bargaining", "deadlines", "--expires", "2021-09-30", "--health-care", "--format", "ics", "-o", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20210921\r\n");
        var again = Cli.run("bargaining", "deadlines", "--expires", "2021-09-30", "--format", "ics", "-o", file.toString());
        assertThat(again.exit()).isEqualTo(ExitCode.CANNOT_WRITE);
    }

    @Test
    void badDateOnTheCommandLineIsAUsageError() {
        var r = Cli.run("bargaining", "deadlines", "--expires", "2021-02-30");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("not a valid date");
    }
}
