package lmp.terms.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Severity;
import lmp.roster.Role;
import lmp.terms.DefaultPolicy;
import lmp.terms.ExpiryItem;
import lmp.terms.Finding;
import lmp.terms.FindingKind;
import lmp.terms.GoodStanding;
import lmp.terms.ReleaseTime;
import lmp.terms.ReleaseTimeReport;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three report writers of lmp.terms and the policy in words; every expected line is written out by hand. */
class ReportFormatsTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-06-15");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Finding heldPastEnd() {
        return new Finding(Severity.ERROR, FindingKind.HELD_PAST_END, Optional.of("S1"), "Name S1", Role.UBT_CO_LEAD, "U1",
                Optional.of(LocalDate.parse("2024-01-01")), Optional.of(LocalDate.parse("2025-12-31")), LocalDate.parse("2025-12-31"),
                "m1", "r1", "s1", Location.of("roster.yaml", 7));
    }

    private static Finding vacant() {
        return new Finding(Severity.WARNING, FindingKind.VACANT_SEAT, Optional.empty(), "", Role.LABOR_PARTNER, "A1",
                Optional.empty(), Optional.empty(), AS_OF, "m2", "r2", "s2", Location.of("roster.yaml", 3));
    }

    private static Finding openTermNoName() {
        return new Finding(Severity.WARNING, FindingKind.HOLDER_NOT_ACTIVE, Optional.of("S2"), "", Role.LABOR_PARTNER, "A1",
                Optional.of(LocalDate.parse("2026-01-01")), Optional.empty(), AS_OF, "m3", "r3", "s3", Location.of("roster.yaml", 9));
    }

    @Test
    void findingsAsTextAreTwoLinesEachThenTheCounts() {
        String text = FindingsFormat.text(List.of(heldPastEnd(), vacant(), openTermNoName()), AS_OF, "p");
        assertThat(text).isEqualTo(
                "roster.yaml:7: error [held-past-end] ubt-co-lead of U1: S1 Name S1 (2024-01-01 to 2025-12-31): m1\n"
                        + "    rule: r1 (s1)\n"
                        + "roster.yaml:3: warning [vacant-seat] labor-partner of A1: m2\n"
                        + "    rule: r2 (s2)\n"
                        + "roster.yaml:9: warning [holder-not-active] labor-partner of A1: S2 (2026-01-01 to open): m3\n"
                        + "    rule: r3 (s3)\n"
                        + "1 error, 2 warnings as of 2026-06-15 (policy: p)\n");
    }

    @Test
    void summaryCountsErrorsAndWarningsInTheSingularAndPlural() {
        assertThat(FindingsFormat.summary(List.of(), AS_OF, "p")).isEqualTo("no findings as of 2026-06-15 (policy: p)");
        assertThat(FindingsFormat.summary(List.of(heldPastEnd(), heldPastEnd(), vacant()), AS_OF, "p"))
                .isEqualTo("2 errors, 1 warning as of 2026-06-15 (policy: p)");
        assertThat(FindingsFormat.text(List.of(), AS_OF, "p")).isEqualTo("no findings as of 2026-06-15 (policy: p)\n");
    }

    @Test
    void findingsAsJsonCarryTheCountsAndEveryCell() throws Exception {
        JsonNode doc = JSON.readTree(FindingsFormat.json(List.of(heldPastEnd(), vacant(), openTermNoName()), AS_OF, "p"));
        assertThat(doc.get("as_of").asString()).isEqualTo("2026-06-15");
        assertThat(doc.get("policy").asString()).isEqualTo("p");
        assertThat(doc.get("errors").asInt()).isEqualTo(1);
        assertThat(doc.get("warnings").asInt()).isEqualTo(2);
        JsonNode first = doc.get("findings").get(0);
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("kind").asString()).isEqualTo("held-past-end");
        assertThat(first.get("member").asString()).isEqualTo("S1");
        assertThat(first.get("start").asString()).isEqualTo("2024-01-01");
        assertThat(first.get("end").asString()).isEqualTo("2025-12-31");
        assertThat(first.get("location").asString()).isEqualTo("roster.yaml:7");
        assertThat(doc.get("findings").get(1).get("member").asString()).isEmpty();
        assertThat(doc.get("findings")).hasSize(3);
    }

    @Test
    void findingsAsCsvHaveAHeaderAndOneRowEach() {
        List<String> lines = FindingsFormat.csv(List.of(heldPastEnd(), vacant())).lines().toList();
        assertThat(lines).containsExactly(
                "severity,kind,member,name,role,scope,start,end,date,message,rule,source,location",
                "error,held-past-end,S1,Name S1,ubt-co-lead,U1,2024-01-01,2025-12-31,2025-12-31,m1,r1,s1,roster.yaml:7",
                "warning,vacant-seat,,,labor-partner,A1,,,2026-06-15,m2,r2,s2,roster.yaml:3");
    }

    private static ExpiryItem item(long daysLeft, String name, Optional<LocalDate> end) {
        return new ExpiryItem(ExpiryItem.Kind.TERM_ENDS, "S1", name, Role.UBT_CO_LEAD, "U1", LocalDate.parse("2024-07-01"), end,
                LocalDate.parse("2026-06-30"), daysLeft, "act", Optional.of(LocalDate.parse("2026-05-01")), Optional.empty(),
                Optional.empty(), "src", Location.of("roster.yaml", 4));
    }

    @Test
    void expiryTextSaysTodayInDaysOrOverdueInTheSingularAndPlural() {
        Optional<LocalDate> end = Optional.of(LocalDate.parse("2026-06-30"));
        String head = "2026-06-30 ";
        String tail = " term-ends: ubt-co-lead of U1, S1 Name S1 (2024-07-01 to 2026-06-30)\n    act (src)\n";
        assertThat(ExpiryFormat.text(List.of(item(0, "Name S1", end)))).isEqualTo(head + "(today)" + tail);
        assertThat(ExpiryFormat.text(List.of(item(1, "Name S1", end)))).isEqualTo(head + "(in 1 day)" + tail);
        assertThat(ExpiryFormat.text(List.of(item(5, "Name S1", end)))).isEqualTo(head + "(in 5 days)" + tail);
        assertThat(ExpiryFormat.text(List.of(item(-1, "Name S1", end)))).isEqualTo(head + "(1 day overdue)" + tail);
        assertThat(ExpiryFormat.text(List.of(item(-3, "Name S1", end)))).isEqualTo(head + "(3 days overdue)" + tail);
        assertThat(ExpiryFormat.text(List.of(item(2, "", Optional.empty()))))
                .isEqualTo("2026-06-30 (in 2 days) term-ends: ubt-co-lead of U1, S1 (2024-07-01 to open)\n    act (src)\n");
        assertThat(ExpiryFormat.text(List.of())).isEmpty();
    }

    @Test
    void expiryCsvAndJson() throws Exception {
        Optional<LocalDate> end = Optional.of(LocalDate.parse("2026-06-30"));
        assertThat(ExpiryFormat.csv(List.of(item(15, "Name S1", end))).lines().toList()).containsExactly(
                "due,days_left,kind,member,name,role,scope,start,end,election_by,notice_by,steward_by,action,source,location",
                "2026-06-30,15,term-ends,S1,Name S1,ubt-co-lead,U1,2024-07-01,2026-06-30,2026-05-01,,,act,src,roster.yaml:4");
        JsonNode doc = JSON.readTree(ExpiryFormat.json(List.of(item(15, "Name S1", end)), AS_OF, "90d", "p"));
        assertThat(doc.get("as_of").asString()).isEqualTo("2026-06-15");
        assertThat(doc.get("within").asString()).isEqualTo("90d");
        assertThat(doc.get("policy").asString()).isEqualTo("p");
        JsonNode i = doc.get("items").get(0);
        assertThat(i.get("days_left").isNumber()).isTrue();
        assertThat(i.get("days_left").asInt()).isEqualTo(15);
        assertThat(i.get("due").asString()).isEqualTo("2026-06-30");
        assertThat(i.get("election_by").asString()).isEqualTo("2026-05-01");
        assertThat(i.get("location").asString()).isEqualTo("roster.yaml:4");
    }

    private static ReleaseTimeReport.Entry coLead() {
        return new ReleaseTimeReport.Entry("S1", "Name S1", Role.UBT_CO_LEAD, "U1", LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-07-31"), new ReleaseTime(ReleaseTime.Basis.MONTHLY, 1, 0, List.of("the UBT meeting"), "Kaiser"),
                "src");
    }

    @Test
    void releaseTimeTableAlignsColumnsTwoSpacesApart() {
        // Widths: MEMBER 6, NAME 7 ("Name S1"), ROLE 11 ("ubt-co-lead"), SCOPE 5, HELD 22; each plus two spaces.
        String fmt = "%-8s%-9s%-13s%-7s%-24s%s\n";
        assertThat(ReleaseTimeFormat.table(List.of(coLead()), YearMonth.of(2026, 7), "p")).isEqualTo(
                "Release time for 2026-07 (policy: p)\n"
                        + String.format(fmt, "MEMBER", "NAME", "ROLE", "SCOPE", "HELD", "ENTITLEMENT")
                        + String.format(fmt, "S1", "Name S1", "ubt-co-lead", "U1", "2026-07-01..2026-07-31",
                                "1 shift a month plus the UBT meeting (paid by Kaiser)")
                        + "1 holder\n");
        assertThat(ReleaseTimeFormat.table(List.of(coLead(), coLead()), YearMonth.of(2026, 7), "p")).endsWith("\n2 holders\n");
        assertThat(ReleaseTimeFormat.table(List.of(), YearMonth.of(2026, 7), "p"))
                .isEqualTo("Release time for 2026-07 (policy: p)\nMEMBER  NAME  ROLE  SCOPE  HELD  ENTITLEMENT\n0 holders\n");
    }

    @Test
    void releaseTimeCsvAndJson() throws Exception {
        assertThat(ReleaseTimeFormat.csv(List.of(coLead())).lines().toList()).containsExactly(
                "member,name,role,scope,from,to,basis,shifts_per_month,hours_per_month,plus,paid_by,entitlement",
                "S1,Name S1,ubt-co-lead,U1,2026-07-01,2026-07-31,monthly,1,0,the UBT meeting,Kaiser,"
                        + "1 shift a month plus the UBT meeting (paid by Kaiser)");
        JsonNode doc = JSON.readTree(ReleaseTimeFormat.json(List.of(coLead()), YearMonth.of(2026, 7), "p"));
        assertThat(doc.get("month").asString()).isEqualTo("2026-07");
        assertThat(doc.get("policy").asString()).isEqualTo("p");
        JsonNode h = doc.get("holders").get(0);
        assertThat(h.get("member").asString()).isEqualTo("S1");
        assertThat(h.get("shifts_per_month").isInt()).isTrue();
        assertThat(h.get("shifts_per_month").asInt()).isEqualTo(1);
        assertThat(h.get("hours_per_month").isInt()).isTrue();
        assertThat(h.get("plus").isArray()).isTrue();
        assertThat(h.get("plus").get(0).asString()).isEqualTo("the UBT meeting");
        assertThat(h.get("basis").asString()).isEqualTo("monthly");
        assertThat(h.get("source").asString()).isEqualTo("src");
    }

    private static String block(String text, String header) {
        int from = text.indexOf("\n" + header + "\n");
        assertThat(from).as(header).isNotNegative();
        int to = text.indexOf("\n\n", from + 1);
        return to < 0 ? text.substring(from + 1) : text.substring(from + 1, to + 1);
    }

    @Test
    void builtInPolicyInWords() {
        String text = PolicyText.text(DefaultPolicy.policy());
        assertThat(text).startsWith("Role policy: built-in role policy\nWhich law applies: ");
        assertThat(text).contains("Good standing: dues paid through the day judged less 1 month  [built-in role policy (one month for "
                + "checked-off dues, 29 CFR 452.87); LMRDA 401(e); 29 CFR 452.84-452.87]\n");
        String coLead = block(text, "ubt-co-lead (scope: UBT id)");
        assertThat(coLead.lines().map(l -> l.replaceAll("  \\[.*", ""))).containsExactly(
                "ubt-co-lead (scope: UBT id)",
                "  law: not an LMRDA officer: Title IV rules are best practice (LMRDA standard)",
                "  term: 2 years (maximum); election at least every 3 years (best practice (LMRDA standard))",
                "  re-election: allowed, no limit",
                "  credential: a steward",
                "  grace period: 6 months after taking office",
                "  filled by: elected",
                "  release time: 1 shift a month plus the UBT meeting (paid by Kaiser)",
                "  holders: at most 1 per UBT id",
                "  vacancy: reported when no one holds it",
                "  holdover: none: the seat is filled by the end of the term",
                "  members on leave: vote when in good standing",
                "  unopposed: a ballot is held");
        assertThat(coLead).contains("  law: not an LMRDA officer: Title IV rules are best practice (LMRDA standard)  [built-in role policy: "
                + "not an LMRDA officer]\n");
        String specialist = block(text, "contract-specialist (scope: bargaining unit)");
        assertThat(specialist).contains("  term: 1 year (typical)  [").contains("  filled by: selected  [")
                .doesNotContain("grace period").doesNotContain("holdover").doesNotContain("unopposed").doesNotContain("election at least");
        assertThat(block(text, "labor-partner (scope: area)")).contains("  holders: at most 1 per local and area  [");
        assertThat(block(text, "improvement-advisor (scope: area)")).contains("  holders: no limit per area  [");
    }

    @Test
    void changedPolicyAndCustomOfficeInWords() {
        Map<Role, RolePolicy> m = new EnumMap<>(DefaultPolicy.policy().roles());
        m.put(Role.UBT_CO_LEAD, m.get(Role.UBT_CO_LEAD).toBuilder().lmrdaOfficer(true, "x").holdover(true, "x")
                .onLeaveVotes(false, "x").unopposedDeclaredElected(true, "x").maxConsecutiveTerms(Optional.of(2), "x")
                .mustBeFilled(false, "x").build());
        m.put(Role.LABOR_PARTNER, m.get(Role.LABOR_PARTNER).toBuilder().reElection(false, "no").build());
        TermsPolicy p = new TermsPolicy("mine", m, new GoodStanding(Period.ofMonths(2), "gs"), Map.of(
                "a", new TermsPolicy.CustomOffice("Trustee", true, Optional.of(Period.ofYears(3)), "t"),
                "b", new TermsPolicy.CustomOffice("Greeter", false, Optional.empty(), "g")));
        String text = PolicyText.text(p);
        assertThat(text).startsWith("Role policy: mine\n")
                .contains("Good standing: dues paid through the day judged less 2 months  [gs; LMRDA 401(e); 29 CFR 452.84-452.87]\n");
        assertThat(block(text, "ubt-co-lead (scope: UBT id)"))
                .contains("  law: LMRDA officer: Title IV rules are legal requirements  [x]\n")
                .contains("  term: 2 years (maximum); election at least every 3 years (legal requirement)  [")
                .contains("  re-election: allowed, at most 2 consecutive terms  [x]\n")
                .contains("  vacancy: not reported  [x]\n")
                .contains("  holdover: the holder stays until a successor is chosen  [x]\n")
                .contains("  members on leave: do not vote  [x]\n")
                .contains("  unopposed: declared elected without a ballot (29 CFR 452.28)  [x]\n");
        assertThat(block(text, "labor-partner (scope: area)")).contains("  re-election: not allowed  [no]\n");
        // Custom offices in the order of their keys in the policy file ("a" before "b").
        assertThat(text).endsWith("\ncustom office \"Trustee\"\n  law: LMRDA officer  [t]\n  term: 3 years  [t]\n"
                + "\ncustom office \"Greeter\"\n  law: not an LMRDA officer  [g]\n  term: none  [g]\n");
    }
}
