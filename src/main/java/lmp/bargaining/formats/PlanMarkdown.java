package lmp.bargaining.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lmp.bargaining.Agreement;
import lmp.bargaining.Deadline;
import lmp.bargaining.LocalObservers;
import lmp.bargaining.Plan;
import lmp.bargaining.Session;
import lmp.bargaining.StatutoryDeadlines;
import lmp.bargaining.Subcommittee;

/** A printable Markdown agenda: the statutory deadlines, the sessions in order, the subcommittees. */
public final class PlanMarkdown {
    private PlanMarkdown() {
    }

    public static void write(Plan plan, LocalDate asOf, OutputStream out) throws IOException {
        out.write(render(plan, asOf).getBytes(StandardCharsets.UTF_8));
    }

    public static String render(Plan plan, LocalDate asOf) {
        Agreement a = plan.agreement();
        StatutoryDeadlines deadlines = a.deadlines();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(a.name())).append(": bargaining timeline\n\n");
        md.append("- Parties: ").append(text(String.join("; ", a.parties()))).append('\n');
        md.append("- Union group: ").append(text(a.unionGroup())).append('\n');
        a.start().ifPresent(s -> md.append("- Agreement start: ").append(s).append('\n'));
        md.append("- Expires: **").append(a.expires()).append("** (").append(Weekday.of(a.expires())).append(")\n");
        md.append("- Health-care institution: ").append(a.healthCareInstitution()
                ? "yes (NLRA 8(d)(A) notice periods and the 8(g) strike notice apply)" : "no").append('\n');
        md.append("- Time zone: ").append(a.timeZone().getId()).append('\n');
        md.append("- As of: ").append(asOf).append("\n\n");

        md.append("## Statutory deadlines\n\n");
        md.append("| Date | Day | Deadline | Source | Status |\n|---|---|---|---|---|\n");
        for (Deadline d : deadlines.all()) {
            String date = d.isWindow() ? d.firstDay() + " to " + d.date() : d.date().toString();
            String day = d.isWindow() ? Weekday.of(d.firstDay()) + " to " + Weekday.of(d.date())
                    : Weekday.of(d.date()) + (d.onWeekend() ? " (weekend: serve earlier)" : "");
            md.append("| ").append(date).append(" | ").append(day).append(" | ").append(text(d.title())).append(": ")
                    .append(text(d.rule())).append(" | ").append(text(d.statute())).append(" | ")
                    .append(status(d, asOf)).append(" |\n");
        }
        md.append("| ").append(a.expires()).append(" | ").append(Weekday.of(a.expires()))
                .append(" | Agreement expires | | |\n\n");
        md.append("Days are calendar days counted back from the expiry date (day 0); \"N days before\" is the expiry "
                + "date minus N days, \"more than N days\" is at the latest the expiry minus N+1. Weekends and holidays "
                + "count and no date is moved. See docs/bargaining.md.\n\n");

        md.append("## Sessions\n\n");
        for (Session s : plan.sessionsInOrder()) {
            md.append("### ").append(dates(s)).append(": ").append(text(s.title())).append("\n\n");
            md.append("- Kind: ").append(s.kind().label()).append('\n');
            md.append("- Body: ").append(text(plan.bodyName(s.body()))).append('\n');
            md.append("- Where: ").append(text(s.where())).append(s.virtual() ? "" : " (in person)").append('\n');
            if (s.timed()) {
                md.append("- Time: ").append(s.startTime().orElseThrow()).append('-').append(s.endTime().orElseThrow())
                        .append(' ').append(a.timeZone().getId()).append(s.multiDay() ? " (each day)" : "").append('\n');
            }
            if (!s.agenda().isEmpty()) {
                md.append("- Agenda:\n");
                for (String item : s.agenda()) {
                    md.append("  - ").append(text(item)).append('\n');
                }
            }
            md.append('\n');
        }

        md.append("## Subcommittees\n\n");
        if (plan.subcommittees().isEmpty()) {
            md.append("None.\n\n");
        }
        for (Subcommittee sc : plan.subcommittees()) {
            md.append("### ").append(text(sc.name())).append(" (`").append(sc.id()).append("`)\n\n");
            md.append("- Topics: ").append(list(sc.topics())).append('\n');
            md.append("- Management co-leads: ").append(list(sc.managementCoLeads())).append('\n');
            md.append("- Union co-leads: ").append(list(sc.unionCoLeads())).append('\n');
            if (!sc.members().isEmpty()) {
                md.append("- Members: ").append(list(sc.members())).append('\n');
            }
            md.append('\n');
        }

        if (!plan.observers().isEmpty()) {
            md.append("## Observers and alternates\n\n| Local | Observers | Alternates |\n|---|---|---|\n");
            for (LocalObservers o : plan.observers()) {
                md.append("| ").append(text(o.local())).append(" | ").append(list(o.observers())).append(" | ")
                        .append(list(o.alternates())).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Where a deadline stands on {@code asOf}, in words. */
    static String status(Deadline d, LocalDate asOf) {
        if (d.isWindow()) {
            if (asOf.isBefore(d.firstDay())) return "opens in " + days(ChronoUnit.DAYS.between(asOf, d.firstDay()));
            if (asOf.isAfter(d.date())) return "closed";
            return "open";
        }
        if (d.passed(asOf)) return "**PASSED**";
        long left = ChronoUnit.DAYS.between(asOf, d.date());
        return left == 0 ? "**today**" : days(left) + " left";
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String dates(Session s) {
        return s.multiDay() ? s.start() + " to " + s.end() : s.start().toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "(none)" : text(String.join(", ", items));
    }

    /** Text safe inside Markdown tables and lines: pipes and markup characters escaped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) b.append('\\');
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }
}
