package lmp.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lmp.io.AtomicFiles;
import lmp.io.InputFile;
import lmp.io.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its writers, the environment, reading inputs (or stdin for {@code -}),
 * the {@code --as-of} default, and writing outputs atomically (or to stdout for {@code -}).
 * Commands parse options, call the domain, and render; nothing else.
 */
@picocli.CommandLine.Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true)
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Lmp root() {
        return (Lmp) spec.root().userObject();
    }

    protected CliEnvironment env() {
        return root().environment();
    }

    protected boolean quiet() {
        return root().quiet();
    }

    protected boolean verbose() {
        return root().verbosity() > 0;
    }

    protected InputFile readInput(String path) {
        long start = System.nanoTime();
        InputFile file = InputFile.read(path, env().stdin());
        if (root().verbosity() > 0) {
            verbose("read " + file.name() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")"
                    + (root().verbosity() > 1 ? " in " + millis(start) + " ms" : ""));
        }
        return file;
    }

    /** A line on stderr at -v: what lmp read, decided or wrote. Never data, never at the default level. */
    protected void verbose(String message) {
        if (root().verbosity() > 0) {
            err().println("lmp: " + message);
            err().flush();
        }
    }

    /** A rule choice or a default taken, shown at -v ("as of 2026-06-15 (today; give --as-of in scripts)"). */
    protected void decided(String message) {
        verbose("decided: " + message);
    }

    /** A timing at -vv: "{@code what} took N ms" since {@code startNanos}. */
    protected void timing(String what, long startNanos) {
        if (root().verbosity() > 1) {
            err().println("lmp: " + what + " took " + millis(startNanos) + " ms");
            err().flush();
        }
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * The status line for a file written: "wrote FILE" on stderr (never stdout, which carries data),
     * unless -q; at -v with its size and SHA-256.
     */
    protected void wrote(Path file) {
        if (quiet()) {
            return;
        }
        String detail = "";
        if (root().verbosity() > 0) {
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(file);
                detail = " (" + bytes.length + " bytes, SHA-256 " + InputFile.sha256Hex(bytes) + ")";
            } catch (IOException e) {
                detail = " (could not be read back: " + e.getMessage() + ")";
            }
        }
        err().println("wrote " + file + detail);
        err().flush();
    }

    /** The date rules are judged on: {@code --as-of} when given, otherwise today by the environment's clock. */
    protected LocalDate asOf(Optional<LocalDate> given) {
        if (given.isPresent()) {
            decided("dates judged as of " + given.get() + " (--as-of)");
            return given.get();
        }
        LocalDate today = LocalDate.now(env().clock());
        decided("dates judged as of " + today + " (today; give --as-of in scripts so results are reproducible)");
        return today;
    }

    /** A progress bar on stderr for long work, drawn only when a person is watching (see {@link Progress}). */
    public Progress progress() {
        return Progress.on(env(), err(), quiet());
    }

    /** Prints located problems, one per line, to stderr. */
    protected void report(List<Problem> problems) {
        for (Problem p : problems) {
            err().println(p.render());
        }
        err().flush();
    }

    /** A note on stderr unless --quiet. */
    protected void note(String message) {
        if (!quiet()) {
            err().println(message);
            err().flush();
        }
    }

    /**
     * Writes an output: to stdout when {@code target} is absent or {@code -}, otherwise atomically to
     * the file (refusing to replace an existing file unless {@code force}).
     */
    protected void writeOutput(Optional<String> target, boolean force, AtomicFiles.Privacy privacy, AtomicFiles.Body body) {
        if (target.isEmpty() || "-".equals(target.get())) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try {
                body.writeTo(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out().print(buffer.toString(StandardCharsets.UTF_8));
            out().flush();
            return;
        }
        AtomicFiles.write(Path.of(target.get()), force, privacy, body);
        wrote(Path.of(target.get()));
    }

    protected void writeText(Optional<String> target, boolean force, AtomicFiles.Privacy privacy, String text) {
        writeOutput(target, force, privacy, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
