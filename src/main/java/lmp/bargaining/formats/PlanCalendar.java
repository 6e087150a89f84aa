package lmp.bargaining.formats;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import lmp.bargaining.Deadline;
import lmp.bargaining.Plan;
import lmp.bargaining.Session;
import lmp.bargaining.StatutoryDeadlines;
import lmp.io.InputException;
import lmp.io.Location;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a plan as an iCalendar file (RFC 5545) with ical4j, so that it imports into Outlook,
 * Google and Apple calendars:
 * <ul>
 *   <li>each event's UID is made from the plan id and the session or deadline id, so importing
 *       a revised plan updates the events instead of adding copies;</li>
 *   <li>a session held at set times is a timed event in the plan's time zone, with that zone's
 *       VTIMEZONE; over several days it repeats daily ({@code RRULE:FREQ=DAILY;COUNT=days}), so each
 *       day shows at its times (RFC 5545 3.8.5.3); a session without times is an all-day event over
 *       its days (DTEND is the day after the last day, as RFC 5545 3.6.1 requires);</li>
 *   <li>the statutory deadlines and the expiry are all-day events that do not block time; each
 *       notice deadline carries a reminder (VALARM, RFC 5545 3.6.6) the given number of days
 *       before it, so that nobody learns of a deadline on its last day;</li>
 *   <li>DTSTAMP and LAST-MODIFIED are the plan's revision day ({@link Plan#stampDate()}), never
 *       the wall clock, so the same plan gives the same bytes.</li>
 * </ul>
 */
public final class PlanCalendar {
    static final String PRODID = "-//lmp//Bargaining timeline//EN";
    static final String UID_DOMAIN = "@lmp.bargaining";

    private PlanCalendar() {
    }

    /** UID of a session: stable for as long as the plan id and the session id stay the same. */
    public static String sessionUid(String planId, String sessionId) {
        return "session-" + sessionId + "." + planId + UID_DOMAIN;
    }

    public static String deadlineUid(String planId, String deadlineId) {
        return "deadline-" + deadlineId + "." + planId + UID_DOMAIN;
    }

    /** Days before a notice deadline its reminder goes off, unless the command line says otherwise. */
    public static final int DEFAULT_REMINDER_DAYS = 7;

    public static void write(Plan plan, OutputStream out) throws IOException {
        write(plan, DEFAULT_REMINDER_DAYS, out);
    }

    /** The plan's calendar with reminders {@code reminderDays} before each notice deadline (0: none). */
    public static void write(Plan plan, int reminderDays, OutputStream out) throws IOException {
        output(build(plan, reminderDays), out);
    }

    /** A calendar of the statutory deadlines alone (lmp bargaining deadlines --format ics). */
    public static void writeDeadlines(StatutoryDeadlines deadlines, OutputStream out) throws IOException {
        writeDeadlines(deadlines, DEFAULT_REMINDER_DAYS, out);
    }

    public static void writeDeadlines(StatutoryDeadlines deadlines, int reminderDays, OutputStream out) throws IOException {
        String id = "expires-" + deadlines.expires() + (deadlines.healthCareInstitution() ? "-health-care" : "");
        Calendar cal = newCalendar("Statutory deadlines, agreement expiring " + deadlines.expires());
        Instant stamp = deadlines.expires().atStartOfDay(ZoneOffset.UTC).toInstant();
        addDeadlines(cal, id, deadlines, stamp, 0, reminderDays);
        output(cal, out);
    }

    static Calendar build(Plan plan) {
        return build(plan, DEFAULT_REMINDER_DAYS);
    }

    static Calendar build(Plan plan, int reminderDays) {
        Calendar cal = newCalendar(plan.agreement().name() + " bargaining");
        Instant stamp = plan.stampDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneId zone = plan.agreement().timeZone();
        if (plan.sessions().stream().anyMatch(Session::timed)) {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            TimeZone tz = registry.getTimeZone(zone.getId());
            if (tz == null) {
                Location at = plan.agreement().expiresAt();
                throw InputException.at(new Location(at.source(), 0, 0), "time zone '" + zone.getId()
                        + "' has no iCalendar definition; use a canonical IANA name such as America/Los_Angeles");
            }
            cal.add(tz.getVTimeZone());
        }
        for (Session s : plan.sessionsInOrder()) {
            cal.add(sessionEvent(plan, s, stamp, zone));
        }
        addDeadlines(cal, plan.id(), plan.agreement().deadlines(), stamp, plan.revision(), reminderDays);
        return cal;
    }

