package lmp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import lmp.cli.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same inputs and options give the same bytes: every output format of every command, run twice and
 * under other default time zones (UTC, Pacific/Honolulu) and locales (en_US, de_DE with its decimal
 * comma, tr_TR with its dotless i). The JVM defaults are changed around the in-process run and
 * always restored.
 */
class DeterminismTest {

    /** The environments each command runs in; the first is the reference. */
    private static final List<Environment> ENVIRONMENTS = List.of(
            new Environment("UTC", Locale.US),
            new Environment("UTC", Locale.US),
            new Environment("Pacific/Honolulu", Locale.GERMANY),
            new Environment("UTC", Locale.forLanguageTag("tr-TR")),
            new Environment("Pacific/Honolulu", Locale.forLanguageTag("tr-TR")),
            new Environment("Asia/Kolkata", Locale.forLanguageTag("ar-EG")));

    record Environment(String zone, Locale locale) {
    }

    static Stream<Arguments> outputs() {
        List<Arguments> a = new ArrayList<>();
        String election = "examples/elections/icu-co-lead/election.yaml";
        String blt = "examples/ballots/steward-council.blt";
        String csv = "examples/elections/icu-co-lead/ballots.csv";
        String plan = "examples/bargaining-2021/plan.yaml";
        a.add(Arguments.of("tally election file, all formats", new String[] {"election", "tally", election, "--out", "{out}"}));
        a.add(Arguments.of("tally BLT STV, all formats", new String[] {"election", "tally", blt, "--out", "{out}"}));
        a.add(Arguments.of("tally BLT Meek, all formats", new String[] {"election", "tally", blt, "--method", "meek", "--out", "{out}"}));
        a.add(Arguments.of("tally CSV, all formats", new String[] {"election", "tally", csv, "--out", "{out}"}));
        for (String f : List.of("text", "json", "csv", "markdown", "html")) {
            a.add(Arguments.of("tally BLT --format " + f + " to stdout", new String[] {"election", "tally", blt, "--format", f}));
        }
        a.add(Arguments.of("bargaining timeline, all formats", new String[] {"bargaining", "timeline", plan, "--out", "{out}",
            "--as-of", "2021-06-01"}));
        a.add(Arguments.of("bargaining timeline, no --as-of", new String[] {"bargaining", "timeline", plan, "--out", "{out}"}));
        a.add(Arguments.of("bargaining validate", new String[] {"bargaining", "validate", plan, "--as-of", "2021-04-19"}));
        for (String f : List.of("text", "json", "ics")) {
            a.add(Arguments.of("bargaining deadlines --format " + f, new String[] {"bargaining", "deadlines", "--expires",
                "2025-09-30", "--health-care", "--as-of", "2025-06-01", "--format", f}));
        }
        String roster = "examples/roster.yaml";
        for (String f : List.of("csv", "json", "yaml")) {
            a.add(Arguments.of("roster export --format " + f, new String[] {"roster", "export", roster, "--format", f}));
            a.add(Arguments.of("roster export --format " + f + " -o FILE", new String[] {"roster", "export", roster, "--format", f,
                "-o", "{out}/roster." + f}));
        }
        for (String f : List.of("table", "csv", "json")) {
            a.add(Arguments.of("roster list --format " + f, new String[] {"roster", "list", roster, "--format", f, "--as-of", "2026-06-15"}));
        }
        for (String f : List.of("text", "json")) {
            a.add(Arguments.of("roster validate --format " + f, new String[] {"roster", "validate", "examples/terms/roster-with-problems.yaml",
                "--format", f}));
        }
        a.add(Arguments.of("roster import", new String[] {"roster", "import", "examples/roster.csv", "--into", "{out}/roster.yaml"}));
        a.add(Arguments.of("roster import with a mapping", new String[] {"roster", "import", "examples/import/hr-export.csv",
            "--mapping", "examples/import/hr-mapping.yaml", "--into", "{out}/roster.yaml"}));
        String problems = "examples/terms/roster-with-problems.yaml";
        String policy = "examples/terms/policy.yaml";
        for (String f : List.of("text", "json", "csv")) {
            a.add(Arguments.of("terms check --format " + f, new String[] {"terms", "check", problems, "--as-of", "2026-06-15",
                "--policy", policy, "--format", f}));
            a.add(Arguments.of("terms expiring --format " + f, new String[] {"terms", "expiring", roster, "--within", "365d",
                "--as-of", "2026-06-15", "--format", f}));
        }
        for (String f : List.of("table", "csv", "json")) {
            a.add(Arguments.of("terms release-time --format " + f, new String[] {"terms", "release-time", roster, "--month", "2026-07",
                "--policy", policy, "--format", f}));
        }
        for (String f : List.of("text", "json", "yaml")) {
            a.add(Arguments.of("terms policy --format " + f, new String[] {"terms", "policy", "--policy", policy, "--format", f}));
        }
        return a.stream();
    }

