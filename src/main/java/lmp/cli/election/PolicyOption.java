package lmp.cli.election;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: the union's role policy (terms, credentials, grace periods), as for 'lmp terms'. */
public final class PolicyOption {
    @Option(names = "--policy", paramLabel = "POLICY",
            description = "The union's role policy (YAML, see docs/terms.md) for terms and the steward grace period; "
                    + "overrides the built-in defaults field by field.")
    String policyFile;

    public Optional<String> value() {
        return Optional.ofNullable(policyFile);
    }
}
