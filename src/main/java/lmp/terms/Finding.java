package lmp.terms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import lmp.io.Location;
import lmp.io.Severity;
import lmp.roster.Role;

/**
 * One rule a roster breaks as of a day: who (member id and name, absent for a vacant seat), which
 * role in which scope, the term's dates, {@code date} (the day the rule bites: the limit passed, the
 * deadline missed, or the day judged), what is wrong, the rule in words and its source (a seed, a
 * statute, or the line of the union's policy file), and where in the roster to look.
 */
public record Finding(
        Severity severity,
        FindingKind kind,
        Optional<String> member,
        String memberName,
        Role role,
        String scope,
        Optional<LocalDate> start,
        Optional<LocalDate> end,
        LocalDate date,
        String message,
        String rule,
        String source,
        Location at) {

    /** Errors first, then by kind, role, scope, member and date: the same order for the same roster. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::role)
            .thenComparing(Finding::scope)
            .thenComparing(f -> f.member().orElse(""))
            .thenComparing(Finding::date)
            .thenComparing(Finding::at);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