    /** The whole example election (new, check, ballots, intake, tally, certify, verify): every file and all output. */
    @org.junit.jupiter.api.Test
    void theWholeElectionGivesTheSameBytesInEveryTimeZoneAndLocale(@TempDir Path tmp) throws IOException {
        Map<String, String> reference = null;
        for (int i = 0; i < ENVIRONMENTS.size(); i++) {
            Environment env = ENVIRONMENTS.get(i);
            Path w = tmp.resolve("run" + i);
            Files.createDirectories(w);
            TimeZone zone = TimeZone.getDefault();
            Locale locale = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            List<String> printed;
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(env.zone()));
                Locale.setDefault(env.locale());
                printed = ElectionSecrecyTest.runWholeElection(w);
            } finally {
                TimeZone.setDefault(zone);
                Locale.setDefault(locale);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
            Map<String, String> outputs = new TreeMap<>();
            outputs.put("<printed>", String.join("\n", printed).replace(w.toString(), "{w}"));
            try (Stream<Path> files = Files.walk(w)) {
                files.filter(Files::isRegularFile).forEach(p -> outputs.put(w.relativize(p).toString(), read(p).replace(w.toString(), "{w}")));
            }
            if (reference == null) reference = outputs;
            else assertThat(outputs).as("the election run in %s", env).containsExactlyEntriesOf(reference);
        }
    }

    /** Import from several files: the roster written does not depend on the order the files are given in. */
    @org.junit.jupiter.api.Test
    void importingSeveralFilesGivesTheSameRosterInAnyOrder(@TempDir Path tmp) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/roster.csv"));
        String header = lines.get(0);
        StringBuilder structure = new StringBuilder(header).append('\n');
        StringBuilder members = new StringBuilder(header).append('\n');
        StringBuilder roles = new StringBuilder(header).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            StringBuilder to = l.startsWith("member,") ? members : l.startsWith("role,") ? roles : structure;
            to.append(l).append('\n');
        }
        Files.writeString(tmp.resolve("a.csv"), structure);
        Files.writeString(tmp.resolve("b.csv"), members);
        Files.writeString(tmp.resolve("c.csv"), roles);
        List<List<String>> orders = List.of(List.of("a", "b", "c"), List.of("c", "b", "a"), List.of("b", "a", "c"));
        String reference = null;
        for (int i = 0; i < orders.size(); i++) {
            List<String> args = new ArrayList<>(List.of("roster", "import"));
            for (String f : orders.get(i)) args.add(tmp.resolve(f + ".csv").toString());
            args.addAll(List.of("--into", tmp.resolve("out" + i + ".yaml").toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as("order %s: %s", orders.get(i), r.err()).isZero();
            String written = Files.readString(tmp.resolve("out" + i + ".yaml"));
            if (reference == null) reference = written;
            else assertThat(written).as("roster imported in order %s", orders.get(i)).isEqualTo(reference);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void sameInputsGiveTheSameBytesInEveryTimeZoneAndLocale(String name, String[] args, @TempDir Path tmp) {
        Map<String, String> reference = null;
        for (int i = 0; i < ENVIRONMENTS.size(); i++) {
            Map<String, String> outputs = runIn(ENVIRONMENTS.get(i), args, tmp.resolve("run" + i));
            if (reference == null) {
                reference = outputs;
                assertThat(outputs).as("the command wrote something").isNotEmpty();
                assertThat(String.join("", outputs.values())).isNotBlank();
                continue;
            }
            assertThat(outputs).as("outputs in %s", ENVIRONMENTS.get(i)).containsExactlyEntriesOf(reference);
        }
    }

    /** Runs lmp with the JVM's default zone and locale set, and gives stdout and every file written. */
    private static Map<String, String> runIn(Environment env, String[] args, Path out) {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Cli.Result r;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(env.zone()));
            Locale.setDefault(env.locale());
            String[] actual = new String[args.length];
            for (int i = 0; i < args.length; i++) actual[i] = args[i].replace("{out}", out.toString());
            r = Cli.run(actual);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
        assertThat(r.exit()).as("exit in %s; stderr: %s", env, r.err()).isIn(0, 1, 65);
        Map<String, String> outputs = new TreeMap<>();
        outputs.put("<exit>", Integer.toString(r.exit()));
        outputs.put("<stderr>", r.err().replace(out.toString(), "{out}"));
        // Notes name the output directory, which differs per run; they are not an output.
        outputs.put("<stdout>", r.out().replace(out.toString(), "{out}"));
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                files.filter(Files::isRegularFile).forEach(p -> outputs.put(out.relativize(p).toString(), read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outputs;
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
