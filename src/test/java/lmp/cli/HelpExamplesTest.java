package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every example in every command's --help, and every {@code java -jar target/lmp.jar ...} line of the
 * README, run against a copy of the shipped examples/: an example that names a missing file, an
 * option that does not exist or a value that is refused fails here. An example ends in "# exit N"
 * when it is meant to exit N (a check that finds the planted problems); otherwise it must exit 0.
 * Output redirections ({@code > file}) and pipes are left out; {@code < file} becomes standard input.
 */
class HelpExamplesTest {
    @TempDir
    Path tmp;

    private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)");

    /**
     * One workspace for all, in the order of the command model, so a later example may use what an
     * earlier one made (election new writes the election file that election check reads).
     */
    @TestFactory
    Stream<DynamicTest> everyHelpExampleRuns() {
        List<DynamicTest> tests = new ArrayList<>();
        Path[] workspace = new Path[1];
        collect(Lmp.newCommandLine(Cli.standard().environment()), tests, workspace);
        return tests.stream();
    }

    private void collect(CommandLine cl, List<DynamicTest> into, Path[] workspace) {
        String name = cl.getCommandSpec().qualifiedName();
        for (String example : HelpLayout.examples(cl)) {
            into.add(DynamicTest.dynamicTest(name + ": " + example, () -> {
                if (workspace[0] == null) workspace[0] = workspace("help");
                check(name, example, workspace[0]);
            }));
        }
        cl.getSubcommands().forEach((key, sub) -> {
            if (key.equals(sub.getCommandName())) collect(sub, into, workspace);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleRuns() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        Path[] workspace = new Path[1];
        for (String line : lines) {
            int at = line.indexOf("java -jar target/lmp.jar ");
            if (at < 0 || !line.startsWith("    ") && !line.startsWith("mvn") && !line.startsWith("0 ")) continue;
            String example = "lmp " + line.substring(at + "java -jar target/lmp.jar ".length()).replace("`", "");
            tests.add(DynamicTest.dynamicTest(example, () -> {
                if (workspace[0] == null) workspace[0] = workspace("readme");
                check("README", example, workspace[0]);
            }));
        }
        assertThat(tests).as("README examples found").hasSizeGreaterThan(10);
        return tests.stream();
    }

    private Path workspace(String name) throws IOException {
        Path w = tmp.resolve(name);
        Path examples = Path.of("examples");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path p : files.toList()) {
                Path target = w.resolve(p.toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return w;
    }

    private void check(String where, String example, Path workspace) throws IOException {
        int expected = 0;
        Matcher exit = EXIT.matcher(example);
        if (exit.find()) expected = Integer.parseInt(exit.group(1));
        List<String> words = words(example.substring(example.indexOf("lmp ")));
        List<String> args = new ArrayList<>();
        String stdin = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("|") || w.equals(">") || w.equals("#") || w.equals(")") || w.equals("&&") || w.equals(";")) break;
            if (w.equals("<")) {
                stdin = Files.readString(workspace.resolve(words.get(++i)));
                continue;
            }
            args.add(looksLikePath(w) ? workspace.resolve(w).toString() : w);
        }
        Cli cli = stdin == null ? Cli.standard() : Cli.standard().withStdin(stdin);
        Cli.Result r = cli.execute(args.toArray(String[]::new));
        String command = commandPath(args);
        assertThat(r.exit()).as("%s: %s%nstdout:%n%s%nstderr:%n%s", where, example, r.out(), r.err()).isEqualTo(expected);
        assertThat(r.err()).as("%s: %s", where, example).doesNotContain("Exception", "\tat ");
    }

    private static String commandPath(List<String> args) {
        List<String> path = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) continue;
            if (path.size() == 2 || a.contains("/") || a.contains(".")) break;
            path.add(a);
        }
        return String.join(" ", path);
    }

    private static boolean looksLikePath(String w) {
        if (w.startsWith("-") || w.startsWith("~") || w.startsWith("/")) return false;
        return w.contains("/") || w.matches(".*\\.(yaml|yml|csv|blt|json|ics|md|html|pdf)$");
    }

    /** Splits a command line as a POSIX shell would (quotes, but no expansions); '#' starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                words.add("#");
                break;
            } else if (c == ')' && inWord) {
                words.add(w.toString());
                words.add(")");
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(w.toString());
        return words;
    }
}
