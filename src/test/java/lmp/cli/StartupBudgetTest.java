package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up targets (issues 7 and 14): lmp builds the model of the commands on the branch it runs,
 * so nothing in a command class may initialise a heavy library before the command runs, and a count
 * of a BLT file needs no JSON, YAML, logging, PDF or calendar library at all. A {@code static final
 * JsonMapper} field in a command class, for one, costs ~50 ms and ~700 classes on every lmp run,
 * even {@code lmp --version}. This runs lmp in a fresh JVM and lists the classes it initialised.
 */
class StartupBudgetTest {
    /** Libraries a command must load only when it uses them. */
    private static final List<String> HEAVY = List.of(
            "tools.jackson.", "ch.qos.logback.", "net.fortuna.ical4j.", "org.apache.pdfbox.", "org.apache.commons.csv.");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--version", "roster --help", "-q --version",
        "election tally ../shared/testdata/stv-glasgow-2007/Hillhead-2007.blt",
        "bargaining deadlines --expires 2021-09-30 --health-care"})
    void helpAndVersionLoadNoHeavyLibrary(String arguments) throws Exception {
        assertNoneInitialised(arguments, HEAVY);
    }

    /** Commands that read YAML need Jackson's parser, but not its object mapper, logging, PDF or calendars. */
    @ParameterizedTest
    @ValueSource(strings = {"election tally examples/elections/icu-co-lead/election.yaml",
        "terms check examples/roster.yaml --as-of 2026-06-15", "roster validate examples/roster.yaml"})
    void readingYamlLoadsNoObjectMapper(String arguments) throws Exception {
        assertNoneInitialised(arguments, List.of("tools.jackson.databind.", "ch.qos.logback.", "net.fortuna.ical4j.",
                "org.apache.pdfbox."));
    }

    private void assertNoneInitialised(String arguments, List<String> libraries) throws Exception {
        Path log = dir.resolve("classes.txt");
        List<String> command = Stream.concat(Stream.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+init=info:file=" + log, "-XX:TieredStopAtLevel=1",
                        "-cp", System.getProperty("java.class.path"), "lmp.cli.Main"),
                Stream.of(arguments.split(" "))).toList();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        List<String> loaded = Files.readAllLines(log).stream() // "... 911 Initializing 'lmp/cli/X'(no method) ..."
                .filter(line -> line.contains(" Initializing '"))
                .map(line -> line.replaceFirst("^.* Initializing '", "").replaceFirst("'.*$", "").replace('/', '.'))
                .toList();
        assertThat(loaded).as("lmp %s ran", arguments).anyMatch(name -> name.startsWith("lmp.cli.Main"));
        for (String heavy : libraries) {
            int first = indexOfFirst(loaded, heavy);
            String culprit = first < 0 ? "" : loaded.subList(0, first).stream()
                    .filter(name -> name.startsWith("lmp.")).reduce((a, b) -> b).orElse("?");
            assertThat(first).as("lmp %s initialised %s, which it does not use (right after %s). Find the "
                    + "class that initialises it (e.g. a static final JsonMapper field) and create it lazily, e.g. "
                    + "in a holder class: private static final class Json { static final JsonMapper MAPPER = ...; }",
                    arguments, heavy, culprit).isEqualTo(-1);
        }
    }

    private static int indexOfFirst(List<String> loaded, String prefix) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
