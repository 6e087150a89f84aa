package lmp.cli.election;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.count.report.ReportFormat;
import lmp.count.report.TallyReport;
import lmp.count.formats.BallotCsv;
import lmp.election.BallotAccounting;
import lmp.election.ElectionState;
import lmp.election.Recount;
import lmp.election.StepOutcome;
import lmp.election.TallyStep;
import lmp.io.InputFile;
import lmp.io.Node;
import lmp.io.OutputException;
import lmp.io.YamlTree;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tally of an administered election (an election file with an {@code office}, as made by
 * {@code lmp election new}): the count report of the counting engine, followed by the ballot
 * accounting (turnout, challenged, spoiled and blank ballots, check-off reconciliation), and a
 * record in the audit log with the SHA-256 of every file counted.
 */
final class ElectionTally {
    /** Made on first use: only the JSON report needs Jackson databind (docs/install.md, "Start-up"). */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private ElectionTally() {
    }

    /** Whether the YAML file is an administered election: its 'office' is a mapping, as 'election new' writes it. */
    static boolean administered(InputFile file) {
        Node root = YamlTree.parse(file);
        return root instanceof Node.MapNode m && m.get("office").filter(o -> o instanceof Node.MapNode).isPresent();
    }

    static int run(TallyCommand cmd, String file, Optional<ReportFormat> format, Optional<String> outDir, boolean force,
                   Optional<java.time.LocalDate> asOf) {
        // A failure under --format json is the JSON error object; success prints the report itself.
        cmd.json = format.filter(f -> f == ReportFormat.JSON).isPresent();
        return cmd.locked(file, () -> tally(cmd, file, format, outDir, force, asOf));
    }

    private static int tally(TallyCommand cmd, String file, Optional<ReportFormat> format, Optional<String> outDir, boolean force,
                             Optional<java.time.LocalDate> asOf) {
        ElectionBaseCommand.Loaded l = cmd.load(file);
        ElectionState s = cmd.state(l, List.of());
        boolean toFiles = outDir.isPresent() && !"-".equals(outDir.get());
        List<ReportFormat> formats = format.map(List::of).orElse(List.of(ReportFormat.values()));
        if (toFiles) {
            for (ReportFormat f : formats) {
                Path target = Path.of(outDir.get()).resolve("tally." + f.extension());
                if (Files.exists(target) && !force) throw new OutputException(target + ": already exists; use --force to overwrite it");
            }
        }
        lmp.cli.Progress reading = cmd.progress();
        java.util.function.LongConsumer rowsRead = reading.visible() ? reading::advance : BallotCsv.Options.NOBODY;
        TallyStep.Tallied t = TallyStep.run(s, rowsRead, c -> {
            List<StepOutcome.Write> writes = new ArrayList<>();
            if (toFiles) {
                for (ReportFormat f : formats) {
                    writes.add(new StepOutcome.Write(l.relative(Path.of(outDir.get()).resolve("tally." + f.extension())),
                            render(f, report(c), c.accounting()).getBytes(StandardCharsets.UTF_8), false));
                }
            }
            return writes;
        });
        reading.done();
        if (!toFiles) cmd.printOut(render(format.orElse(ReportFormat.TEXT), report(t.counted()), t.counted().accounting()));
        cmd.json = false;
        cmd.commit(l, s, t.outcome(), asOf);
        return t.counted().result().complete() ? lmp.cli.ExitCode.OK : lmp.cli.ExitCode.TIE_UNRESOLVED;
    }

    private static TallyReport report(Recount.Counted c) {
        List<TallyReport.Input> refs = c.ballotFiles().stream().map(f -> new TallyReport.Input(f.getKey(), f.getValue().sha256())).toList();
        return new TallyReport(c.title(), refs, c.result());
    }

    static String render(ReportFormat f, TallyReport report, BallotAccounting a) {
        String body = f.render(report);
        Map<String, Object> m = a.asMap();
        return switch (f) {
            case TEXT -> body + "\nBallot accounting (29 CFR 452.106, 452.108):\n" + lines(m, "  %-22s %s%n")
                    + warnings(a, "  warning: %s%n");
            case MARKDOWN -> body + "\n## Ballot accounting (29 CFR 452.106, 452.108)\n\n| | |\n|---|---:|\n" + lines(m, "| %s | %s |%n")
                    + warnings(a, "\n> warning: %s%n");
            case HTML -> body.replace("</body>", "<h2>Ballot accounting (29 CFR 452.106, 452.108)</h2>\n<table>\n"
                    + lines(m, "<tr><td>%s</td><td>%s</td></tr>%n") + "</table>\n" + warnings(a, "<p><strong>warning:</strong> %s</p>%n")
                    + "</body>");
            case JSON -> {
                ObjectNode n = (ObjectNode) Json.MAPPER.readTree(body);
                n.set("accounting", Json.MAPPER.valueToTree(m));
                n.set("warnings", Json.MAPPER.valueToTree(a.warnings()));
                yield Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
            }
            case CSV -> body;
        };
    }

    private static String lines(Map<String, Object> m, String pattern) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, pattern, k.replace('_', ' '), v)));
        return sb.toString();
    }

    private static String warnings(BallotAccounting a, String pattern) {
        StringBuilder sb = new StringBuilder();
        a.warnings().forEach(w -> sb.append(String.format(java.util.Locale.ROOT, pattern, w)));
        return sb.toString();
    }
}
