package lmp.bargaining;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * A bargaining plan: the agreement, the sessions, the subcommittees and the observers. The
 * {@code id} is stable across revisions of the plan; calendar UIDs are derived from it, so a
 * re-imported calendar updates its events instead of duplicating them.
 *
 * @param revised when the plan was last revised; stamps the calendar (DTSTAMP)
 * @param revision a counter raised with each published revision; the calendar's SEQUENCE
 */
public record Plan(String id, Agreement agreement, List<Session> sessions, List<Subcommittee> subcommittees,
                   List<LocalObservers> observers, Optional<LocalDate> revised, int revision, Location at) {
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agreement, "agreement");
        sessions = List.copyOf(sessions);
        subcommittees = List.copyOf(subcommittees);
        observers = List.copyOf(observers);
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(at, "at");
    }

    /** Sessions in calendar order: by start, then end, then id (so ties are stable). */
    public List<Session> sessionsInOrder() {
        return sessions.stream()
                .sorted(Comparator.comparing(Session::occupiedFrom).thenComparing(Session::occupiedUntil)
                        .thenComparing(Session::id))
                .toList();
    }

    public Optional<Subcommittee> subcommittee(String id) {
        return subcommittees.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The name of the body a session belongs to: "Common Issues Committee" or the subcommittee's name. */
    public String bodyName(String body) {
        if (Session.CIC.equals(body)) {
            return "Common Issues Committee (CIC)";
        }
        return subcommittee(body).map(Subcommittee::name).orElse(body);
    }

    /**
     * The day the calendar is stamped with (DTSTAMP): the revision date; without one, the agreement's
     * start, the first session, or the expiry, in that order. Never the wall clock, so the same plan
     * always gives the same bytes.
     */
    public LocalDate stampDate() {
        return revised.or(agreement::start)
                .or(() -> sessions.stream().map(Session::start).min(LocalDate::compareTo))
                .orElse(agreement.expires());
    }
}
