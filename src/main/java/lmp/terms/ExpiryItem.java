package lmp.terms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;
import lmp.roster.Role;

/**
 * One thing due in an expiry report: a term ending (or already ended without a successor) or a
 * co-lead's steward deadline, with the day it is due, what to do and the dates to do it by.
 * {@code daysLeft} counts from the report's day to {@code due}; negative when overdue.
 */
public record ExpiryItem(
        Kind kind,
        String member,
        String memberName,
        Role role,
        String scope,
        LocalDate start,
        Optional<LocalDate> end,
        LocalDate due,
        long daysLeft,
        String action,
        Optional<LocalDate> electionBy,
        Optional<LocalDate> noticeBy,
        Optional<LocalDate> stewardBy,
        String source,
        Location at) {

    public enum Kind {
        /** The term ended before the report's day and no successor is on the roster. */
        TERM_ENDED("term-ended"),
        /** The term ends within the window. */
        TERM_ENDS("term-ends"),
        /** The holder must be a steward by this day and is not designated yet. */
        STEWARD_DEADLINE("steward-deadline");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Soonest first; then by role, scope, member, kind. */
    public static final Comparator<ExpiryItem> ORDER = Comparator.comparing(ExpiryItem::due)
            .thenComparing(ExpiryItem::role)
            .thenComparing(ExpiryItem::scope)
            .thenComparing(ExpiryItem::member)
            .thenComparing(ExpiryItem::kind)
            .thenComparing(ExpiryItem::at);

    public ExpiryItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(electionBy, "electionBy");
        Objects.requireNonNull(noticeBy, "noticeBy");
        Objects.requireNonNull(stewardBy, "stewardBy");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }
}
