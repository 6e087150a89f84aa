package lmp.bargaining.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lmp.bargaining.Agreement;
import lmp.bargaining.Deadline;
import lmp.bargaining.Plan;
import lmp.bargaining.Session;
import lmp.bargaining.SessionKind;
import lmp.bargaining.StatutoryDeadlines;
import lmp.bargaining.Subcommittee;

/**
 * A self-contained HTML page (no scripts, fonts or links to fetch) with an inline SVG timeline:
 * months along the axis, one lane for the CIC and one per subcommittee with sessions as bars
 * (solid for in person, dashed outline for virtual), a lane of statutory deadlines (diamonds) and
 * the petition window (a band), the expiry as a red line and {@code --as-of} as a "today" line.
 * Coordinates are whole pixels computed with integer arithmetic, so output is byte-stable.
 */
public final class PlanChart {
    private static final int WIDTH = 1100;
    private static final int LEFT = 210;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int LANE = 60;
    /** Text size of every label, in px: 12 at the least, readable when printed. */
    static final int FONT = 12;
    /** Estimated width of one character at {@link #FONT} px, on the generous side (wide capitals). */
    static final int CHAR = 8;
    /** From one text row's baseline to the next. */
    static final int ROW = 17;
    /** From a lane's top to its first label row (below the session bars). */
    private static final int SESSION_LABELS = 52;

    private PlanChart() {
    }

    public static void write(Plan plan, LocalDate asOf, OutputStream out) throws IOException {
        out.write(render(plan, asOf).getBytes(StandardCharsets.UTF_8));
    }

