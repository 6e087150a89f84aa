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
        return InputFile.read(path, env().stdin());
    }

    /** The date rules are judged on: {@code --as-of} when given, otherwise today by the environment's clock. */
    protected LocalDate asOf(Optional<LocalDate> given) {
        return given.orElseGet(() -> LocalDate.now(env().clock()));
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
    }

    protected void writeText(Optional<String> target, boolean force, AtomicFiles.Privacy privacy, String text) {
        writeOutput(target, force, privacy, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
