package lmp.terms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lmp.roster.Member;
import lmp.roster.Role;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;

/**
 * Release time for payroll coordination: each holder of a role on any day of a month, with the
 * days of the month they held it and the role's entitlement under the policy (the guide "How Our Kaiser Partnership Works": a co-lead
 * at least one shift a month plus the UBT meeting; a steward-council chair four hours a month
 * besides the meetings; labor partners and contract specialists on full release; IAs and APRs paid
 * by the LMP trust fund). The entitlement is the policy's monthly amount, not prorated: a holder
 * for part of a month is listed with the days held so payroll can decide.
 */
public final class ReleaseTimeReport {
    /** One holder's entitlement for the month; {@code from}..{@code to} are the days held within it. */
    public record Entry(String member, String memberName, Role role, String scope, LocalDate from, LocalDate to,
                        ReleaseTime releaseTime, String source) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::role).thenComparing(Entry::scope)
            .thenComparing(Entry::member).thenComparing(Entry::from);

    private ReleaseTimeReport() {
    }

    public static List<Entry> of(Roster roster, TermsPolicy policy, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Entry> out = new ArrayList<>();
        for (RoleAssignment a : roster.roles()) {
            boolean startsAfter = a.start().isAfter(last);
            boolean endsBefore = a.end().map(e -> e.isBefore(first)).orElse(false);
            if (startsAfter || endsBefore) continue;
            LocalDate from = a.start().isAfter(first) ? a.start() : first;
            LocalDate to = a.end().filter(e -> e.isBefore(last)).orElse(last);
            RolePolicy p = policy.of(a.role());
            String name = roster.member(a.memberId()).map(Member::name).orElse("");
            out.add(new Entry(a.memberId(), name, a.role(), a.scope(), from, to, p.releaseTime(), p.source(RolePolicy.RELEASE_TIME)));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
