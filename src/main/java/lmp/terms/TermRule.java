package lmp.terms;

import java.util.List;

/** One rule of {@link TermRules}: adds a finding for each place the roster breaks it as of the check's day. */
public interface TermRule {
    void check(TermCheck check, List<Finding> findings);
}
