package lmp.bargaining.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import lmp.bargaining.Plan;
import lmp.bargaining.PlanFixtures;
import lmp.bargaining.Session;
import lmp.bargaining.SessionKind;
import lmp.io.InputFile;
import lmp.io.Problem;
import org.junit.jupiter.api.Test;

class PlanYamlTest {

    @Test
    void theShipped2021ExampleReproducesTheSeedCalendar() {
        Plan plan = PlanFixtures.read(PlanFixtures.EXAMPLE);
        assertThat(plan.agreement().expires()).isEqualTo(LocalDate.parse("2021-09-30"));
        assertThat(plan.agreement().healthCareInstitution()).isTrue();
        assertThat(plan.agreement().timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(plan.sessionsInOrder()).extracting(Session::id, Session::start, Session::end, Session::virtual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kickoff", LocalDate.parse("2021-04-20"), LocalDate.parse("2021-04-21"), true),
                        org.assertj.core.groups.Tuple.tuple("check-in-1", LocalDate.parse("2021-06-23"), LocalDate.parse("2021-06-23"), true),
                        org.assertj.core.groups.Tuple.tuple("check-in-2", LocalDate.parse("2021-08-04"), LocalDate.parse("2021-08-04"), true),
                        org.assertj.core.groups.Tuple.tuple("session-1", LocalDate.parse("2021-08-31"), LocalDate.parse("2021-09-02"), false),
                        org.assertj.core.groups.Tuple.tuple("session-2", LocalDate.parse("2021-09-08"), LocalDate.parse("2021-09-10"), false));
        assertThat(plan.sessions().get(0).agenda()).anyMatch(a -> a.contains("interest-based"));
        assertThat(plan.sessions()).filteredOn(s -> !s.virtual()).allMatch(s -> s.location().equals("Southern California"));
        assertThat(plan.subcommittees()).hasSize(4).allMatch(sc -> !sc.managementCoLeads().isEmpty() && !sc.unionCoLeads().isEmpty());
        assertThat(plan.subcommittees()).flatExtracting(sc -> sc.managementCoLeads()).allMatch(n -> n.startsWith("Management co-lead"));
    }

    @Test
    void timesKindsBodiesAndObserversAreRead() {
        Plan plan = PlanFixtures.read(PlanFixtures.TIMED);
        Session opening = plan.sessions().get(0);
        assertThat(opening.startTime()).contains(LocalTime.of(9, 0));
        assertThat(opening.endTime()).contains(LocalTime.of(12, 30));
        assertThat(opening.timedSingleDay()).isTrue();
        assertThat(opening.body()).isEqualTo(Session.CIC);
        assertThat(plan.sessions().get(2).body()).isEqualTo("wages");
        assertThat(plan.sessions().get(4).kind()).isEqualTo(SessionKind.RATIFICATION_VOTE);
        assertThat(plan.observers()).singleElement().satisfies(o -> assertThat(o.observers()).containsExactly("Observer one"));
        assertThat(plan.revision()).isEqualTo(3);
        assertThat(plan.stampDate()).isEqualTo(LocalDate.parse("2025-05-01"));
    }

    @Test
    void mistakesAreReportedWithTheirLineAndAllAtOnce() {
        String yaml = PlanFixtures.plan("""
                sessions:
                  - id: s
                    title: S
                    kind: meeting
                    date: 2025-02-30
                    start_time: "9am"
                    end_time: "10:00"
                    location: virtual
                    colour: red
                """);
        var parsed = PlanYaml.read(InputFile.ofText("plan.yaml", yaml));
        assertThat(parsed.hasErrors()).isTrue();
        assertThat(parsed.problems()).extracting(Problem::render).anySatisfy(r -> assertThat(r)
                        .startsWith("plan.yaml:13:").contains("unknown value 'meeting'", "check-in"))
                .anySatisfy(r -> assertThat(r).startsWith("plan.yaml:14:").contains("no such day"))
                .anySatisfy(r -> assertThat(r).startsWith("plan.yaml:15:").contains("not a valid time"))
                .anySatisfy(r -> assertThat(r).startsWith("plan.yaml:18:").contains("unknown key 'colour'"));
    }

    @Test
    void missingAgreementFieldsAndBadTimeZoneAreErrors() {
        String yaml = """
                lmp_bargaining_plan: 1
                id: t
                agreement:
                  name: T
                  parties: [Employer, Union]
                  union_group: Union
                  time_zone: Pacific Time
                """;
        var parsed = PlanYaml.read(InputFile.ofText("plan.yaml", yaml));
        assertThat(parsed.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("missing 'expires'"))
                .anySatisfy(m -> assertThat(m).contains("unknown time zone 'Pacific Time'"))
                .anySatisfy(m -> assertThat(m).contains("health_care_institution"));
    }

    @Test
    void aSessionWithBothDateAndRangeOrWithoutADayIsAnError() {
        var both = PlanYaml.read(InputFile.ofText("p.yaml", PlanFixtures.plan("""
                sessions:
                  - {id: s, title: S, kind: session, date: 2025-06-01, start: 2025-06-01, end: 2025-06-02, location: virtual}
                """)));
        assertThat(both.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("not both"));
        var none = PlanYaml.read(InputFile.ofText("p.yaml", PlanFixtures.plan("""
                sessions:
                  - {id: s, title: S, kind: session, location: virtual}
                """)));
        assertThat(none.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("missing its day"));
    }
}
