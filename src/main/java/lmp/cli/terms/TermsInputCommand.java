package lmp.cli.terms;

import lmp.cli.BaseCommand;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import lmp.terms.DefaultPolicy;
import lmp.terms.TermsPolicy;
import lmp.terms.formats.PolicyYaml;
import picocli.CommandLine.Option;

/** What the terms commands share: {@code --policy FILE} and reading the roster and the policy. */
abstract class TermsInputCommand extends BaseCommand {
    @Option(names = "--policy", paramLabel = "POLICY",
            description = "The union's role policy (YAML, see docs/terms.md); overrides the built-in defaults field by field.")
    String policyFile;

    /** The effective policy: the defaults, overridden by --policy when given. Bad files exit 65 with located problems. */
    protected TermsPolicy policy() {
        if (policyFile == null) {
            decided("role policy: the built-in defaults (no --policy)");
            return DefaultPolicy.policy();
        }
        TermsPolicy policy = accept(PolicyYaml.read(readInput(policyFile)));
        decided("role policy: " + policyFile + " over the built-in defaults ('" + policy.name() + "')");
        return policy;
    }

    protected Roster roster(String path) {
        InputFile file = readInput(path);
        return accept(RosterYaml.read(file));
    }

    /** The value, after noting warnings on stderr (suppressed by -q so cron stays silent); errors exit 65. */
    private <T> T accept(Parsed<T> parsed) {
        T value = parsed.orThrow();
        for (Problem p : parsed.problems()) {
            note(p.render());
        }
        return value;
    }
}
