package lmp.cli.roster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.cli.BaseCommand;
import lmp.cli.ExitCode;
import lmp.cli.Progress;
import lmp.io.AtomicFiles;
import lmp.io.FileTransaction;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.io.WriterLock;
import lmp.roster.Roster;
import lmp.roster.RosterMerge;
import lmp.roster.RosterRules;
import lmp.roster.formats.RosterCsvMapping;
import lmp.roster.formats.RosterSources;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code lmp roster import}: merge CSV exports and roster files into a roster YAML, by member id. */
@Command(name = "import",
        description = "Merge CSV exports (UTF-8 with or without BOM; comma, semicolon or tab) and roster YAML/JSON files "
            + "into a roster, matching members by id, UBTs and councils by id, and roles by member, role, scope and "
            + "start. Reports what is added, updated, unchanged and rejected. Only the columns a CSV has are "
            + "changed; nothing is removed. Any rejected row stops the import (nothing is written) unless "
            + "--skip-rejected. A column that is not a roster column stops it too: map or ignore it with --mapping "
            + "(see docs/roster.md).",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster import examples/roster.csv --into roster.yaml --dry-run",
            "  lmp roster import examples/import/hr-export.csv --mapping examples/import/hr-mapping.yaml --into examples/roster.yaml --dry-run",
            "  lmp roster import examples/roster.csv --into new-roster.yaml --format json"})
public final class ImportCommand extends BaseCommand {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Sources: CSV exports (.csv), or roster files (.yaml, .yml or .json); '-' reads CSV from standard input.")
    List<String> sources;

    @Option(names = "--into", required = true, paramLabel = "ROSTER",
            description = "The roster YAML to merge into; created when it does not exist. It is rewritten atomically "
                + "(through a symbolic link to its target), under a lock: a second import into the same roster "
                + "waits up to 10 s, then exits 75 having changed nothing.")
    String into;

    @Option(names = "--mapping", paramLabel = "MAP.yaml",
            description = "Mapping file (YAML) from roster columns to the CSV's own column names, and columns to ignore.")
    String mapping;

    @Option(names = "--dry-run", description = "Show every change and write nothing.")
    boolean dryRun;

