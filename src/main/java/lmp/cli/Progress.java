package lmp.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar for long operations (importing 100,000 rows, tallying 100,000 ballots), drawn on
 * stderr and only for a person watching: when stderr is a terminal, {@code TERM} is not
 * {@code dumb} and {@code --quiet} was not given. Cron jobs and pipes see nothing. Colour only when
 * {@link CliEnvironment#colorAllowed()} ({@code NO_COLOR} unset). Redraws at most once per
 * thousandth of the total, so it costs nothing measurable.
 * <pre>{@code
 * Progress progress = Progress.on(env(), err(), quiet());
 * progress.start("Reading ballots", ballots.size());
 * for (...) { ...; progress.advance(1); }
 * progress.done();
 * }</pre>
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter err;
    private final boolean visible;
    private final boolean color;
    private String label = "";
    private long total;
    private long done;
    private long lastDrawn = -1;
    private int drawnLength;

    private Progress(PrintWriter err, boolean visible, boolean color) {
        this.err = err;
        this.visible = visible;
        this.color = color;
    }

    /** A progress bar for a command: drawn only when a person is watching stderr. */
    public static Progress on(CliEnvironment environment, PrintWriter err, boolean quiet) {
        boolean dumb = environment.variable("TERM").map("dumb"::equals).orElse(false);
        boolean visible = environment.stderrIsTerminal() && !dumb && !quiet;
        return new Progress(err, visible, visible && environment.colorAllowed());
    }

    /** Whether anything will be drawn. */
    public boolean visible() {
        return visible;
    }

    /** Starts (or restarts) the bar; {@code total} is the number of steps, or 0 when unknown. */
    public void start(String label, long total) {
        this.label = label;
        this.total = Math.max(0, total);
        this.done = 0;
        this.lastDrawn = -1;
        draw();
    }

    /** Records {@code steps} more steps done. */
    public void advance(long steps) {
        done += steps;
        draw();
    }

    /**
     * Starts a bar over the data rows of a CSV file: its lines less the header line (a quoted cell
     * with a line break makes the estimate high, and the bar then stops short before it is erased).
     * Counting lines costs a pass over the bytes, so it is done only when the bar will be drawn.
     */
    public void startOverCsvRows(String label, lmp.io.InputFile file) {
        if (visible) {
            start(label, Math.max(0, file.lineCount() - 1));
        }
    }

    /** Erases the bar, leaving the line clean for what follows. */
    public void done() {
        if (visible && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    private void draw() {
        if (!visible) {
            return;
        }
        long step = total > 0 ? Math.min(1000, done * 1000 / total) : done / 1000;
        if (step == lastDrawn) {
            return;
        }
        lastDrawn = step;
        String line = total > 0 ? bar() : String.format(Locale.ROOT, "%s %,d", label, done);
        int visibleLength = line.replace(GREEN, "").replace(RESET, "").length();
        String padding = " ".repeat(Math.max(0, drawnLength - visibleLength));
        err.print("\r" + line + padding);
        err.flush();
        drawnLength = visibleLength;
    }

    private String bar() {
        long shown = Math.min(done, total);
        int filled = (int) (shown * WIDTH / total);
        String full = "#".repeat(filled);
        String empty = "-".repeat(WIDTH - filled);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %,d/%,d", label,
                color ? GREEN + full + RESET : full, empty, shown * 100 / total, shown, total);
    }
}
