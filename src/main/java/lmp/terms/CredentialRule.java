package lmp.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.Member;
import lmp.roster.RoleAssignment;

/**
 * A holder must have the role's credential from the steward deadline on: the day the term starts
 * plus the grace period (calendar months: a co-lead taking office on 2026-08-31 with six months'
 * grace must be a steward on 2027-02-28, {@link java.time.LocalDate#plusMonths} clamping to the
 * month's last day). Designated on the deadline day itself is in time, and on that day a holder not
 * yet designated is not reported ({@link StewardDeadline}, the rule shared with election check). With
 * no grace the deadline is the first day of the term. By default (built-in role policy): a UBT co-lead is a steward or becomes one
 * within six months; a contract specialist is a steward; a steward-council chair is a steward on
 * that council. Checked for terms held on the day judged. An error.
 */
public final class CredentialRule implements TermRule {
    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            RolePolicy p = c.policy().of(a.role());
            if (p.credential() == Credential.NONE || !a.isHeldOn(c.asOf())) continue;
            LocalDate deadline = stewardDeadline(a, p);
            Optional<Member> m = c.member(a);
            if (m.isEmpty()) continue; // reported by HolderStandingRule
            StewardDeadline.Status status = StewardDeadline.status(m.get().steward().map(s -> s.since()), deadline, c.asOf());
            if (status == StewardDeadline.Status.DUE) continue; // the deadline day itself is in time
            String rule = "a " + a.role().id() + " is " + p.credential().words()
                    + (p.gracePeriod().isZero() ? "" : " within " + PeriodText.words(p.gracePeriod()) + " of taking office");
            String source = p.source(RolePolicy.CREDENTIAL);
            boolean stewardNow = m.get().isStewardOn(c.asOf());
            if (status == StewardDeadline.Status.MET && !stewardNow) continue; // designated by the deadline, not yet in effect
            if (!stewardNow) {
                findings.add(c.about(a, Severity.ERROR, FindingKind.NOT_A_STEWARD, deadline,
                        "not a steward on " + c.asOf() + "; the steward deadline was " + deadline, rule, source));
            } else if (p.credential() == Credential.STEWARD_OF_COUNCIL && !m.get().isStewardOfCouncilOn(a.scope(), c.asOf())) {
                String council = m.get().steward().flatMap(s -> s.council()).orElse("no council");
                findings.add(c.about(a, Severity.ERROR, FindingKind.NOT_A_STEWARD_OF_THE_COUNCIL, deadline,
                        "a steward on " + council + ", not on " + a.scope(), rule, source));
            }
        }
    }

    /** The first day the holder must have the credential: start plus the grace period. */
    public static LocalDate stewardDeadline(RoleAssignment a, RolePolicy p) {
        return StewardDeadline.of(a.start(), p.gracePeriod());
    }
}
