package lmp.terms.formats;

import lmp.roster.Role;
import lmp.terms.Lmrda;
import lmp.terms.PeriodText;
import lmp.terms.RolePolicy;
import lmp.terms.TermsPolicy;

/** The effective policy in words, each value with its source, for {@code lmp terms policy}. */
public final class PolicyText {
    private PolicyText() {
    }

    public static String text(TermsPolicy policy) {
        StringBuilder sb = new StringBuilder();
        sb.append("Role policy: ").append(policy.name()).append('\n');
        sb.append("LMRDA cap: every elected role is filled by an election at least every ").append(Lmrda.CAP.getYears())
                .append(" years, whatever the policy says (").append(Lmrda.CAP_SOURCE).append(");\n")
                .append("  the election notice goes to every member at least ").append(Lmrda.NOTICE_DAYS)
                .append(" days before (").append(Lmrda.NOTICE_SOURCE).append(").\n");
        for (Role r : Role.values()) {
            RolePolicy p = policy.of(r);
            sb.append("\n").append(r.id()).append(" (scope: ").append(r.scopeKind().words()).append(")\n");
            line(sb, "term", p.term().map(t -> PeriodText.words(t) + (p.termIsTypical() ? " (typical)" : " (maximum)"))
                    .orElse("none") + (p.isElected() ? "; LMRDA cap 3 years" : ""), p.source(RolePolicy.TERM));
            line(sb, "re-election", !p.reElection() ? "not allowed"
                    : "allowed" + p.maxConsecutiveTerms().map(n -> ", at most " + n + " consecutive terms").orElse(", no limit"),
                    p.source(p.reElection() ? RolePolicy.MAX_CONSECUTIVE_TERMS : RolePolicy.RE_ELECTION));
            line(sb, "credential", p.credential().words(), p.source(RolePolicy.CREDENTIAL));
            if (!p.gracePeriod().isZero()) {
                line(sb, "grace period", PeriodText.words(p.gracePeriod()) + " after taking office", p.source(RolePolicy.GRACE_PERIOD));
            }
            line(sb, "filled by", p.filledBy().id(), p.source(RolePolicy.FILLED_BY));
            line(sb, "release time", p.releaseTime().words(), p.source(RolePolicy.RELEASE_TIME));
            line(sb, "holders", p.holdersPerScope() == 0 ? "no limit per " + r.scopeKind().words()
                    : "at most " + p.holdersPerScope() + " per " + r.scopeKind().words(), p.source(RolePolicy.HOLDERS_PER_SCOPE));
            line(sb, "vacancy", p.mustBeFilled() ? "reported when no one holds it" : "not reported",
                    p.source(RolePolicy.MUST_BE_FILLED));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, String value, String source) {
        sb.append("  ").append(what).append(": ").append(value).append("  [").append(source).append("]\n");
    }
}
