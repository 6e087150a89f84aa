package lmp.cli.election;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.cli.BaseCommand;
import lmp.election.AuditTrail;
import lmp.election.Election;
import lmp.election.ElectionState;
import lmp.election.Override;
import lmp.election.Refused;
import lmp.election.StepOutcome;
import lmp.io.Location;
import lmp.election.formats.AuditLogJsonl;
import lmp.election.formats.ElectionYaml;
import lmp.io.AtomicFiles;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;

/**
 * What the election commands share: loading an election file (and the files it names, relative to
 * it), and appending a record to its audit log. Paths inside the election file and the audit log
 * are relative to the election file, so an election directory can be moved or copied whole.
 */
abstract class ElectionBaseCommand extends BaseCommand {

    /** An election file as read: where it is, its bytes (for the SHA-256) and its content. */
    record Loaded(Path file, InputFile input, Election election, lmp.io.Node tree) {
        Loaded(Path file, InputFile input, Election election) {
            this(file, input, election, lmp.io.YamlTree.parse(input));
        }

        Path dir() {
            Path parent = file.toAbsolutePath().normalize().getParent();
            return parent == null ? Path.of("").toAbsolutePath() : parent;
        }

        Path resolve(String relative) {
            return dir().resolve(relative).normalize();
        }

        /** A file named in the election file, as a path to show the user: relative to where they are when they gave one. */
        Path display(String relative) {
            Path p = file.resolveSibling(relative).normalize();
            return p.toString().isEmpty() ? Path.of(".") : p;
        }

        /** A path as the audit log and election file write it: relative to the election file, with '/'. */
        String relative(Path p) {
            return dir().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        }

        Path auditLog() {
            return resolve(election.auditLogPath());
        }
    }

    void printOut(String text) {
        out().print(text);
        out().flush();
    }

