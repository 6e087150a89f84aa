package lmp.cli.completion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import lmp.cli.Lmp;
import picocli.CommandLine;

/**
 * Regenerates the committed scripts under {@code completion/} from the current command model. Run it
 * after adding or changing a command or option: {@value #COMMAND}
 */
public final class WriteCompletionScripts {
    /** The one command that brings every generated, committed file up to date. */
    public static final String COMMAND = "mvn -B -ntp -q test-compile exec:java";

    private WriteCompletionScripts() {
    }

    static CommandLine commandModel() {
        return Lmp.newCommandLine(Cli.standard().environment());
    }

    static Path scriptFile(Path directory, CompletionScripts.Shell shell) {
        return directory.resolve(shell.fileName());
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "completion");
        Files.createDirectories(directory);
        for (CompletionScripts.Shell shell : CompletionScripts.Shell.values()) {
            Path file = scriptFile(directory, shell);
            Files.writeString(file, CompletionScripts.script(shell, commandModel()), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }
}
