package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built archive (target/lmp-VERSION.tar.gz), unpacked and run as a user would: from another
 * directory, through a symlink, with a real JVM and class-data sharing. Run by failsafe in
 * {@code mvn verify}, after {@code package}; skipped when the archive has not been built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageIT {
    Path dir;
    Path home;
    String version;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    void unpack(@TempDir Path temporary) throws Exception {
        dir = temporary;
        version = VersionProvider.version();
        Path archive = Path.of("target/lmp-" + version + ".tar.gz");
        assumeTrue(Files.isRegularFile(archive), "no " + archive + "; run mvn package first");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", dir.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        home = dir.resolve("lmp-" + version);
    }

    private Result run(Path command, Path workingDirectory, Map<String, String> extra, String... args) throws Exception {
        List<String> commandLine = Stream.concat(Stream.of(command.toString()), Stream.of(args)).toList();
        ProcessBuilder pb = new ProcessBuilder(commandLine).directory(workingDirectory.toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(extra);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A report sent to a full disk is not a success: /dev/full fails every write with ENOSPC. */
    @Test
    void aReportThatCannotBeWrittenToStandardOutputExits73() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full on this system");
        for (String command : new String[] {"terms policy", "--version"}) {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec \"$0\" " + command + " > /dev/full",
                    home.resolve("bin/lmp").toString()).directory(dir.toFile());
            pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
            Path err = dir.resolve("err-full.txt");
            Process p = pb.redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(command).isEqualTo(ExitCode.CANNOT_WRITE);
            assertThat(Files.readString(err)).as(command).contains("lmp: could not write all of standard output");
        }
    }

    @Test
    void archiveHoldsLauncherJarCompletionManPagesReadmeAndLicense() {
        assertThat(home.resolve("bin/lmp")).isExecutable();
        assertThat(home.resolve("lib/lmp.jar")).isRegularFile();
        assertThat(home.resolve("completion/lmp.bash")).isRegularFile();
        assertThat(home.resolve("completion/_lmp")).isRegularFile();
        assertThat(home.resolve("completion/lmp.fish")).isRegularFile();
        assertThat(home.resolve("man/man1/lmp.1")).content().contains(".TH \"LMP\" \"1\"");
        assertThat(home.resolve("man/man1/lmp-completion.1")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        // what the docs cite: the examples and every image; the licences of every bundled library
        assertThat(home.resolve("examples/roster.yaml")).isRegularFile();
        assertThat(home.resolve("examples/elections/icu-co-lead/run.sh")).isExecutable();
        assertThat(home.resolve("docs/bargaining-2021-chart.png")).isRegularFile();
        assertThat(home.resolve("THIRD-PARTY.txt")).content().contains("tools.jackson.core:jackson-databind:",
                "ch.qos.logback:logback-classic:", "org.apache.pdfbox:pdfbox:", "info.picocli:picocli:",
                "org.mnode.ical4j:ical4j:", "org.apache.commons:commons-csv:");
        for (String format : new String[] {"roster", "election", "policy", "plan", "mapping", "config"}) {
            assertThat(home.resolve("man/man5/lmp-" + format + ".5")).content().contains(".TH \"LMP\\-" + format.toUpperCase(java.util.Locale.ROOT) + "\" \"5\"");
        }
        assertThat(home.resolve("man/man1/lmp-roster-list.1")).content().contains(".SH \"ENVIRONMENT\"", ".SH \"FILES\"", ".SH \"SEE ALSO\"", "lmp\\-roster(5)");
    }

    @Test
    void runsFromAnotherDirectoryAndThroughASymlinkWithSharing() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        var first = run(home.resolve("bin/lmp"), elsewhere, Map.of(), "--version");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("lmp " + version + "\n");
        assertThat(first.err()).isEmpty();
        try (Stream<Path> archives = Files.list(dir.resolve("cache/lmp"))) {
            assertThat(archives.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jsa");
        }

        Path pathDir = Files.createDirectories(dir.resolve("path-bin"));
        Files.createSymbolicLink(pathDir.resolve("lmp"), home.resolve("bin/lmp"));
        var viaLink = run(pathDir.resolve("lmp"), elsewhere, Map.of(), "completion", "fish");
        assertThat(viaLink.exit()).isZero();
        assertThat(viaLink.out()).isEqualTo(Files.readString(home.resolve("completion/lmp.fish")));
        assertThat(viaLink.err()).isEmpty();
    }

    @Test
    void usageErrorsKeepTheirExitCodeThroughTheLauncher() throws Exception {
        var r = run(home.resolve("bin/lmp"), dir, Map.of("LMP_CDS", "off"), "--frobnicate");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown option");
    }


    /**
     * The jar leaves out ical4j's java.time zone-rules provider (pom.xml, shade filters): a plan names
     * a time zone, and with the provider registered the JVM would start ical4j, its zone database and
     * Logback to validate it. Calendars are still written.
     */
    @Test
    void aPlanWithATimeZoneLoadsNoCalendarOrLoggingLibraryUntilACalendarIsWritten() throws Exception {
        Path log = dir.resolve("validate-classes.txt");
        var validate = run(home.resolve("bin/lmp"), home, Map.of("LMP_CDS", "off", "LMP_JAVA_OPTS",
                "-Xlog:class+load:file=" + log), "bargaining", "validate", "examples/bargaining-2021/plan.yaml",
                "--as-of", "2021-04-19");
        assertThat(validate.exit()).as(validate.err()).isZero();
        assertThat(Files.readString(log)).contains("lmp.bargaining.formats.PlanYaml")
                .doesNotContain("net.fortuna.ical4j.", "ch.qos.logback.");
        Path out = dir.resolve("calendar");
        var ics = run(home.resolve("bin/lmp"), home, Map.of(), "bargaining", "timeline",
                "examples/bargaining-2021/plan.yaml", "--as-of", "2021-04-19", "--format", "ics", "--out", out.toString());
        assertThat(ics.exit()).as(ics.err()).isZero();
        assertThat(out.resolve("kp-alliance-2021.ics")).content().startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    }
}
