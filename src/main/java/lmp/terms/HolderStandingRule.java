package lmp.terms;

import java.util.List;
import java.util.Optional;
import lmp.io.Severity;
import lmp.roster.Member;
import lmp.roster.MemberStatus;
import lmp.roster.RoleAssignment;

/**
 * A role is held by a member on the roster who is active and in good standing, on every day of the
 * term. Checked for terms held on the day judged: a holder not on the roster, inactive, or not in
 * good standing is an error; a holder on leave is a warning (the role may need an acting holder).
 * Good standing is dated by {@link GoodStanding} (dues paid through, with the policy's grace).
 * Sources: the built-in role policy (only working members hold roles) and LMRDA 401(e), which ties
 * the right to hold office to good standing (law for officers, best practice for other roles).
 */
public final class HolderStandingRule implements TermRule {
    static final String ACTIVE_SOURCE = DefaultPolicy.NAME + ": a role is held by a working member of the union";

    @Override
    public void check(TermCheck c, List<Finding> findings) {
        for (RoleAssignment a : c.roster().roles()) {
            if (!a.isHeldOn(c.asOf())) continue;
            Optional<Member> m = c.member(a);
            if (m.isEmpty()) {
                findings.add(c.about(a, Severity.ERROR, FindingKind.HOLDER_NOT_ON_ROSTER, c.asOf(),
                        "member " + a.memberId() + " holds " + TermCheck.seat(a) + " but is not on the roster",
                        "a role holder is a member on the roster", ACTIVE_SOURCE));
                continue;
            }
            if (m.get().status() != MemberStatus.ACTIVE) {
                boolean leave = m.get().status() == MemberStatus.ON_LEAVE;
                findings.add(c.about(a, leave ? Severity.WARNING : Severity.ERROR, FindingKind.HOLDER_NOT_ACTIVE, c.asOf(),
                        "holder is " + m.get().status().id() + " on " + c.asOf()
                                + (leave ? "; name an acting holder if the role is not being done" : "; fill the seat"),
                        "a role holder is an active member", ACTIVE_SOURCE));
            }
            GoodStanding standing = c.policy().goodStanding();
            if (!standing.test(m.get(), c.asOf())) {
                RolePolicy p = c.policy().of(a.role());
                findings.add(c.about(a, Severity.ERROR, FindingKind.HOLDER_NOT_IN_GOOD_STANDING, c.asOf(),
                        "holder is not in good standing on " + c.asOf() + ": " + standing.why(m.get(), c.asOf()),
                        "a role holder is a member in good standing",
                        p.law("LMRDA 401(e); 29 CFR 452.35-452.37") + "; dues grace: " + standing.source()));
            }
        }
    }
}
