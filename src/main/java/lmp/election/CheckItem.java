package lmp.election;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the compliance checklist: which rule, whether it is met, the date it turns on, what
 * was found and the legal source.
 */
public record CheckItem(String rule, Status status, Optional<LocalDate> date, String message, String source) {

    public enum Status {
        /** The rule is met. */
        PASS,
        /** The rule is broken: a violation. */
        FAIL,
        /** Not yet done, and still on time: it must be done by {@code date}. */
        DUE,
        /** Not a violation, but something the administrator should act on. */
        WARN,
        /** For information; nothing to do. */
        INFO;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CheckItem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    public boolean isViolation() {
        return status == Status.FAIL;
    }
}
