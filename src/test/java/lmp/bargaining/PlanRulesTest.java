package lmp.bargaining;

import static lmp.bargaining.PlanFixtures.parse;
import static lmp.bargaining.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
    private static final LocalDate BEFORE_ANY_DEADLINE = LocalDate.parse("2025-05-01");

    private static List<Problem> check(String yaml) {
        return PlanRules.check(parse(plan(yaml)), BEFORE_ANY_DEADLINE);
    }

    private static String session(String id, String dates, String extra) {
        return "  - id: " + id + "\n    title: " + id + "\n    kind: session\n    " + dates + "\n    location: virtual\n" + extra;
    }

    @Test
    void theShipped2021ExampleHasNoProblemsBeforeItsFirstDeadline() {
        assertThat(PlanRules.check(PlanFixtures.read(PlanFixtures.EXAMPLE), LocalDate.parse("2021-04-19"))).isEmpty();
    }

    @Test
    void sessionEndingBeforeItStartsIsAnError() {
        var problems = check("sessions:\n" + session("s", "start: 2025-06-10\n    end: 2025-06-09", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("ends (2025-06-09) before it starts (2025-06-10)");
            assertThat(p.line()).isEqualTo(11);
        });
        assertThat(check("sessions:\n" + session("s", "start: 2025-06-09\n    end: 2025-06-10", ""))).isEmpty();
    }

    @Test
    void timedSessionWhoseEndTimeIsNotAfterItsStartTimeIsAnError() {
        var bad = check("sessions:\n" + session("s", "date: 2025-06-10", "    start_time: \"14:00\"\n    end_time: \"13:00\"\n"));
        assertThat(bad).singleElement().extracting(Problem::message).asString().contains("ends at 13:00 but starts at 14:00");
        assertThat(check("sessions:\n" + session("s", "date: 2025-06-10", "    start_time: \"13:00\"\n    end_time: \"14:00\"\n")))
                .isEmpty();
    }

    @Test
    void overlappingSessionsOfTheSameBodyAreAnError() {
        var problems = check("sessions:\n" + session("a", "start: 2025-06-10\n    end: 2025-06-12", "")
                + session("b", "date: 2025-06-12", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("'b' overlaps session 'a'");
        });
    }

    @Test
    void backToBackSessionsAndTimedSessionsOnTheSameDayWithoutOverlapAreFine() {
        assertThat(check("sessions:\n" + session("a", "start: 2025-06-10\n    end: 2025-06-12", "")
                + session("b", "date: 2025-06-13", ""))).isEmpty();
        assertThat(check("sessions:\n"
                + session("a", "date: 2025-06-10", "    start_time: \"09:00\"\n    end_time: \"12:00\"\n")
                + session("b", "date: 2025-06-10", "    start_time: \"12:00\"\n    end_time: \"15:00\"\n"))).isEmpty();
        assertThat(check("sessions:\n"
                + session("a", "date: 2025-06-10", "    start_time: \"09:00\"\n    end_time: \"12:01\"\n")
                + session("b", "date: 2025-06-10", "    start_time: \"12:00\"\n    end_time: \"15:00\"\n")))
                .singleElement().extracting(Problem::isError).isEqualTo(true);
    }

    @Test
    void sessionsOfDifferentBodiesMayOverlapAndSoMayACaucusDuringASession() {
        String subcommittee = """
                subcommittees:
                  - id: wages
                    name: Wages
                    management_co_leads: [M]
                    union_co_leads: [U]
                """;
        assertThat(check(subcommittee + "sessions:\n" + session("a", "date: 2025-06-10", "")
                + session("b", "date: 2025-06-10", "    body: wages\n"))).isEmpty();
        assertThat(check("sessions:\n" + session("a", "date: 2025-06-10", "")
                + "  - id: c\n    title: c\n    kind: caucus\n    date: 2025-06-10\n    location: virtual\n")).isEmpty();
    }

    @Test
    void sessionAfterExpiryIsAWarning() {
        var problems = check("sessions:\n" + session("late", "date: 2025-10-01", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("after the agreement expires (2025-09-30)");
        });
        assertThat(check("sessions:\n" + session("last-day", "date: 2025-09-30", ""))).isEmpty();
    }

    @Test
    void subcommitteeWithoutBothAManagementAndAUnionCoLeadIsAnError() {
        String noUnion = """
                subcommittees:
                  - id: wages
                    name: Wages
                    management_co_leads: [M]
                """;
        assertThat(check(noUnion)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("has no union co-lead");
            assertThat(p.line()).isEqualTo(11);
        });
        String noManagement = noUnion.replace("management_co_leads", "union_co_leads");
        assertThat(check(noManagement)).singleElement().extracting(Problem::message).asString()
                .contains("has no management co-lead");
        assertThat(check(noUnion + "    union_co_leads: [U]\n")).isEmpty();
    }

    @Test
    void sessionOfAnUnknownSubcommitteeIsAnErrorWithASuggestion() {
        String subcommittee = """
                subcommittees:
                  - id: safety
                    name: Safety
                    management_co_leads: [M]
                    union_co_leads: [U]
                """;
        assertThat(check(subcommittee + "sessions:\n" + session("s", "date: 2025-06-10", "    body: saftey\n")))
                .singleElement().extracting(Problem::message).asString()
                .contains("unknown body 'saftey'", "did you mean 'safety'");
        assertThat(check(subcommittee + "sessions:\n" + session("s", "date: 2025-06-10", "    body: safety\n"))).isEmpty();
    }

    @Test
    void duplicateSessionIdsAreAnErrorBecauseCalendarUidsAreMadeFromThem() {
        assertThat(check("sessions:\n" + session("s", "date: 2025-06-10", "") + session("s", "date: 2025-06-20", "")))
                .singleElement().extracting(Problem::message).asString().contains("duplicate session id 's'");
    }

    @Test
    void noticeDeadlinesAlreadyPassedAsOfTheDayAreProminentWarnings() {
        Plan p = parse(plan(""));
        // other party due 2025-07-02, FMCS 2025-08-01, strike notice 2025-09-21
        assertThat(PlanRules.check(p, LocalDate.parse("2025-07-02"))).isEmpty();
        var problems = PlanRules.check(p, LocalDate.parse("2025-07-03"));
        assertThat(problems).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.message()).startsWith("DEADLINE MISSED as of 2025-07-03: Notice to the other party was due by 2025-07-02");
            assertThat(w.line()).isEqualTo(7); // the 'expires' line
        });
        assertThat(PlanRules.check(p, LocalDate.parse("2025-09-22"))).hasSize(3);
        assertThat(PlanRules.missed(p.agreement(), LocalDate.parse("2025-08-02")))
                .extracting(Deadline::id).containsExactly("notice-to-other-party", "notice-to-fmcs");
    }
}
