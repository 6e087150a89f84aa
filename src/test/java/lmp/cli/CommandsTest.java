package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command tree is written once, in {@link Commands}; these check it and the branch a run builds. */
class CommandsTest {

    @Test
    void everyListedCommandIsTheClassOfThatName() {
        for (String path : Commands.allPaths()) {
            Object command = Commands.create(path);
            CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
            assertThat(annotation).as(path).isNotNull();
            assertThat(annotation.name()).as(path).isEqualTo(path.substring(path.lastIndexOf(' ') + 1));
            assertThat(annotation.subcommands()).as(path + ": subcommands belong in Commands only").isEmpty();
        }
        assertThat(Commands.allPaths()).hasSize(29).contains("election tally", "terms release-time", "config list", "help");
    }

    @Test
    void unknownPathIsABug() {
        assertThatThrownBy(() -> Commands.create("election nosuch")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Commands.subcommands("election tally")).isEmpty();
    }

    @Test
    void wholeTreeHoldsEveryListedCommandInHelpOrder() {
        CommandLine root = Lmp.newCommandLine(Cli.standard().environment());
        List<String> built = new ArrayList<>();
        walk(root, "", built);
        assertThat(built).containsExactlyElementsOf(Commands.allPaths());
        assertThat(root.getSubcommands().keySet())
                .containsExactly("roster", "election", "terms", "bargaining", "completion", "config", "help");
    }

    @Test
    void aRunBuildsOnlyItsBranch() {
        CommandLine root = Lmp.forArguments(Cli.standard().environment(),
                new String[] {"-v", "election", "tally", "--format", "json", "x.blt"});
        List<String> built = new ArrayList<>();
        walk(root, "", built);
        assertThat(built).containsExactly("election", "election tally");
        CommandLine group = Lmp.forArguments(Cli.standard().environment(), new String[] {"terms", "--help"});
        built.clear();
        walk(group, "", built);
        assertThat(built).containsExactly("terms", "terms policy", "terms check", "terms expiring", "terms release-time");
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "election tally x.blt|election tally",
        "-v election tally --help|election tally",
        "-vv -q --stacktrace --verbose --quiet roster validate r.yaml|roster validate",
        "election --help tally|election",
        "election -v tally|election",
        "--help|''",
        "''|''",
        "electon tally|''",
        "election tallly|election",
        "-- election tally|''",
        "@args.txt|''",
        "--frobnicate election tally|''",
        "help election tally|''",
        "completion bash|''",
        "config list|''",
        "election help|election",
        "roster election|roster",
        "election tally tally|election tally",
    })
    void theBranchIsTheCommandWordsUpToTheFirstOtherWord(String arguments, String expected) {
        String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertThat(Commands.branchNamedBy(args)).isEqualTo(want);
    }

    private static void walk(CommandLine cl, String path, List<String> into) {
        cl.getSubcommands().forEach((name, sub) -> {
            String child = path.isEmpty() ? name : path + " " + name;
            into.add(child);
            walk(sub, child, into);
        });
    }
}
