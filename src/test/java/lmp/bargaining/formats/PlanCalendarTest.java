package lmp.bargaining.formats;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.util.DateTimeComponents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.bargaining.Plan;
import lmp.bargaining.PlanFixtures;
import lmp.bargaining.StatutoryDeadlines;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The written calendar is read back twice: with ical4j (which wrote it) and with biweekly, an
 * independent parser, which is what "imports cleanly" means here. Expected dates are the seed's
 * calendar and the hand-counted statutory dates; DTEND of all-day events is the day after the last
 * day (RFC 5545 3.6.1).
 */
class PlanCalendarTest {
    private static final String UID = "." + "kp-alliance-2021@lmp.bargaining";

    /** UID -> {DTSTART, DTEND, SUMMARY} expected for the 2021 example. */
    private static Map<String, List<String>> expected2021() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("session-kickoff" + UID, List.of("20210420", "20210422", "Kickoff meeting"));
        m.put("session-check-in-1" + UID, List.of("20210623", "20210624", "Check-in 1"));
        m.put("session-check-in-2" + UID, List.of("20210804", "20210805", "Check-in 2"));
        m.put("session-session-1" + UID, List.of("20210831", "20210903", "Session 1"));
        m.put("session-session-2" + UID, List.of("20210908", "20210911", "Session 2"));
        m.put("deadline-petition-window" + UID, List.of("20210602", "20210702",
                "Window: Decertification or rival-union petition window"));
        m.put("deadline-notice-to-other-party" + UID, List.of("20210702", "20210703", "Deadline: Notice to the other party"));
        m.put("deadline-notice-to-fmcs" + UID, List.of("20210801", "20210802", "Deadline: Notice to FMCS and the state agency"));
        m.put("deadline-strike-notice" + UID, List.of("20210921", "20210922",
                "Deadline: Strike or picketing notice for 2021-10-01"));
        m.put("deadline-expiry" + UID, List.of("20210930", "20211001", "Agreement expires"));
        return m;
    }

    static String ics(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanCalendar.write(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyEventAndDeadlineOfThe2021ExampleReadsBackWithIcal4j() throws Exception {
        String text = ics(PlanFixtures.read(PlanFixtures.EXAMPLE));
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        assertThat(cal.validate().getEntries()).isEmpty();
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (VEvent e : events) {
            Property start = e.getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.getParameter("VALUE")).as("all-day").isPresent();
            assertThat(e.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20210420T000000Z");
            actual.put(e.getProperty(Property.UID).orElseThrow().getValue(), List.of(start.getValue(),
                    e.getProperty(Property.DTEND).orElseThrow().getValue(), e.getProperty(Property.SUMMARY).orElseThrow().getValue()));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected2021());
        assertThat(cal.getComponents(Component.VTIMEZONE)).as("no timed sessions, no time zone needed").isEmpty();
        VEvent fmcs = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("deadline-notice-to-fmcs"))
                .findFirst().orElseThrow();
        assertThat(fmcs.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("NLRA 8(d)(3), 8(d)(A)");
        assertThat(fmcs.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void the2021ExampleImportsCleanlyIntoAnIndependentParser() throws Exception {
        String text = ics(PlanFixtures.read(PlanFixtures.EXAMPLE));
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> cals = Biweekly.parse(text).warnings(warnings).all();
        assertThat(cals).hasSize(1);
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        ICalendar cal = cals.get(0);
        assertThat(cal.validate(ICalVersion.V2_0).isEmpty()).as(cal.validate(ICalVersion.V2_0).toString()).isTrue();
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (biweekly.component.VEvent e : cal.getEvents()) {
            DateTimeComponents start = e.getDateStart().getValue().getRawComponents();
            DateTimeComponents end = e.getDateEnd().getValue().getRawComponents();
            assertThat(e.getDateStart().getValue().hasTime()).isFalse();
            actual.put(e.getUid().getValue(), List.of(start.toString(false, false), end.toString(false, false),
                    e.getSummary().getValue()));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected2021());
        assertThat(cal.getEvents()).filteredOn(e -> e.getUid().getValue().startsWith("session-kickoff")).singleElement()
                .satisfies(e -> assertThat(e.getDescription().getValue()).contains("interest-based bargaining"));
    }

    @Test
    void timedSessionsCarryTheirTimeZoneAndMeanTheRightInstant() throws Exception {
        String text = ics(PlanFixtures.read(PlanFixtures.TIMED));
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        assertThat(cal.validate().getEntries()).isEmpty();
        List<net.fortuna.ical4j.model.component.CalendarComponent> zones = cal.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement()
                .satisfies(tz -> assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("America/Los_Angeles"));
        assertThat(text).contains("DTSTART;TZID=America/Los_Angeles:20250610T090000\r\n",
                "DTEND;TZID=America/Los_Angeles:20250610T123000\r\n",
                "DTSTAMP:20250501T000000Z", "SEQUENCE:3");
        // The independent parser resolves the wall-clock time through the VTIMEZONE we wrote:
        // 09:00 in Los Angeles in June is PDT, UTC-7, so 16:00 UTC; 13:00 in January is PST, 21:00 UTC.
        ICalendar bw = Biweekly.parse(text).first();
        Map<String, biweekly.component.VEvent> byUid = new LinkedHashMap<>();
        bw.getEvents().forEach(e -> byUid.put(e.getUid().getValue(), e));
        var opening = byUid.get("session-opening.test-2025@lmp.bargaining");
        assertThat(opening.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2025-06-10T16:00:00Z"));
        assertThat(opening.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2025-06-10T19:30:00Z"));
        assertThat(opening.getLocation().getValue()).isEqualTo("Oakland, \"Room 1\"");
        var winter = byUid.get("session-winter-wages.test-2025@lmp.bargaining");
        assertThat(winter.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2025-01-15T21:00:00Z"));
        assertThat(winter.getSummary().getValue()).isEqualTo("Wages subcommittee in winter (Wages & Benefits <core>)");
        // A two-day session held 08:30-17:00 each day is a timed event that repeats daily, twice:
        // 2025-07-07 and 2025-07-08, 08:30-17:00 PDT (UTC-7), never an all-day block.
        var wages = byUid.get("session-wages-1.test-2025@lmp.bargaining");
        assertThat(wages.getDateStart().getValue().hasTime()).isTrue();
        assertThat(wages.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2025-07-07T15:30:00Z"));
        assertThat(wages.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2025-07-08T00:00:00Z"));
        assertThat(wages.getRecurrenceRule().getValue().getFrequency()).isEqualTo(biweekly.util.Frequency.DAILY);
        assertThat(wages.getRecurrenceRule().getValue().getCount()).isEqualTo(2);
        assertThat(text).contains("RRULE:FREQ=DAILY;COUNT=2\r\n");
        assertThat(wages.getDescription().getValue()).contains("Each day 2025-07-07 to 2025-07-08, 08:30-17:00 (America/Los_Angeles)");
    }

    @Test
    void noticeDeadlinesCarryARemindersDaysBeforeAndTheLeadTimeIsConfigurable() throws Exception {
        Plan plan = PlanFixtures.read(PlanFixtures.TIMED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanCalendar.write(plan, 14, out);
        ICalendar bw = Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first();
        int withAlarms = 0;
        for (biweekly.component.VEvent e : bw.getEvents()) {
            String uid = e.getUid().getValue();
            boolean notice = uid.startsWith("deadline-") && !uid.startsWith("deadline-petition-")
                    && !uid.startsWith("deadline-expiry");
            assertThat(e.getAlarms()).as(uid).hasSize(notice ? 1 : 0);
            if (notice) {
                withAlarms++;
                var trigger = e.getAlarms().get(0).getTrigger();
                assertThat(trigger.getDuration().toMillis()).isEqualTo(-14L * 24 * 60 * 60 * 1000);
                assertThat(trigger.getRelated()).isEqualTo(biweekly.parameter.Related.START);
                assertThat(e.getAlarms().get(0).getAction().isDisplay()).isTrue();
            }
        }
        assertThat(withAlarms).isEqualTo(3); // 8(d)(A) notice, FMCS notice, 8(g) strike notice
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        PlanCalendar.write(plan, 0, none);
        assertThat(none.toString(StandardCharsets.UTF_8)).doesNotContain("BEGIN:VALARM");
    }

    @Test
    void uidsStayTheSameWhenASessionIsRescheduledSoReimportUpdatesIt() throws Exception {
        Plan before = PlanFixtures.read(PlanFixtures.TIMED);
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(PlanFixtures.TIMED))
                .replace("date: 2025-06-10\n    start_time: \"09:00\"", "date: 2025-06-11\n    start_time: \"09:00\"")
                .replace("Opening session", "Opening session (moved)");
        Plan after = PlanFixtures.parse(text);
        List<String> uidsBefore = uids(ics(before));
        List<String> uidsAfter = uids(ics(after));
        assertThat(uidsAfter).containsExactlyInAnyOrderElementsOf(uidsBefore).doesNotHaveDuplicates();
        assertThat(ics(after)).contains("SUMMARY:Opening session (moved)", "20250611T090000");
    }

    @Test
    void deadlinesAloneFormACalendarOfTheirOwn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanCalendar.writeDeadlines(StatutoryDeadlines.of(java.time.LocalDate.parse("2021-09-30"), true), out);
        ICalendar cal = Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first();
        assertThat(cal.getEvents()).extracting(e -> e.getDateStart().getValue().getRawComponents().toString(false, false))
                .containsExactlyInAnyOrder("20210602", "20210702", "20210801", "20210921", "20210930");
    }

    @Test
    void theSamePlanGivesByteIdenticalCalendars() throws Exception {
        assertThat(ics(PlanFixtures.read(PlanFixtures.TIMED))).isEqualTo(ics(PlanFixtures.read(PlanFixtures.TIMED)));
    }

    private static List<String> uids(String text) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        return events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }
}
