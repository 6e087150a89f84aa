package lmp.bargaining;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lmp.io.Fields;
import lmp.io.Problem;
import lmp.io.Problems;

/**
 * The rules that relate the parts of a plan to each other and to the calendar. Errors make the
 * plan unusable (exit 65); warnings are printed and the outputs are still written.
 * <ol>
 *   <li>A session may not end before it starts (error).</li>
 *   <li>Two sessions of the same body may not overlap (error). A caucus is one side meeting apart,
 *       usually during a session of its body, so caucuses are only compared with caucuses.</li>
 *   <li>A session after the agreement's expiry is a warning: bargaining past expiry is lawful but
 *       means working without a contract, usually under an extension.</li>
 *   <li>Each subcommittee needs at least one management and one union co-lead (error): seed 002,
 *       "Each subcommittee is led by a management and union representative".</li>
 *   <li>A session's body must be {@code cic} or a subcommittee of the plan (error).</li>
 *   <li>A statutory notice whose latest day is before {@code asOf} is a prominent warning.</li>
 * </ol>
 * Ids must be unique (errors), since calendar UIDs are made from them.
 */
public final class PlanRules {
    private PlanRules() {
    }

    public static List<Problem> check(Plan plan, LocalDate asOf) {
        Problems problems = new Problems();
        Agreement a = plan.agreement();
        a.start().filter(start -> !start.isBefore(a.expires())).ifPresent(start ->
                problems.error(a.expiresAt(), "the agreement expires (" + a.expires() + ") before it starts (" + start
                        + "); check 'start' and 'expires'"));
        uniqueIds(plan, problems);
        subcommittees(plan, problems);
        for (Session s : plan.sessions()) {
            sessionDates(s, a, problems);
            if (!s.meetsAsCic() && plan.subcommittee(s.body()).isEmpty()) {
                List<String> known = new java.util.ArrayList<>(List.of(Session.CIC));
                plan.subcommittees().forEach(sc -> known.add(sc.id()));
                problems.error(s.at(), "session '" + s.id() + "' is held by unknown body '" + s.body()
                        + "'" + Fields.suggestion(s.body(), known) + "; use 'cic' or one of the subcommittee ids: "
                        + String.join(", ", known.subList(1, known.size())));
            }
        }
        overlaps(plan, problems);
        missedDeadlines(a, asOf, problems);
        return problems.sorted();
    }

    private static void uniqueIds(Plan plan, Problems problems) {
        Map<String, Session> sessions = new HashMap<>();
        for (Session s : plan.sessions()) {
            Session first = sessions.putIfAbsent(s.id(), s);
            if (first != null) {
                problems.error(s.at(), "duplicate session id '" + s.id() + "' (first at line " + first.at().line()
                        + "); calendar UIDs are made from ids, so give each session its own");
            }
        }
        Set<String> subcommittees = new HashSet<>();
        for (Subcommittee sc : plan.subcommittees()) {
            if (Session.CIC.equals(sc.id())) {
                problems.error(sc.at(), "'cic' is the Common Issues Committee; choose another id for this subcommittee");
            } else if (!subcommittees.add(sc.id())) {
                problems.error(sc.at(), "duplicate subcommittee id '" + sc.id() + "'; give each subcommittee its own");
            }
        }
    }

    private static void subcommittees(Plan plan, Problems problems) {
        for (Subcommittee sc : plan.subcommittees()) {
            boolean management = !sc.managementCoLeads().isEmpty();
            boolean union = !sc.unionCoLeads().isEmpty();
            if (!management || !union) {
                String missing = !management && !union ? "neither a management nor a union co-lead"
                        : !management ? "no management co-lead" : "no union co-lead";
                problems.error(sc.at(), "subcommittee '" + sc.id() + "' has " + missing
                        + "; each subcommittee is led jointly by management and the union (add "
                        + (!management ? "'management_co_leads'" : "'union_co_leads'") + ")");
            }
        }
    }

    private static void sessionDates(Session s, Agreement a, Problems problems) {
        if (s.end().isBefore(s.start())) {
            problems.error(s.at(), "session '" + s.id() + "' ends (" + s.end() + ") before it starts (" + s.start()
                    + "); check 'start' and 'end'");
            return;
        }
        if (endsBeforeStart(s)) {
            problems.error(s.at(), "session '" + s.id() + "' ends at " + s.endTime().orElseThrow()
                    + " but starts at " + s.startTime().orElseThrow() + "; the end time must be after the start time");
            return;
        }
        if (s.start().isAfter(a.expires())) {
            problems.warning(s.at(), "session '" + s.id() + "' on " + s.start() + " is after the agreement expires ("
                    + a.expires() + "); check the date, or record the extension agreed with the other party");
        }
    }

    private static boolean endsBeforeStart(Session s) {
        return s.end().isBefore(s.start())
                || s.timed() && !s.endTime().orElseThrow().isAfter(s.startTime().orElseThrow());
    }

    private static void overlaps(Plan plan, Problems problems) {
        List<Session> ordered = plan.sessionsInOrder().stream().filter(s -> !endsBeforeStart(s)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Session a = ordered.get(i);
            for (int j = i + 1; j < ordered.size(); j++) {
                Session b = ordered.get(j);
                if (!b.occupiedFrom().isBefore(a.occupiedUntil())) {
                    break; // sessions are in start order: no later one can overlap a either
                }
                if (a.body().equals(b.body()) && (a.kind() == SessionKind.CAUCUS) == (b.kind() == SessionKind.CAUCUS)) {
                    problems.error(b.at(), "session '" + b.id() + "' overlaps session '" + a.id() + "' (line "
                            + a.at().line() + ") of the same body (" + plan.bodyName(a.body()) + "); move one of them");
                }
            }
        }
    }

    /** The statutory notices whose latest day is before {@code asOf}. */
    public static List<Deadline> missed(Agreement a, LocalDate asOf) {
        return a.deadlines().all().stream().filter(d -> !d.isWindow() && d.passed(asOf)).toList();
    }

    private static void missedDeadlines(Agreement a, LocalDate asOf, Problems problems) {
        for (Deadline d : missed(a, asOf)) {
            {
                problems.warning(a.expiresAt(), "DEADLINE MISSED as of " + asOf + ": " + d.title() + " was due by "
                        + d.date() + " (" + d.statute() + "); make sure it was served, or get legal advice now");
            }
        }
    }
}
