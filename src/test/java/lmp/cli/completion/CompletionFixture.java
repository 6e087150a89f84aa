package lmp.cli.completion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A small command model shaped like lmp will be once every group has its commands (nested groups,
 * an enum option, YAML, ballot and CSV files), so the generators and the real shells can be checked
 * before those commands exist. {@code main(dir)} writes its three scripts for
 * {@code src/test/shell/completion-in-shells.sh}.
 */
final class CompletionFixture {
    private CompletionFixture() {
    }

    enum Format { text, json, csv }

    @Command(name = "lmp", mixinStandardHelpOptions = true, description = "Test root.",
            subcommands = {Election.class, Roster.class})
    static final class Root implements Callable<Integer> {
        @Option(names = {"-v", "--verbose"}, description = "Say more.")
        boolean[] verbose;

        @Option(names = "--secret", hidden = true, description = "Not for users.")
        boolean secret;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "election", description = "Run elections. Second sentence is not shown.",
            subcommands = {Tally.class, New.class, Check.class})
    static final class Election implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "tally", description = "Count the ballots: it's exact.")
    static final class Tally implements Callable<Integer> {
        @Parameters(paramLabel = "BALLOTS", description = "Ballot file.")
        String ballots;

        @Option(names = "--format", description = "Output format (default: ${DEFAULT-VALUE}).", defaultValue = "text")
        Format format;

        @Option(names = "--roster", paramLabel = "ROSTER", description = "The roster [YAML].")
        Optional<String> roster;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write.")
        Optional<String> output;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "new", description = "Create an election.")
    static final class New implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "check", description = "Check an election file.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "ELECTION", description = "Election YAML.")
        String election;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "roster", description = "Rosters.", subcommands = Import.class)
    static final class Roster implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "import", description = "Import a CSV export.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.csv", description = "The export.")
        String file;

        @Override
        public Integer call() {
            return 0;
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Root());
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        for (CompletionScripts.Shell shell : CompletionScripts.Shell.values()) {
            Files.writeString(directory.resolve(shell.fileName()),
                    CompletionScripts.script(shell, commandLine()), StandardCharsets.UTF_8);
        }
    }
}
