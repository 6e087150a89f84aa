package lmp.bargaining;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;

/**
 * One meeting on the bargaining calendar: a single day or a range of days ({@code start} to
 * {@code end}, both included), optionally with daily start and end times in the plan's time zone.
 *
 * @param body who meets: {@link #CIC} (the Common Issues Committee, the full bargaining team) or a
 *             subcommittee id
 * @param location where it is held; ignored for the calendar when {@code virtual}
 */
public record Session(String id, String title, SessionKind kind, LocalDate start, LocalDate end,
                      Optional<LocalTime> startTime, Optional<LocalTime> endTime, boolean virtual, String location,
                      String body, List<String> agenda, Location at) {
    /** The body id of the Common Issues Committee. */
    public static final String CIC = "cic";

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
        agenda = List.copyOf(agenda);
        Objects.requireNonNull(at, "at");
    }

    public boolean multiDay() {
        return end.isAfter(start);
    }

    public boolean timed() {
        return startTime.isPresent() && endTime.isPresent();
    }

    /** Whether the session is held at a single time on a single day (a timed calendar event). */
    public boolean timedSingleDay() {
        return timed() && !multiDay();
    }

    /** The first moment the session occupies, in the plan's local time (start of day when untimed). */
    public LocalDateTime occupiedFrom() {
        return start.atTime(startTime.orElse(LocalTime.MIDNIGHT));
    }

    /** The moment the session is over, in local time (the start of the next day when untimed). */
    public LocalDateTime occupiedUntil() {
        return endTime.map(end::atTime).orElse(end.plusDays(1).atStartOfDay());
    }

    public boolean meetsAsCic() {
        return CIC.equals(body);
    }

    public String where() {
        return virtual ? "Virtual" : location;
    }
}
