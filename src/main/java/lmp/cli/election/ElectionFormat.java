package lmp.cli.election;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the election commands that change an election (CONVENTIONS: data on stdout, status on stderr). */
public final class ElectionFormat {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json: what the step did, or on failure {\"error\": {\"exit\", \"problems\"}}. Default: ${DEFAULT-VALUE}.")
    CheckCommand.Format format = CheckCommand.Format.text;

    boolean json() {
        return format == CheckCommand.Format.json;
    }
}
