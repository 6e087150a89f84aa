package lmp.terms;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lmp.roster.Member;
import lmp.roster.RoleAssignment;
import lmp.roster.Roster;

/**
 * What is due within a window from a day: the terms that end in it (from the day itself to the day
 * plus the window, both included) and have no successor on the roster yet, the terms that already
 * ended without a successor, and the steward deadlines of holders with a grace period (co-leads)
 * who are not yet stewards. For an elected role the election must be held by the term's last day,
 * so the notice must be mailed by 15 days before it (LMRDA 401(e); 29 CFR 452.99); when that day
 * has passed, the earliest lawful election is 15 days after the report's day. A term whose successor
 * (possibly the same member re-elected) is already on the roster is not listed: the election has
 * been held.
 */
public final class ExpiryReport {
    private ExpiryReport() {
    }

    public static List<ExpiryItem> of(Roster roster, TermsPolicy policy, LocalDate asOf, Period within) {
        TermCheck c = TermCheck.of(roster, policy, asOf);
        LocalDate horizon = asOf.plus(within);
        List<ExpiryItem> items = new ArrayList<>();
        for (RoleAssignment a : roster.roles()) {
            Optional<LocalDate> last = policy.lastDay(a);
            if (policy.isTermed(a) && last.isPresent() && !last.get().isAfter(horizon) && c.seats().successor(a).isEmpty()) {
                items.add(termItem(c, a, last.get()));
            }
            stewardItem(c, a, horizon).ifPresent(items::add);
        }
        items.sort(ExpiryItem.ORDER);
        return List.copyOf(items);
    }

    private static ExpiryItem termItem(TermCheck c, RoleAssignment a, LocalDate last) {
        RolePolicy p = c.policy().of(a.role());
        boolean ended = last.isBefore(c.asOf());
        boolean electionOverdue = false;
        boolean elected = c.policy().capApplies(a);
        Optional<LocalDate> electionBy = Optional.empty();
        Optional<LocalDate> noticeBy = Optional.empty();
        String action;
        String source;
        if (elected) {
            LocalDate byLimit = Lmrda.nextElectionBy(a.electionDate());
            LocalDate by = byLimit.isBefore(last) ? byLimit : last;
            LocalDate notice = Lmrda.noticeBy(by);
            LocalDate earliest = c.asOf().plusDays(Lmrda.NOTICE_DAYS);
            electionBy = Optional.of(by);
            noticeBy = Optional.of(notice);
            source = p.law(Lmrda.NOTICE_SOURCE) + (by.equals(byLimit) && !by.equals(last)
                    ? "; within 3 years of the election on " + a.electionDate() + " (29 CFR 452.24)" : "");
            LocalDate termLast = last;
            last = by;
            if (ended) {
                action = "overdue: the term ended on " + termLast + "; mail the election notice now; earliest election " + earliest;
            } else if (by.isBefore(c.asOf())) {
                electionOverdue = true;
                action = "overdue: the election was due by " + by + ", 3 years after the election on " + a.electionDate()
                        + "; mail the election notice now; earliest election " + earliest;
            } else if (notice.isBefore(c.asOf())) {
                action = "hold the election by " + last + "; the notice date " + notice
                        + " has passed: mail the notice now; earliest election " + earliest;
            } else {
                action = "hold the election by " + last + "; mail the notice to every member by " + notice;
            }
        } else {
            String verb = switch (p.filledBy()) {
                case SELECTED -> "select the successor";
                case HIRED -> "renew or hire";
                default -> "fill the seat";
            };
            action = ended ? "overdue: the term ended on " + last + "; " + verb + " now" : verb + " by " + last;
            source = a.end().isPresent() ? "the term's end date on the roster" : p.source(RolePolicy.TERM);
        }
        return item(c, a, ended || electionOverdue ? ExpiryItem.Kind.TERM_ENDED : ExpiryItem.Kind.TERM_ENDS, last, action, electionBy,
                noticeBy, Optional.empty(), source);
    }

    private static Optional<ExpiryItem> stewardItem(TermCheck c, RoleAssignment a, LocalDate horizon) {
        RolePolicy p = c.policy().of(a.role());
        if (p.credential() == Credential.NONE || p.gracePeriod().isZero()) return Optional.empty();
        LocalDate deadline = CredentialRule.stewardDeadline(a, p);
        if (deadline.isAfter(horizon)) return Optional.empty();
        LocalDate judged = deadline.isAfter(c.asOf()) ? deadline : c.asOf();
        if (!a.isHeldOn(judged)) return Optional.empty();
        Optional<Member> m = c.member(a);
        if (m.isEmpty()) return Optional.empty();
        boolean met = p.credential() == Credential.STEWARD_OF_COUNCIL ? m.get().isStewardOfCouncilOn(a.scope(), judged)
                : m.get().isStewardOn(judged);
        if (met) return Optional.empty();
        String action = (deadline.isBefore(c.asOf()) ? "overdue: " : "") + "must be " + p.credential().words() + " by "
                + deadline + " (" + PeriodText.words(p.gracePeriod()) + " after taking office on " + a.start() + ")";
        return Optional.of(item(c, a, ExpiryItem.Kind.STEWARD_DEADLINE, deadline, action, Optional.empty(), Optional.empty(),
                Optional.of(deadline), p.source(RolePolicy.GRACE_PERIOD)));
    }

    private static ExpiryItem item(TermCheck c, RoleAssignment a, ExpiryItem.Kind kind, LocalDate due, String action,
                                   Optional<LocalDate> electionBy, Optional<LocalDate> noticeBy, Optional<LocalDate> stewardBy,
                                   String source) {
        String name = c.member(a).map(Member::name).orElse("");
        return new ExpiryItem(kind, a.memberId(), name, a.role(), a.scope(), a.start(), c.policy().lastDay(a), due,
                ChronoUnit.DAYS.between(c.asOf(), due), action, electionBy, noticeBy, stewardBy, source, a.origin());
    }
}