    @Option(names = "--skip-rejected", description = "Write the accepted records even when some are rejected (exit 0).")
    boolean skipRejected;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", preprocessor = lmp.cli.FormatAliases.class, 
            description = "text (default) | json. The report on stdout.")
    Format format;

    @Override
    public Integer call() {
        if ("-".equals(into)) {
            throw new ParameterException(spec.commandLine(), "--into needs a file name, not '-': the roster is rewritten in place");
        }
        Path target = Path.of(into);
        // The lock is taken before the roster is read: two imports must never both merge into the
        // same old roster and each write their own (a lost update). A dry run writes nothing.
        try (WriterLock lock = dryRun ? null : WriterLock.acquire(target, WriterLock.DEFAULT_WAIT)) {
            return importInto(target, lock);
        }
    }

    private int importInto(Path target, WriterLock lock) {
        boolean exists = Files.exists(target);
        InputFile baseFile = exists ? readInput(into) : null;
        Roster base = exists ? RosterYaml.read(baseFile).orThrow() : Roster.of("", List.of(), List.of(), List.of(), List.of());
        boolean comments = exists && hasComments(baseFile.bytes());
        RosterCsvMapping map = mapping == null ? RosterCsvMapping.none() : RosterCsvMapping.read(readInput(mapping));
        decided(exists ? "merging into " + into + " by member id" : into + " does not exist; a new roster is made");
        // Records are merged as they are read, so 132,000 rows never sit in memory twice.
        RosterMerge.Merger merger = RosterMerge.start(base);
        List<Problem> rejected = new ArrayList<>();
        Progress reading = progress();
        for (String source : sources) {
            InputFile file = readInput(source);
            if (RosterSources.isYaml(source)) {
                reading.start("Importing " + source, 0); // records are not one a line: show a count
            } else {
                reading.startOverCsvRows("Importing " + source, file);
            }
            rejected.addAll(RosterSources.read(file, map, record -> {
                merger.add(record);
                reading.advance(1);
            }));
        }
        reading.done();
        RosterMerge.Result result = merger.result();
        rejected.addAll(result.rejected());
        rejected.sort(Comparator.comparing(Problem::location));
        List<Problem> warnings = RosterRules.check(result.roster()).stream()
                .map(p -> Problem.warning(p.location(), p.message())).toList();
        boolean blocked = !rejected.isEmpty() && !skipRejected;
        boolean write = !dryRun && !blocked && (result.changed() || !exists);
        if (write) {
            try (FileTransaction tx = new FileTransaction(lock)) {
                tx.stage(target, AtomicFiles.Privacy.PERSONAL, out -> RosterYaml.write(result.roster(), out), true);
                tx.commit();
            }
        }
        if (format == Format.json) {
            out().print(JsonText.of(json(result, rejected, warnings, write)));
        } else {
            text(result, rejected, warnings, write, blocked);
        }
        out().flush();
        if (write && comments) {
            note("note: " + into + " was rewritten in canonical form; its comments were not kept");
        }
        return blocked ? ExitCode.DATA_ERROR : ExitCode.OK;
    }

    private void text(RosterMerge.Result result, List<Problem> rejected, List<Problem> warnings, boolean write, boolean blocked) {
        report(rejected);
        report(warnings);
        String state = dryRun ? "dry run, nothing written" : blocked ? "nothing written: " + rejected.size()
                + " rejected (fix them, or pass --skip-rejected)" : write ? "written" : "no changes, not rewritten";
        out().println(into + " (" + state + ")");
        for (RosterMerge.Kind kind : RosterMerge.Kind.values()) {
            int added = result.count(kind, RosterMerge.Action.ADDED);
            int updated = result.count(kind, RosterMerge.Action.UPDATED);
            int unchanged = result.count(kind, RosterMerge.Action.UNCHANGED);
            if (added + updated + unchanged > 0) {
                out().println(String.format(java.util.Locale.ROOT, "  %-8s %d added, %d updated, %d unchanged",
                        label(kind) + ":", added, updated, unchanged));
            }
        }
        out().println("  rejected: " + rejected.size());
        if (dryRun || verbose()) {
            for (RosterMerge.Change c : result.changes()) {
                StringBuilder sb = new StringBuilder();
                sb.append(c.action() == RosterMerge.Action.ADDED ? "added " : "updated ").append(label(c.kind()))
                        .append(' ').append(c.key()).append(" (").append(c.source().render()).append(')');
                for (RosterMerge.FieldChange f : c.fields()) {
                    sb.append("\n    ").append(f.field()).append(": '").append(f.before()).append("' -> '").append(f.after()).append('\'');
                }
                out().println(sb);
            }
        }
    }

    private static String label(RosterMerge.Kind kind) {
        return switch (kind) {
            case ROSTER -> "roster";
            case COUNCIL -> "council";
            case UBT -> "ubt";
            case MEMBER -> "member";
            case ROLE -> "role";
        };
    }

    private Map<String, Object> json(RosterMerge.Result result, List<Problem> rejected, List<Problem> warnings, boolean write) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("into", into);
        m.put("dry_run", dryRun);
        m.put("written", write);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (RosterMerge.Kind kind : RosterMerge.Kind.values()) {
            Map<String, Object> c = new LinkedHashMap<>();
            for (RosterMerge.Action a : RosterMerge.Action.values()) {
                c.put(a.name().toLowerCase(java.util.Locale.ROOT), result.count(kind, a));
            }
            counts.put(label(kind), c);
        }
        m.put("counts", counts);
        m.put("rejected", rejected.stream().map(ValidateCommand::problem).toList());
        m.put("warnings", warnings.stream().map(ValidateCommand::problem).toList());
        m.put("changes", result.changes().stream().map(c -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", label(c.kind()));
            x.put("key", c.key());
            x.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
            x.put("source", c.source().render());
            x.put("fields", c.fields().stream().map(f -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("field", f.field());
                fm.put("before", f.before());
                fm.put("after", f.after());
                return fm;
            }).toList());
            return x;
        }).toList());
        return m;
    }

    /** Whether a line starts with '#' (after blanks): a YAML comment, which rewriting the file drops. */
    private static boolean hasComments(byte[] text) {
        boolean lineStart = true;
        for (byte b : text) {
            if (b == '#' && lineStart) return true;
            if (b == '\n') lineStart = true;
            else if (b != ' ' && b != '\t') lineStart = false;
        }
        return false;
    }
}