    protected Loaded load(String path) {
        if ("-".equals(path)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "ELECTION must be a file, not standard input: the files it names are found relative to it");
        }
        InputFile in = readInput(path);
        lmp.io.Node tree = lmp.io.YamlTree.parse(in);
        Parsed<Election> parsed = ElectionYaml.read(tree);
        Election e = parsed.orThrow();
        report(parsed.problems());
        return new Loaded(Path.of(path), in, e, tree);
    }

    /** The roster: the one given on the command line, or the one the election file names. */
    protected Roster roster(Loaded l, Optional<String> given, InputFile[] readOut) {
        String path = given.orElseGet(() -> l.election().roster()
                .map(r -> l.resolve(r.path()).toString())
                .orElseThrow(() -> new lmp.io.InputException(lmp.io.Problem.error(lmp.io.Location.of(l.input().name()),
                        "the election file names no roster; add 'roster: {path: ...}' or give --roster"))));
        InputFile in = readInput(path);
        readOut[0] = in;
        Parsed<Roster> parsed = RosterYaml.read(in);
        Roster r = parsed.orThrow();
        return r;
    }

    /** The role policy: the built-in defaults, overridden by the policy file when one is given (bad file: exit 65). */
    protected lmp.election.TermOfOffice terms(Optional<String> policyFile) {
        if (policyFile.isEmpty()) return lmp.election.TermOfOffice.defaults();
        Parsed<lmp.terms.TermsPolicy> parsed = lmp.terms.formats.PolicyYaml.read(readInput(policyFile.get()));
        lmp.terms.TermsPolicy policy = parsed.orThrow();
        parsed.problems().forEach(p -> note(p.render()));
        return new lmp.election.TermOfOffice(policy);
    }

    /** The audit time: the --as-of day when given, otherwise the clock's instant (UTC, whole seconds). */
    protected String auditTime(Optional<LocalDate> asOf) {
        return asOf.map(LocalDate::toString)
                .orElseGet(() -> Instant.now(env().clock()).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The key file of an election's keyed digests: {@code NAME.key} beside {@code NAME.yaml}, owner-readable only. */
    static Path keyFile(Path electionFile) {
        return electionFile.resolveSibling(baseName(electionFile) + ".key");
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Everything a step needs, read once: the files the election and its audit log name (those that
     * exist), the log, and the key; plus {@code extra} files given on the command line.
     */
    protected ElectionState state(Loaded l, List<Path> extra) {
        Election e = l.election();
        String name = l.relative(l.file());
        String logName = e.auditLogPath();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(e.count().ballots());
        e.checkoff().ifPresent(names::add);
        e.roster().ifPresent(r -> names.add(r.path()));
        Location at = Location.of(l.input().name());
        java.util.Set<String> others = new java.util.HashSet<>(names);
        others.add(name);
        others.add(l.relative(keyFile(l.file())));
        if (others.contains(logName)) {
            throw new lmp.io.InputException(lmp.io.Problem.error(at, "'audit_log' names " + logName + ", which is one of the election's "
                    + "own files; give the audit log a file name of its own"));
        }
        Path log = l.auditLog();
        boolean logExists = Files.exists(log);
        List<AuditLogJsonl.Line> lines = new ArrayList<>();
        if (logExists) {
            if (!Files.isRegularFile(log, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new lmp.io.InputException(lmp.io.Problem.error(at, logName + ": the audit log must be a plain file, not a link "
                        + "or a directory"));
            }
            lines.addAll(AuditLogJsonl.read(readInput(log.toString())));
        }
        for (AuditLogJsonl.Line line : lines) {
            line.record().ifPresent(r -> {
                r.inputs().forEach(d -> names.add(d.path()));
                r.outputs().forEach(d -> names.add(d.path()));
            });
        }
        for (Path p : extra) names.add(l.relative(p));
        names.remove(name);
        names.remove(logName);
        java.util.Map<String, InputFile> files = new java.util.LinkedHashMap<>();
        for (String n : names) {
            Path p = l.display(n);
            if (Files.isRegularFile(p)) files.put(n, readInput(p.toString()));
        }
        Optional<byte[]> key = Optional.empty();
        Path kf = keyFile(l.file());
        if (Files.isRegularFile(kf)) {
            String hex = readInput(kf.toString()).text().strip();
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new lmp.io.InputException(lmp.io.Problem.error(Location.of(kf.toString()), "the key file should hold 64 "
                        + "lower-case hex digits; restore it from the committee's copy"));
            }
            key = Optional.of(java.util.HexFormat.of().parseHex(hex));
            try {
                if (kf.getFileSystem().supportedFileAttributeViews().contains("posix")
                        && !java.util.Collections.disjoint(Files.getPosixFilePermissions(kf), java.util.EnumSet.of(
                        java.nio.file.attribute.PosixFilePermission.GROUP_READ, java.nio.file.attribute.PosixFilePermission.OTHERS_READ))) {
                    note("warning: " + kf + " can be read by others; it keeps the audit log's digests of voter-side files "
                            + "unguessable only while it is secret: chmod 600 " + kf);
                }
            } catch (java.io.IOException unreadable) {
                note("warning: cannot read the permissions of " + kf + ": " + unreadable.getMessage());
            }
        }
        return new ElectionState(name, l.input(), l.tree(), e, files, logExists, lines, key);
    }

    /**
     * Writes everything a step decided, together: its files, then its audit record and the election
     * file with the new head of the chain. Prints the step's lines (stdout) and notes (stderr).
     */
    protected void commit(Loaded l, ElectionState s, StepOutcome o, Optional<LocalDate> asOf) {
        List<PlannedWrite> writes = new ArrayList<>();
        for (StepOutcome.Write w : o.writes()) {
            writes.add(new PlannedWrite(l.display(w.path()), w.bytes(), w.personal()));
        }
        if (o.record().isPresent()) {
            AuditTrail.Appended a = AuditTrail.append(s, o.election(), o.record().get(), auditTime(asOf));
            writes.add(new PlannedWrite(l.auditLog(), a.log(), false));
            writes.add(new PlannedWrite(l.file(), a.electionFile(), true));
        }
        writeAll(writes);
        if (json) {
            Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("election", l.relative(l.file()));
            doc.put("stage", o.election().stage().id());
            doc.put("record", o.record().isPresent() ? s.log().size() + 1 : null);
            doc.put("wrote", writes.stream().map(w -> l.relative(w.target())).toList());
            doc.put("messages", o.lines());
            doc.put("notes", o.notes());
            printJson(doc);
        } else {
            for (String line : o.lines()) out().println(line);
            out().flush();
        }
        o.notes().forEach(this::note);
    }

    /** Whether the command was asked for {@code --format json}: set by the commands that offer it. */
    boolean json;

    void printJson(Object doc) {
        out().print(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        out().flush();
    }

    /** A failure as the JSON object CONVENTIONS.md defines, on stdout (the one-line problems still go to stderr). */
    private int jsonError(int exit, List<lmp.io.Problem> problems, String message) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (lmp.io.Problem p : problems) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("file", p.source());
            m.put("line", p.line() > 0 ? p.line() : null);
            m.put("column", p.column() > 0 ? p.column() : null);
            m.put("message", p.message());
            list.add(m);
        }
        if (message != null) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("file", null);
            m.put("line", null);
            m.put("column", null);
            m.put("message", message);
            list.add(m);
        }
        printJson(Map.of("error", Map.of("exit", exit, "problems", list)));
        return exit;
    }

    /** One file of a step's writes. */
    record PlannedWrite(Path target, byte[] bytes, boolean personal) {
    }

    /** The writer lock of the election this command changes, while it runs (see {@link #locked}). */
    private lmp.io.WriterLock lock;

    /**
     * The one place an election step writes: every file of the step in one transaction, so all of
     * them change or none does (under the election's writer lock when the command holds it).
     */
    void writeAll(List<PlannedWrite> writes) {
        if (writes.isEmpty()) return;
        try (lmp.io.FileTransaction tx = lock != null ? new lmp.io.FileTransaction(lock) : new lmp.io.FileTransaction()) {
            for (PlannedWrite w : writes) {
                tx.stage(w.target(), w.personal() ? AtomicFiles.Privacy.PERSONAL : AtomicFiles.Privacy.PUBLIC, out -> out.write(w.bytes()), true);
            }
            tx.commit();
        }
    }

    /** Runs a step; a refusal prints one line per reason and exits 1 with nothing written. */
    protected int guarded(java.util.function.IntSupplier step) {
        try {
            return step.getAsInt();
        } catch (Refused r) {
            report(r.problems());
            return json ? jsonError(lmp.cli.ExitCode.FINDINGS, r.problems(), null) : lmp.cli.ExitCode.FINDINGS;
        } catch (lmp.io.InputException e) {
            if (!json) throw e;
            report(e.problems());
            return jsonError(lmp.cli.ExitCode.DATA_ERROR, e.problems(), null);
        } catch (lmp.io.MissingInputException e) {
            if (!json) throw e;
            err().println(e.getMessage());
            return jsonError(lmp.cli.ExitCode.NO_INPUT, List.of(), e.getMessage());
        } catch (lmp.io.OutputException e) {
            if (!json) throw e;
            err().println(e.getMessage());
            return jsonError(lmp.cli.ExitCode.CANNOT_WRITE, List.of(), e.getMessage());
        } catch (lmp.io.BusyException e) {
            if (!json) throw e;
            err().println(e.getMessage());
            return jsonError(75, List.of(), e.getMessage());
        }
    }

    /**
     * Runs a step that changes the election under its writer lock, taken before the election is
     * read, so two tellers' commands never interleave (another holder past the wait: exit 75).
     */
    protected int locked(String electionFile, java.util.function.IntSupplier step) {
        return locked(electionFile, false, step);
    }

    /**
     * As {@link #locked(String, java.util.function.IntSupplier)}, for a step that writes the
     * election file itself ({@code creates}: 'election new'). Any other step needs the file to be
     * there, and is refused before the lock is taken, so a mistyped path leaves no lock file behind.
     */
    protected int locked(String electionFile, boolean creates, java.util.function.IntSupplier step) {
        return guarded(() -> {
            if (!creates && !"-".equals(electionFile) && Files.notExists(Path.of(electionFile))) {
                throw lmp.io.InputFile.noSuchFile(electionFile);
            }
            try (lmp.io.WriterLock l = lmp.io.WriterLock.acquire(Path.of(electionFile), lmp.io.WriterLock.DEFAULT_WAIT)) {
                lock = l;
                return step.getAsInt();
            } finally {
                lock = null;
            }
        });
    }

    /**
     * The whole of a step that needs nothing but the election itself (draw, reopen): under the lock,
     * load the election, run the domain step on its state, commit what it returns.
     */
    protected int lockedStep(String electionFile, Optional<LocalDate> asOf,
                             java.util.function.Function<ElectionState, StepOutcome> step) {
        return locked(electionFile, () -> {
            Loaded l = load(electionFile);
            ElectionState s = state(l, List.of());
            commit(l, s, step.apply(s), asOf);
            return lmp.cli.ExitCode.OK;
        });
    }

    /** Overrides given as ITEM=REASON. */
    protected List<Override> overrides(Map<String, String> given) {
        List<Override> out = new ArrayList<>();
        if (given == null) return out;
        for (Map.Entry<String, String> g : new java.util.TreeMap<>(given).entrySet()) {
            if (g.getValue() == null || g.getValue().isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--override " + g.getKey()
                        + " needs a reason: --override " + g.getKey() + "=\"REASON\"");
            }
            out.add(new Override(g.getKey().strip(), g.getValue().strip()));
        }
        return out;
    }
}
