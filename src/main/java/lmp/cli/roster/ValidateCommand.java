package lmp.cli.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.cli.BaseCommand;
import lmp.cli.ExitCode;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problem;
import lmp.roster.Roster;
import lmp.roster.RosterRules;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp roster validate}: every problem of a roster, located, in one run. */
@Command(name = "validate",
        description = "Check a roster and report every problem with its file and line: unreadable YAML, unknown keys, bad "
            + "dates, an end before a start, unknown role names, duplicate ids, unknown UBTs, councils, scopes or "
            + "members, and two holders of a one-holder role at once. Exit 0 when clean, 65 when there are "
            + "problems.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster validate examples/roster.yaml",
            "  lmp roster validate --format json examples/roster.yaml > problems.json",
            "  lmp roster validate - < examples/roster.yaml"})
public final class ValidateCommand extends BaseCommand {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML (or JSON) file; '-' reads standard input.")
    String roster;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", preprocessor = lmp.cli.FormatAliases.class, 
            description = "text (default) | json. text: problems on stderr, a summary on stdout; json: a report on stdout.")
    Format format;

    @Override
    public Integer call() {
        InputFile file = readInput(roster);
        Parsed<Roster> read = RosterYaml.readRecords(file);
        List<Problem> problems = new ArrayList<>(read.problems());
        read.value().ifPresent(r -> problems.addAll(RosterRules.check(r)));
        problems.sort(java.util.Comparator.comparing(Problem::location));
        long errors = problems.stream().filter(Problem::isError).count();
        if (format == Format.json) {
            out().print(JsonText.of(json(file, read, problems, errors)));
            out().flush();
        } else {
            report(problems);
            if (errors == 0) {
                Roster r = read.value().orElseThrow();
                out().println(file.name() + ": ok: " + count(r.members().size(), "member") + ", " + count(r.ubts().size(), "UBT")
                        + ", " + count(r.councils().size(), "council") + ", " + count(r.roles().size(), "role assignment"));
                out().flush();
            } else {
                note(file.name() + ": " + errors + (errors == 1 ? " problem" : " problems"));
            }
        }
        return errors == 0 ? ExitCode.OK : ExitCode.DATA_ERROR;
    }

    private static Map<String, Object> json(InputFile file, Parsed<Roster> read, List<Problem> problems, long errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.name());
        m.put("sha256", file.sha256());
        m.put("valid", errors == 0);
        read.value().ifPresent(r -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("members", r.members().size());
            counts.put("ubts", r.ubts().size());
            counts.put("councils", r.councils().size());
            counts.put("roles", r.roles().size());
            m.put("counts", counts);
        });
        m.put("problems", problems.stream().map(ValidateCommand::problem).toList());
        return m;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.source());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("severity", p.severity().label());
        m.put("message", p.message());
        return m;
    }
}
