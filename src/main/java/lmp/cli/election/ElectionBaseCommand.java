package lmp.cli.election;

import java.nio.charset.StandardCharsets;
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
import lmp.election.AuditRecord;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.Election;
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
    record Loaded(Path file, InputFile input, Election election) {
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

    void printErr(String line) {
        err().println(line);
        err().flush();
    }

    /** Reads a file named by the election (package access for the counting helper). */
    InputFile readFile(String path) {
        return readInput(path);
    }

    protected Loaded load(String path) {
        if ("-".equals(path)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "ELECTION must be a file, not standard input: the files it names are found relative to it");
        }
        InputFile in = readInput(path);
        Parsed<Election> parsed = ElectionYaml.read(in);
        Election e = parsed.orThrow();
        report(parsed.problems());
        return new Loaded(Path.of(path), in, e);
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

    protected static FileDigest digest(Loaded l, Path file, String sha256) {
        return new FileDigest(l.relative(file), sha256);
    }

    protected static FileDigest digestOf(Loaded l, Path file) {
        try {
            return digest(l, file, InputFile.sha256Hex(Files.readAllBytes(file)));
        } catch (java.io.IOException e) {
            // Recorded, not ignored: the audit log says "missing" for a file that could not be read.
            return digest(l, file, "missing");
        }
    }

    /** Appends one record to the election's audit log (created on first use), rewriting it atomically. */
    protected AuditRecord audit(Loaded l, String command, Optional<LocalDate> asOf, List<FileDigest> inputs,
                                List<FileDigest> outputs, Map<String, Object> result) {
        Path log = l.auditLog();
        List<AuditLogJsonl.Line> lines = new ArrayList<>();
        String existing = "";
        if (Files.exists(log)) {
            InputFile in = readInput(log.toString());
            existing = in.text();
            lines.addAll(AuditLogJsonl.read(in));
        }
        AuditRecord r = AuditLogJsonl.next(lines, auditTime(asOf), command, inputs, outputs, result);
        String body = existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + AuditLogJsonl.line(r) + "\n";
        AtomicFiles.write(log, true, AtomicFiles.Privacy.PUBLIC, o -> o.write(body.getBytes(StandardCharsets.UTF_8)));
        return r;
    }
}
