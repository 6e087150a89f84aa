package lmp.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exit codes, following sysexits(3) so that scripts and cron can tell failures apart. The one
 * place they are defined; {@code --help} and the README list them from here.
 */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Findings reported on request (e.g. violations with --fail-on, a compliance check that failed). */
    public static final int FINDINGS = 1;
    /** Usage error: unknown option, missing argument, bad option value. */
    public static final int USAGE = 2;
    /** A tie that the user asked to have reported rather than drawn by lot (tally --tie stop). */
    public static final int TIE_UNRESOLVED = 3;
    /** EX_DATAERR: input data is invalid. */
    public static final int DATA_ERROR = 65;
    /** EX_NOINPUT: an input file is missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** EX_SOFTWARE: an internal error, a bug in lmp. */
    public static final int INTERNAL = 70;
    /** EX_CANTCREAT: an output file cannot be written. */
    public static final int CANNOT_WRITE = 73;
    /** EX_TEMPFAIL: another lmp is changing the same roster or election file; nothing was changed, try again. */
    public static final int BUSY = 75;

    private ExitCode() {
    }

    /** Code to description, in the order shown by --help. */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" 0", "OK.");
        m.put(" 1", "Findings reported on request (--fail-on, failed check or verify).");
        m.put(" 2", "Usage error (unknown option, bad value).");
        m.put(" 3", "A tie was found and --tie stop asked to report it rather than draw a lot.");
        m.put("65", "Invalid input data (each problem printed as file:line: message).");
        m.put("66", "An input file is missing or unreadable.");
        m.put("70", "Internal error (a bug; rerun with --stacktrace and report it).");
        m.put("73", "An output file or standard output cannot be written (exists without --force, permissions, disk full).");
        m.put("75", "Busy: another lmp is changing the same roster or election file; nothing was changed, try again.");
        return m;
    }
}
