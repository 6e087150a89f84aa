package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's logic (src/main/dist/bin/lmp), run by /bin/sh against a fake Java that records its
 * arguments: symlinks, JAVA_HOME and PATH, the version check, and the class-data sharing archive's
 * life cycle. The real JVM and archive are exercised by PackageIT on the built archive.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("src/main/dist/bin/lmp");
    private static final String FAKE_JAVA = """
            #!/bin/sh
            # records each run's arguments; makes the archive a training run asks for
            { echo '--- run'; for a in "$@"; do echo "$a"; done; } >> "$FAKE_JAVA_LOG"
            for a in "$@"; do
              case $a in
                -XX:ArchiveClassesAtExit=*) [ -n "${FAKE_TRAINING_FAILS:-}" ] && exit 1; echo archive > "${a#*=}" ;;
              esac
            done
            echo "fake lmp"
            """;

    @TempDir
    Path dir;
    Path home;
    Path jdk;
    Path log;
    Path cache;

    record Result(int exit, String out, String err, List<List<String>> javaRuns) {
    }

    @BeforeEach
    void install() throws IOException {
        home = dir.resolve("lmp-0.1.0");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(LAUNCHER, home.resolve("bin/lmp"));
        executable(home.resolve("bin/lmp"));
        Files.writeString(home.resolve("lib/lmp.jar"), "not really a jar");
        jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("bin/java"), FAKE_JAVA);
        executable(jdk.resolve("bin/java"));
        javaVersion("17.0.15");
        log = dir.resolve("java.log");
        cache = dir.resolve("cache");
    }

    private void javaVersion(String version) throws IOException {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result run(Path command, Map<String, String> extra, String... args) throws Exception {
        return run(dir, command.toString(), extra, args);
    }

    private Result run(Path workingDirectory, String command, Map<String, String> extra, String... args) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("/bin/sh", command));
        commandLine.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(commandLine).directory(workingDirectory.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", dir.toString());
        env.put("JAVA_HOME", jdk.toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("FAKE_JAVA_LOG", log.toString());
        env.putAll(extra);
        env.values().removeIf(String::isEmpty);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err), javaRuns());
    }

    private Result run(String... args) throws Exception {
        return run(home.resolve("bin/lmp"), Map.of(), args);
    }

    private List<List<String>> javaRuns() throws IOException {
        List<List<String>> runs = new ArrayList<>();
        if (!Files.exists(log)) {
            return runs;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.equals("--- run")) {
                runs.add(new ArrayList<>());
            } else {
                runs.get(runs.size() - 1).add(line);
            }
        }
        Files.delete(log);
        return runs;
    }

    private String jar() throws IOException {
        return home.toRealPath().resolve("lib/lmp.jar").toString();
    }

    @Test
    void runsTheJarThroughASymlinkFromAnotherDirectoryWithArgumentsIntact() throws Exception {
        Path onPath = dir.resolve("somewhere/bin");
        Files.createDirectories(onPath);
        Files.createSymbolicLink(onPath.resolve("lmp"), home.resolve("bin/lmp"));
        var r = run(onPath.resolve("lmp"), Map.of("LMP_CDS", "off"), "roster", "validate", "my roster.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("fake lmp\n");
        assertThat(r.javaRuns()).hasSize(1);
        assertThat(r.javaRuns().get(0)).containsSubsequence("-cp", jar(), "lmp.cli.Main", "roster", "validate", "my roster.yaml");
        assertThat(r.javaRuns().get(0)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void runsWhenStartedAsShLmpInsideItsBinDirectory() throws Exception {
        var r = run(home.resolve("bin"), "lmp", Map.of("LMP_CDS", "off"), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.javaRuns().get(0)).containsSubsequence("-cp", jar());
    }

    @Test
    void findsJavaOnPathWithoutJavaHome() throws Exception {
        var r = run(home.resolve("bin/lmp"), Map.of("JAVA_HOME", "", "PATH", jdk.resolve("bin") + ":/usr/bin:/bin",
                "LMP_CDS", "off"), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.javaRuns()).hasSize(1);
    }

    @Test
    void javaOlderThan17IsRefusedWithAClearMessage() throws Exception {
        javaVersion("11.0.2");
        var r = run("--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Java 17 or newer is needed", "11.0.2", "JAVA_HOME");
        assertThat(r.javaRuns()).isEmpty();
        javaVersion("1.8.0_372");
        assertThat(run("--version").err()).contains("Java 17 or newer is needed", "1.8.0_372");
    }

    @Test
    void aJavaHomeWithoutJavaIsAClearMessageNotSilentlyPassedOver() throws Exception {
        var r = run(home.resolve("bin/lmp"), Map.of("JAVA_HOME", "/opt/no-such-jdk", "PATH", jdk.resolve("bin") + ":/usr/bin:/bin"),
                "--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("JAVA_HOME is set to '/opt/no-such-jdk', but there is no /opt/no-such-jdk/bin/java");
    }

    @Test
    void noJavaAtAllIsAClearMessage() throws Exception {
        var r = run(home.resolve("bin/lmp"), Map.of("JAVA_HOME", "", "PATH", "/nonexistent"), "--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no java was found", "JAVA_HOME");
    }

    @Test
    void firstRunTrainsTheArchiveAndLaterRunsUseIt() throws Exception {
        var first = run("roster", "--help");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("fake lmp\n"); // the training run's output is not shown
        assertThat(first.javaRuns()).hasSize(2);
        assertThat(first.javaRuns().get(0)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("lmp")))
                .contains("lmp.cli.StartupTraining");
        String archive = first.javaRuns().get(1).stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .orElseThrow().substring("-XX:SharedArchiveFile=".length());
        assertThat(Path.of(archive)).exists().hasParent(cache.resolve("lmp"));

        var second = run("roster", "--help");
        assertThat(second.javaRuns()).hasSize(1);
        assertThat(second.javaRuns().get(0)).contains("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aChangedJarOrJavaGetsANewArchive() throws Exception {
        run("roster", "--help");
        // a jar from another build: another time (and size) than the one the archive was made for
        Files.setLastModifiedTime(home.resolve("lib/lmp.jar"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(run("roster", "--help").javaRuns()).hasSize(2);
        assertThat(run("roster", "--help").javaRuns()).hasSize(1);
        javaVersion("17.0.16");
        assertThat(run("roster", "--help").javaRuns()).hasSize(2);
    }

    @Test
    void withoutAWritableCacheLmpRunsWithoutSharingAndSaysNothing() throws Exception {
        Files.writeString(cache, "a file where the cache directory should be");
        var r = run("roster", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.javaRuns()).hasSize(1);
        assertThat(r.javaRuns().get(0)).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aFailedTrainingRunLeavesNoArchiveAndLmpStillRuns() throws Exception {
        var r = run(home.resolve("bin/lmp"), Map.of("FAKE_TRAINING_FAILS", "1"), "roster", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("fake lmp\n");
        assertThat(r.javaRuns()).hasSize(2);
        assertThat(r.javaRuns().get(1)).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        try (var files = Files.list(cache.resolve("lmp"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void lmpCdsOffNeitherTrainsNorUsesAnArchive() throws Exception {
        var r = run(home.resolve("bin/lmp"), new HashMap<>(Map.of("LMP_CDS", "off")), "roster", "--help");
        assertThat(r.javaRuns()).hasSize(1);
        assertThat(r.javaRuns().get(0)).noneMatch(a -> a.contains("Archive"));
        assertThat(cache).doesNotExist();
    }

    @Test
    void versionAloneNeedsNoArchive() throws Exception {
        for (String version : List.of("--version", "-V")) {
            var r = run(version);
            assertThat(r.exit()).isZero();
            assertThat(r.javaRuns()).hasSize(1);
            assertThat(r.javaRuns().get(0)).noneMatch(a -> a.contains("Archive"))
                    .containsSubsequence("-XX:TieredStopAtLevel=1", "-cp", jar(), "lmp.cli.Main", version);
        }
        assertThat(cache).doesNotExist();
        // with anything else it is an ordinary command: trained and archived on first use
        assertThat(run("--version", "-q").javaRuns()).hasSize(2);
    }
}
