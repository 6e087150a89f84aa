package lmp.cli.election;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: the union's role policy (terms, credentials, grace periods), as for 'lmp terms'. */
public final class PolicyOption {
    @Option(names = "--policy", paramLabel = "POLICY",
            description = "The union's role policy (YAML, see docs/terms.md): which offices are LMRDA officers, terms, "
                    + "the steward grace period, good standing, members on leave; overrides the built-in role policy field by field.")
    String policyFile;

    public Optional<String> value() {
        return Optional.ofNullable(policyFile);
    }
}