    public static String render(Plan plan, LocalDate asOf) {
        Agreement a = plan.agreement();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(a.name())).append(": bargaining timeline</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px;color:#1b1f24}\n")
                .append("table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #c8ccd0;padding:4px 8px;"
                        + "text-align:left;vertical-align:top}th{background:#f3f4f6}\n")
                .append(".passed{color:#b42318;font-weight:bold}.svgwrap{overflow-x:auto}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(a.name())).append(": bargaining timeline</h1>\n");
        // Every item of the Markdown agenda is here too (PlanChartTest compares them).
        h.append("<ul class=\"agreement\">\n<li>Parties: ").append(esc(String.join("; ", a.parties()))).append("</li>\n")
                .append("<li>Union group: ").append(esc(a.unionGroup())).append("</li>\n");
        a.start().ifPresent(st -> h.append("<li>Agreement start: ").append(st).append("</li>\n"));
        h.append("<li>Expires: <strong>").append(a.expires()).append("</strong> (").append(Weekday.of(a.expires()))
                .append(")</li>\n<li>Health-care institution: ").append(a.healthCareInstitution()
                        ? "yes (NLRA 8(d)(A) notice periods and the 8(g) strike notice apply)" : "no").append("</li>\n")
                .append("<li>Time zone: ").append(esc(a.timeZone().getId())).append("</li>\n")
                .append("<li>As of: ").append(asOf).append("</li>\n</ul>\n");
        h.append("<div class=\"svgwrap\">\n").append(svg(plan, asOf)).append("</div>\n");
        deadlineTable(h, a.deadlines(), asOf);
        sessionTable(h, plan);
        subcommitteeTable(h, plan);
        observerTable(h, plan);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static String svg(Plan plan, LocalDate asOf) {
        Agreement a = plan.agreement();
        StatutoryDeadlines deadlines = a.deadlines();
        List<String> lanes = new ArrayList<>();
        lanes.add(Session.CIC);
        plan.subcommittees().forEach(sc -> lanes.add(sc.id()));
        LocalDate first = a.expires();
        LocalDate last = a.expires().plusDays(1); // the first day a strike could begin
        for (Session s : plan.sessions()) {
            if (s.start().isBefore(first)) first = s.start();
            if (s.end().isAfter(last)) last = s.end();
        }
        for (Deadline d : deadlines.all()) {
            if (d.firstDay().isBefore(first)) first = d.firstDay();
        }
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = last.withDayOfMonth(1).plusMonths(1);
        Axis x = new Axis(from, to);

        // First pass: put every label on a text row where it meets no other label; a lane gets as
        // many rows as its labels need, so no two labels ever overlap (checked by PlanChartLayoutTest).
        List<List<Label>> sessionLabels = new ArrayList<>();
        List<Integer> laneHeights = new ArrayList<>();
        for (String lane : lanes) {
            Rows rows = new Rows();
            List<Label> labels = new ArrayList<>();
            for (Session session : plan.sessionsInOrder()) {
                if (session.body().equals(lane)) labels.add(rows.place(x.at(session.start()), session.title()));
            }
            sessionLabels.add(labels);
            laneHeights.add(Math.max(LANE, SESSION_LABELS + rows.count() * ROW + 8));
        }
        Rows deadlineRows = new Rows();
        List<Label> deadlineLabels = new ArrayList<>();
        for (Deadline d : deadlines.all()) {
            deadlineLabels.add(d.isWindow()
                    ? deadlineRows.place(x.at(d.firstDay()), (d.id().equals("petition-open-period") ? "Petitions open " : "Petition window ")
                            + d.firstDay() + " to " + d.date())
                    : deadlineRows.place(x.at(d.date()) + x.halfDay(), shortTitle(d) + " " + d.date()));
        }
        int deadlineTop = TOP + laneHeights.stream().mapToInt(Integer::intValue).sum();
        int mid = deadlineTop + 16 + deadlineRows.count() * ROW + 14;
        int deadlineBottom = mid + 24;
        int height = deadlineBottom + 54;

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Bargaining timeline\" font-family=\"sans-serif\" font-size=\"")
                .append(FONT).append("\">\n");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        // months: a line for each; a name for every month when there is room, else for every second,
        // third ... month, so that month names never overlap however long the plan (an agreement
        // longer than 3 years draws its petition periods years before the expiry)
        int monthLabel = "Mmm yyyy".length() * CHAR + 8;
        int narrowest = Integer.MAX_VALUE;
        for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
            narrowest = Math.min(narrowest, x.at(m.plusMonths(1)) - x.at(m));
        }
        int every = Math.max(1, (monthLabel + Math.max(1, narrowest) - 1) / Math.max(1, narrowest));
        int monthIndex = 0;
        for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1), monthIndex++) {
            int mx = x.at(m);
            int next = x.at(m.plusMonths(every));
            s.append("<line x1=\"").append(mx).append("\" y1=\"").append(TOP - 20).append("\" x2=\"").append(mx)
                    .append("\" y2=\"").append(deadlineBottom).append("\" stroke=\"#d0d4d9\"/>\n");
            if (monthIndex % every != 0) continue;
            s.append("<text x=\"").append((mx + next) / 2).append("\" y=\"").append(TOP - 26)
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)).append(' ').append(m.getYear())
                    .append("</text>\n");
        }
        // lanes
        int y = TOP;
        for (int i = 0; i < lanes.size(); i++) {
            int laneHeight = laneHeights.get(i);
            if (i % 2 == 0) {
                s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
                        .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(laneHeight).append("\" fill=\"#f6f8fa\"/>\n");
            }
            String label = Session.CIC.equals(lanes.get(i)) ? "CIC (full team)"
                    : plan.subcommittee(lanes.get(i)).map(Subcommittee::name).orElse(lanes.get(i));
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 26)
                    .append("\" text-anchor=\"end\"><title>").append(esc(label)).append("</title>")
                    .append(esc(shorten(label, 26))).append("</text>\n");
            int k = 0;
            for (Session session : plan.sessionsInOrder()) {
                if (!session.body().equals(lanes.get(i))) continue;
                int x1 = x.at(session.start());
                int x2 = Math.max(x1 + 8, x.at(session.end().plusDays(1)));
                String style = session.virtual()
                        ? "fill=\"#dbeafe\" stroke=\"#1d4ed8\" stroke-width=\"2\" stroke-dasharray=\"4 2\""
                        : "fill=\"#1d4ed8\" stroke=\"#1d4ed8\" stroke-width=\"2\"";
                // A caucus is one side meeting apart, often during a session: a thin bar under the lane's bars.
                boolean caucus = session.kind() == SessionKind.CAUCUS;
                s.append("<rect class=\"session ").append(session.virtual() ? "virtual" : "in-person")
                        .append("\" x=\"").append(x1).append("\" y=\"").append(caucus ? y + 28 : y + 8).append("\" width=\"")
                        .append(x2 - x1).append("\" height=\"").append(caucus ? 6 : 16).append("\" ").append(style).append("><title>")
                        .append(esc(session.title() + ", " + PlanMarkdown.dates(session) + ", " + session.where()))
                        .append("</title></rect>\n");
                s.append(sessionLabels.get(i).get(k++).svg(y + SESSION_LABELS));
            }
            y += laneHeight;
        }
        // statutory deadlines lane
        s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(mid + 4)
                .append("\" text-anchor=\"end\" font-weight=\"bold\">Statutory deadlines</text>\n");
        int k = 0;
        for (Deadline d : deadlines.all()) {
            Label label = deadlineLabels.get(k++);
            int baseline = deadlineTop + 16;
            if (d.isWindow()) {
                int x1 = x.at(d.firstDay());
                int x2 = x.at(d.date().plusDays(1));
                s.append("<rect class=\"window\" x=\"").append(x1).append("\" y=\"").append(mid - 8).append("\" width=\"")
                        .append(x2 - x1).append("\" height=\"16\" fill=\"#fde68a\" stroke=\"#b45309\"><title>")
                        .append(esc(d.title() + ": " + d.firstDay() + " to " + d.date() + " (" + d.statute() + ")"))
                        .append("</title></rect>\n");
                s.append(label.svg(baseline));
            } else {
                int dx = x.at(d.date()) + x.halfDay();
                s.append("<path class=\"deadline\" d=\"M").append(dx).append(' ').append(mid - 8).append(" L")
                        .append(dx + 8).append(' ').append(mid).append(" L").append(dx).append(' ').append(mid + 8)
                        .append(" L").append(dx - 8).append(' ').append(mid).append(" Z\" fill=\"")
                        .append(d.passed(asOf) ? "#b42318" : "#111827").append("\"><title>")
                        .append(esc(d.title() + " by " + d.date() + " (" + d.statute() + ")")).append("</title></path>\n");
                s.append("<line x1=\"").append(dx).append("\" y1=\"").append(baseline + label.row() * ROW + 4)
                        .append("\" x2=\"").append(dx).append("\" y2=\"").append(mid - 8).append("\" stroke=\"#9ca3af\"/>\n");
                s.append(label.svg(baseline));
            }
        }
        // expiry and today
        int ex = x.at(a.expires()) + x.halfDay();
        s.append("<line class=\"expiry\" x1=\"").append(ex).append("\" y1=\"").append(TOP - 14).append("\" x2=\"")
                .append(ex).append("\" y2=\"").append(deadlineBottom).append("\" stroke=\"#b42318\" stroke-width=\"3\"/>\n");
        // centred on the line, or ending at it when a long plan puts the expiry near the right edge
        String expiresAnchor = ex + "Expires yyyy-mm-dd".length() * CHAR / 2 > WIDTH ? "end" : "middle";
        s.append("<text x=\"").append(ex).append("\" y=\"").append(deadlineBottom + 16)
                .append("\" text-anchor=\"").append(expiresAnchor).append("\" fill=\"#b42318\" font-weight=\"bold\">Expires ").append(a.expires())
                .append("</text>\n");
        int legendY = deadlineBottom + 44;
        if (!asOf.isBefore(from) && asOf.isBefore(to)) {
            int tx = x.at(asOf) + x.halfDay();
            s.append("<line class=\"today\" x1=\"").append(tx).append("\" y1=\"").append(TOP - 14).append("\" x2=\"")
                    .append(tx).append("\" y2=\"").append(deadlineBottom)
                    .append("\" stroke=\"#047857\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
            s.append("<text x=\"").append(tx + 4).append("\" y=\"").append(TOP - 4).append("\" fill=\"#047857\">today ")
                    .append(asOf).append("</text>\n");
        } else {
            s.append("<text x=\"").append(LEFT).append("\" y=\"").append(deadlineBottom + 16).append("\" fill=\"#047857\">As of ")
                    .append(asOf).append(" (outside the chart)</text>\n");
        }
        legend(s, legendY);
        s.append("</svg>\n");
        return s.toString();
    }

    private static void legend(StringBuilder s, int y) {
        s.append("<g class=\"legend\">")
                .append("<rect x=\"").append(LEFT).append("\" y=\"").append(y - 10).append("\" width=\"24\" height=\"12\" "
                        + "fill=\"#1d4ed8\"/><text x=\"").append(LEFT + 30).append("\" y=\"").append(y).append("\">in person</text>")
                .append("<rect x=\"").append(LEFT + 110).append("\" y=\"").append(y - 10).append("\" width=\"24\" height=\"12\" "
                        + "fill=\"#dbeafe\" stroke=\"#1d4ed8\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/><text x=\"")
                .append(LEFT + 140).append("\" y=\"").append(y).append("\">virtual</text>")
                .append("<rect x=\"").append(LEFT + 210).append("\" y=\"").append(y - 10).append("\" width=\"24\" height=\"12\" "
                        + "fill=\"#fde68a\" stroke=\"#b45309\"/><text x=\"").append(LEFT + 240).append("\" y=\"").append(y)
                .append("\">petition window</text>")
                .append("<path d=\"M").append(LEFT + 370).append(' ').append(y - 10).append(" l6 6 l-6 6 l-6 -6 Z\" fill=\"#111827\"/>")
                .append("<text x=\"").append(LEFT + 382).append("\" y=\"").append(y).append("\">notice deadline (red: passed)</text>")
                .append("<line x1=\"").append(LEFT + 600).append("\" y1=\"").append(y - 10).append("\" x2=\"").append(LEFT + 600)
                .append("\" y2=\"").append(y + 2).append("\" stroke=\"#b42318\" stroke-width=\"3\"/><text x=\"").append(LEFT + 608)
                .append("\" y=\"").append(y).append("\">expiry</text>")
                .append("<line x1=\"").append(LEFT + 680).append("\" y1=\"").append(y - 10).append("\" x2=\"").append(LEFT + 680)
                .append("\" y2=\"").append(y + 2).append("\" stroke=\"#047857\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
                .append("<text x=\"").append(LEFT + 688).append("\" y=\"").append(y).append("\">today (--as-of)</text></g>\n");
    }

    private static String shortTitle(Deadline d) {
        return switch (d.id()) {
            case "notice-to-other-party" -> "Notice to other party";
            case "notice-to-fmcs" -> "FMCS/state notice";
            case "strike-notice" -> "Strike notice";
            default -> d.title();
        };
    }

    /** A label put on a text row: where it starts, whether it ends at its point, and its text. */
    private record Label(int x, int row, boolean endAnchored, String text) {
        String svg(int firstBaseline) {
            return "<text class=\"label\" x=\"" + x + "\" y=\"" + (firstBaseline + row * ROW)
                    + (endAnchored ? "\" text-anchor=\"end" : "") + "\">" + esc(text) + "</text>\n";
        }
    }

    /**
     * Text rows for labels: each label goes on the first row where it keeps a gap of 8 px from every
     * label already there, and a new row is opened when no row has room, so labels never overlap.
     * Widths are estimated generously ({@link #CHAR} px a character at {@link #FONT} px); a label that
     * would run off the right edge ends at its point instead of starting there.
     */
    private static final class Rows {
        private final List<List<int[]>> taken = new ArrayList<>();

        Label place(int x, String text) {
            int width = text.length() * CHAR;
            boolean endAnchored = x + width > WIDTH - RIGHT;
            int from = endAnchored ? x - width : x;
            int to = endAnchored ? x : x + width;
            int row = 0;
            while (row < taken.size() && taken.get(row).stream().anyMatch(r -> from < r[1] + 8 && r[0] < to + 8)) {
                row++;
            }
            if (row == taken.size()) taken.add(new ArrayList<>());
            taken.get(row).add(new int[] {from, to});
            return new Label(x, row, endAnchored, text);
        }

        int count() {
            return Math.max(1, taken.size());
        }
    }

    private static void deadlineTable(StringBuilder h, StatutoryDeadlines deadlines, LocalDate asOf) {
        h.append("<h2>Statutory deadlines</h2>\n<table>\n<tr><th>Date</th><th>Day</th><th>Deadline</th><th>Source</th>"
                + "<th>Status</th></tr>\n");
        for (Deadline d : deadlines.all()) {
            String status = PlanMarkdown.status(d, asOf).replace("**", "");
            String day = d.isWindow() ? Weekday.of(d.firstDay()) + " to " + Weekday.of(d.date())
                    : Weekday.of(d.date());
            h.append("<tr><td>").append(d.isWindow() ? d.firstDay() + " to " + d.date() : d.date().toString())
                    .append("</td><td>").append(day)
                    .append(!d.isWindow() && d.onWeekend() ? " <strong class=\"weekend\">(weekend: serve earlier)</strong>" : "")
                    .append("</td><td>").append(esc(d.title() + ": " + d.rule()))
                    .append("</td><td>").append(esc(d.statute())).append("</td><td")
                    .append(d.passed(asOf) && !d.isWindow() ? " class=\"passed\"" : "").append('>').append(esc(status))
                    .append("</td></tr>\n");
        }
        h.append("<tr><td>").append(deadlines.expires()).append("</td><td>").append(Weekday.of(deadlines.expires()))
                .append("</td><td>Agreement expires</td><td></td><td></td></tr>\n</table>\n");
        h.append("<p>Days are calendar days counted back from the expiry date (day 0); weekends and holidays count and no "
                + "date is moved to a working day.</p>\n");
    }

    private static void sessionTable(StringBuilder h, Plan plan) {
        h.append("<h2>Sessions</h2>\n<table>\n<tr><th>Dates</th><th>Time</th><th>Session</th><th>Body</th><th>Where</th>"
                + "<th>Agenda</th></tr>\n");
        String zone = plan.agreement().timeZone().getId();
        for (Session s : plan.sessionsInOrder()) {
            h.append("<tr><td>").append(PlanMarkdown.dates(s)).append("</td><td>")
                    .append(s.timed() ? s.startTime().orElseThrow() + "-" + s.endTime().orElseThrow() + " " + esc(zone)
                            + (s.multiDay() ? " (each day)" : "") : "all day")
                    .append("</td><td>").append(esc(s.title())).append(" (").append(esc(s.kind().label())).append(")</td><td>")
                    .append(esc(plan.bodyName(s.body()))).append("</td><td>").append(esc(s.where()))
                    .append(s.virtual() ? "" : " (in person)").append("</td><td>")
                    .append(esc(String.join("; ", s.agenda()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void subcommitteeTable(StringBuilder h, Plan plan) {
        if (plan.subcommittees().isEmpty()) return;
        h.append("<h2>Subcommittees</h2>\n<table>\n<tr><th>Subcommittee</th><th>Topics</th><th>Management co-leads</th>"
                + "<th>Union co-leads</th><th>Members</th></tr>\n");
        for (Subcommittee sc : plan.subcommittees()) {
            h.append("<tr><td>").append(esc(sc.name())).append(" (").append(esc(sc.id())).append(")</td><td>")
                    .append(esc(String.join(", ", sc.topics())))
                    .append("</td><td>").append(esc(String.join(", ", sc.managementCoLeads()))).append("</td><td>")
                    .append(esc(String.join(", ", sc.unionCoLeads()))).append("</td><td>")
                    .append(esc(String.join(", ", sc.members()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void observerTable(StringBuilder h, Plan plan) {
        if (plan.observers().isEmpty()) return;
        h.append("<h2>Observers and alternates</h2>\n<table>\n<tr><th>Local</th><th>Observers</th><th>Alternates</th></tr>\n");
        for (lmp.bargaining.LocalObservers o : plan.observers()) {
            h.append("<tr><td>").append(esc(o.local())).append("</td><td>").append(esc(String.join(", ", o.observers())))
                    .append("</td><td>").append(esc(String.join(", ", o.alternates()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Text safe in HTML and SVG text and attributes. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Day to pixel, in whole pixels: left edge of a day. */
    private record Axis(LocalDate from, LocalDate to) {
        int at(LocalDate d) {
            long total = ChronoUnit.DAYS.between(from, to);
            long days = ChronoUnit.DAYS.between(from, d);
            return (int) (LEFT + days * (WIDTH - LEFT - RIGHT) / total);
        }

        int halfDay() {
            long total = ChronoUnit.DAYS.between(from, to);
            return (int) ((WIDTH - LEFT - RIGHT) / total / 2);
        }
    }
}