    private static Calendar newCalendar(String name) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", name));
        return cal;
    }

    private static VEvent sessionEvent(Plan plan, Session s, Instant stamp, ZoneId zone) {
        VEvent e = new VEvent(false);
        e.add(new Uid(sessionUid(plan.id(), s.id())));
        e.add(new DtStamp(stamp));
        if (s.timed()) {
            e.add(new DtStart<>(ZonedDateTime.of(s.start(), s.startTime().orElseThrow(), zone)));
            e.add(new DtEnd<>(ZonedDateTime.of(s.start(), s.endTime().orElseThrow(), zone)));
            if (s.multiDay()) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(s.start(), s.end()) + 1;
                e.add(new RRule<>("FREQ=DAILY;COUNT=" + days));
            }
        } else {
            e.add(new DtStart<>(s.start()));
            e.add(new DtEnd<>(s.end().plusDays(1)));
        }
        String body = plan.bodyName(s.body());
        e.add(new Summary(s.meetsAsCic() ? s.title() : s.title() + " (" + body + ")"));
        e.add(new net.fortuna.ical4j.model.property.Location(s.where()));
        List<String> lines = new ArrayList<>();
        lines.add(s.kind().label() + " of the " + body + (s.virtual() ? ", virtual" : ", in person") + ".");
        if (s.timed() && s.multiDay()) {
            lines.add("Each day " + s.start() + " to " + s.end() + ", " + s.startTime().orElseThrow() + "-"
                    + s.endTime().orElseThrow() + " (" + zone.getId() + ").");
        }
        for (String item : s.agenda()) {
            lines.add("- " + item);
        }
        e.add(new Description(String.join("\n", lines)));
        e.add(new Categories(s.kind().id()));
        e.add(new LastModified(stamp));
        e.add(new Sequence(plan.revision()));
        return e;
    }

    private static void addDeadlines(Calendar cal, String id, StatutoryDeadlines deadlines, Instant stamp, int sequence,
                                     int reminderDays) {
        for (Deadline d : deadlines.all()) {
            LocalDate first = d.firstDay();
            String summary = (d.isWindow() ? "Window: " : "Deadline: ") + d.title();
            String text = (d.isWindow() ? "Open " + first + " to " + d.date() + " (both included): " : "Latest day "
                    + d.date() + " (" + Weekday.of(d.date()) + "): ") + d.rule() + ".\nSource: " + d.statute() + ".";
            VEvent event = allDay(deadlineUid(id, d.id()), stamp, first, d.date(), summary, text, "statutory-deadline", sequence);
            if (!d.isWindow() && reminderDays > 0) {
                // the event starts at the deadline day's midnight; the reminder goes off that many days earlier
                // RELATED=START is the default (RFC 5545 3.8.6.3); written out because some readers insist
                VAlarm alarm = new VAlarm();
                alarm.add(new net.fortuna.ical4j.model.property.Trigger(
                        new net.fortuna.ical4j.model.ParameterList(List.of(net.fortuna.ical4j.model.parameter.Related.START)),
                        java.time.Period.ofDays(-reminderDays)));
                alarm.add(ImmutableAction.DISPLAY);
                alarm.add(new Description("In " + reminderDays + (reminderDays == 1 ? " day" : " days") + ": " + d.title()
                        + " (latest day " + d.date() + ", " + d.statute() + ")"));
                event.add(alarm);
            }
            cal.add(event);
        }
        LocalDate expiry = deadlines.expires();
        cal.add(allDay(deadlineUid(id, "expiry"), stamp, expiry, expiry, "Agreement expires",
                "Last day of the agreement (" + Weekday.of(expiry) + "). Every statutory deadline counts back from it.",
                "expiry", sequence));
    }

    private static VEvent allDay(String uid, Instant stamp, LocalDate first, LocalDate last, String summary,
                                 String description, String category, int sequence) {
        VEvent e = new VEvent(false);
        e.add(new Uid(uid));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(first));
        e.add(new DtEnd<>(last.plusDays(1)));
        e.add(new Summary(summary));
        e.add(new Description(description));
        e.add(new Categories(category));
        e.add(ImmutableTransp.TRANSPARENT);
        e.add(new LastModified(stamp));
        e.add(new Sequence(sequence));
        return e;
    }

    private static void output(Calendar cal, OutputStream out) throws IOException {
        // CalendarOutputter closes its writer; keep the caller's stream open (it may be an atomic
        // file that still has to be synced, or standard output).
        Writer w = new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        try {
            new CalendarOutputter(true).output(cal, w);
        } catch (ValidationException e) {
            throw new IllegalStateException("lmp built an invalid iCalendar: " + e.getMessage(), e);
        }
    }
}
