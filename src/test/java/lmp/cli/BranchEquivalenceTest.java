package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A run builds only the branch of the command it names ({@link Lmp#forArguments}); it must answer
 * exactly as the whole tree does (same exit code, same output, same errors), for help, usage errors
 * and did-you-mean at every level, and for config files that set other commands' options.
 */
class BranchEquivalenceTest {
    private static final String HILLHEAD = "../shared/testdata/stv-glasgow-2007/Hillhead-2007.blt";

    @TempDir
    Path dir;

    static Stream<List<String>> arguments() {
        List<List<String>> all = new ArrayList<>();
        // A command given a missing file leaves its empty lock file beside it: keep it in target/.
        for (String path : Commands.allPaths()) {
            List<String> words = List.of(path.split(" "));
            all.add(words);
            all.add(with(words, "--help"));
            all.add(with(words, "-h"));
            all.add(with(words, "--frobnicate"));
            all.add(with(words, Commands.subcommands(path).isEmpty() ? "target/nosuch" : "nosuch"));
            all.add(with(with(List.of("-q"), words.toArray(String[]::new)), "--version"));
        }
        Stream.of("", "--help", "--version -q", "electon", "electon tally", "election tallly", "election tally",
                "election tally target/nosuch.blt", "-v election tally --help", "help election tally", "help electon",
                "help election tallly", "completion bash", "config list --all", "config path", "-- election",
                "election -- tally", "-x", "roster validate --frobnicate", "election tally --method nosuch x.blt",
                "election tally " + HILLHEAD, "-q election tally --format json " + HILLHEAD)
                .map(line -> line.isEmpty() ? List.<String>of() : List.of(line.split(" ")))
                .forEach(all::add);
        return all.stream();
    }

    @ParameterizedTest(name = "lmp {0}")
    @MethodSource("arguments")
    void theBranchAnswersAsTheWholeTree(List<String> arguments) {
        Cli cli = Cli.standard();
        assertThat(run(cli, arguments, true)).isEqualTo(run(cli, arguments, false));
    }

    @Test
    void configKeysOfOtherCommandsAndTyposAreCheckedAgainstTheWholeTree() throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "election.tally.format: json\nroster.export.format: csv\nterms.check.polcy: x.yaml\n");
        Cli cli = Cli.standard().withVariables(Map.of(ConfigDefaults.VARIABLE, config.toString()));
        List<String> tally = List.of("election", "tally", HILLHEAD);
        Outcome pruned = run(cli, tally, true);
        assertThat(pruned).isEqualTo(run(cli, tally, false));
        assertThat(pruned.exit()).isZero();
        assertThat(pruned.out()).startsWith("{");
        assertThat(pruned.err()).contains("config.yaml:3", "'terms.check.polcy' is not an lmp option", "terms.check.policy")
                .doesNotContain("roster.export.format");
    }

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(Cli cli, List<String> arguments, boolean branchOnly) {
        String[] args = arguments.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = branchOnly ? Lmp.forArguments(cli.environment(), args) : Lmp.newCommandLine(cli.environment());
        int exit = Lmp.withWriters(cl, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    private static List<String> with(List<String> words, String... more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of(more));
        return all;
    }
}
