package lmp.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import lmp.io.Location;
import lmp.io.Problem;

/**
 * The rules that relate a roster's records to one another. The shape of each record (required
 * keys, real dates, an end not before its start, known role names) is checked when the file is
 * read ({@code lmp.roster.formats.RosterYaml}); what is checked here needs the whole roster:
 * <ol>
 *   <li>every member, UBT and council id appears once;</li>
 *   <li>a member's UBT is a UBT on the roster;</li>
 *   <li>a steward's council is a council on the roster (when the roster lists councils);</li>
 *   <li>every role is held by a member on the roster;</li>
 *   <li>a role's scope names something of the role's scope kind: a UBT for a co-lead, a council
 *       for a steward-council chair (when councils are listed), an area of a UBT or council for
 *       the area roles (when any area is known). Bargaining units are free text and not checked,
 *       because a contract specialist may serve a shared position (the guide: "Lab Pros and RDH");</li>
 *   <li>no more than {@link Role#maxHoldersPerScope()} holders of a role in one scope on any one day
 *       (one UBT co-lead per UBT, one labor partner per local and area, one contract specialist per
 *       bargaining unit, one chair per council).</li>
 * </ol>
 * Every problem is returned, located at the record to fix, in file order.
 */
public final class RosterRules {
    private RosterRules() {
    }

    public static List<Problem> check(Roster roster) {
        List<Problem> problems = new ArrayList<>();
        uniqueIds(roster, problems);
        memberReferences(roster, problems);
        roleReferences(roster, problems);
        holdersPerScope(roster, problems);
        problems.sort(Comparator.comparing(Problem::location));
        return List.copyOf(problems);
    }

    private static void uniqueIds(Roster roster, List<Problem> problems) {
        duplicates(roster.ubts(), Ubt::id, Ubt::origin, "UBT", problems);
        duplicates(roster.councils(), Council::id, Council::origin, "council", problems);
        duplicates(roster.members(), Member::id, Member::origin, "member", problems);
    }

    private static <T> void duplicates(List<T> items, java.util.function.Function<T, String> id,
                                       java.util.function.Function<T, Location> origin, String what, List<Problem> problems) {
        Map<String, Location> first = new HashMap<>(items.size() * 2);
        for (T item : items) {
            Location previous = first.putIfAbsent(id.apply(item), origin.apply(item));
            if (previous != null) {
                problems.add(Problem.error(origin.apply(item), "duplicate " + what + " id '" + id.apply(item)
                        + "' (first at " + where(previous, origin.apply(item)) + "); give each " + what
                        + " its own id or merge the two records"));
            }
        }
    }

    private static void memberReferences(Roster roster, List<Problem> problems) {
        boolean councilsListed = !roster.councils().isEmpty();
        for (Member m : roster.members()) {
            m.ubt().filter(u -> roster.ubt(u).isEmpty()).ifPresent(u -> problems.add(Problem.error(m.origin(),
                    "member " + m.id() + " is in UBT '" + u + "', which is not on the roster; add the UBT under 'ubts:' or correct the id"
                            + known(roster.index().ubts().keySet()))));
            if (councilsListed) {
                m.steward().flatMap(StewardDesignation::council).filter(c -> roster.council(c).isEmpty())
                        .ifPresent(c -> problems.add(Problem.error(m.origin(), "member " + m.id() + " is a steward on council '"
                                + c + "', which is not on the roster; add it under 'councils:' or correct the id"
                                + known(roster.index().councils().keySet()))));
            }
        }
    }

    private static void roleReferences(Roster roster, List<Problem> problems) {
        boolean councilsListed = !roster.councils().isEmpty();
        Set<String> areas = roster.areas();
        for (RoleAssignment r : roster.roles()) {
            if (roster.member(r.memberId()).isEmpty()) {
                problems.add(Problem.error(r.origin(), r.role().id() + " held by member " + r.memberId()
                        + ", who is not on the roster; add the member or correct the id"));
            }
            String scope = r.scope();
            switch (r.role().scopeKind()) {
                case UBT -> {
                    if (roster.ubt(scope).isEmpty()) {
                        problems.add(scopeProblem(r, known(roster.index().ubts().keySet())));
                    }
                }
                case COUNCIL -> {
                    if (councilsListed && roster.council(scope).isEmpty()) {
                        problems.add(scopeProblem(r, known(roster.index().councils().keySet())));
                    }
                }
                case AREA -> {
                    if (!areas.isEmpty() && !areas.contains(scope)) {
                        problems.add(scopeProblem(r, known(areas)));
                    }
                }
                case BARGAINING_UNIT, LOCAL -> {
                    // free text: shared positions name several units (see the class comment); locals are named by members
                }
            }
        }
    }

    private static Problem scopeProblem(RoleAssignment r, String known) {
        return Problem.error(r.origin(), r.role().id() + " scope '" + r.scope() + "' is not a known "
                + r.role().scopeKind().words() + "; the scope of a " + r.role().id() + " must be a "
                + r.role().scopeKind().words() + " on the roster" + known);
    }

    /**
     * For each role and scope, walks the terms in order of start and keeps the ends of the terms
     * still running; a term that starts while the maximum number are running is one too many.
     */
    private static void holdersPerScope(Roster roster, List<Problem> problems) {
        Map<String, List<RoleAssignment>> byScope = new LinkedHashMap<>();
        for (RoleAssignment r : roster.roles()) {
            if (r.role().maxHoldersPerScope() > 0) {
                String local = r.role().seatsPerLocal() ? roster.member(r.memberId()).map(Member::local).orElse("") : "";
                byScope.computeIfAbsent(r.role().id() + "\u0000" + r.scope() + "\u0000" + local, k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<RoleAssignment> byEnd = Comparator.comparing(a -> a.end().orElse(LocalDate.MAX));
        for (List<RoleAssignment> terms : byScope.values()) {
            if (terms.size() < 2) continue;
            List<RoleAssignment> sorted = new ArrayList<>(terms);
            sorted.sort(Comparator.comparing(RoleAssignment::start).thenComparing(RoleAssignment::origin));
            int max = sorted.get(0).role().maxHoldersPerScope();
            PriorityQueue<RoleAssignment> running = new PriorityQueue<>(byEnd);
            for (RoleAssignment t : sorted) {
                while (!running.isEmpty() && running.peek().end().map(e -> e.isBefore(t.start())).orElse(false)) {
                    running.poll();
                }
                if (running.size() >= max) {
                    RoleAssignment other = running.stream().min(Comparator.comparing(RoleAssignment::origin)).orElseThrow();
                    String ofLocal = t.role().seatsPerLocal() ? " of " + roster.member(t.memberId()).map(Member::local).orElse("?") : "";
                    problems.add(Problem.error(t.origin(), "two holders of " + t.role().id() + ofLocal + " for '" + t.scope()
                            + "' at once: member " + t.memberId() + " from " + t.start() + " overlaps member " + other.memberId()
                            + " (" + other.start() + " to " + other.end().map(LocalDate::toString).orElse("open end") + ", at "
                            + where(other.origin(), t.origin()) + "); only " + max + " may hold it at a time, so end one term"
                            + " before the other starts"));
                } else {
                    running.add(t);
                }
            }
        }
    }

    /** "line 12" when in the same file, otherwise the full location. */
    private static String where(Location first, Location here) {
        return first.source().equals(here.source()) && first.line() > 0 ? "line " + first.line() : first.render();
    }

    private static String known(java.util.Collection<String> ids) {
        if (ids.isEmpty()) return " (the roster lists none)";
        if (ids.size() > 8) return "";
        return " (known: " + String.join(", ", ids) + ")";
    }
}
