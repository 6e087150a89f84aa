package lmp.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code -o/--output FILE} and {@code --force}, for commands that write one file (stdout by default). */
public final class OutputFileOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output ('-' for standard output). The file is written atomically.")
    String output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    public Optional<String> target() {
        return Optional.ofNullable(output);
    }

    public boolean force() {
        return force;
    }
}
