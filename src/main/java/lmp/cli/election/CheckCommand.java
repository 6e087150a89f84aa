package lmp.cli.election;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.CheckItem;
import lmp.election.CheckStep;
import lmp.election.ElectionState;
import lmp.election.Election;
import lmp.io.InputFile;
import lmp.roster.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code lmp election check}: the dated compliance checklist of an election. */
@Command(name = "check",
        description = {"Check an election against the LMRDA and the role policy, as of a day.",
                "Rules: notice 15 days ahead "
                + "(mail ballots 15 days before the return deadline), the membership list open for the 30 days before "
                + "the election (mail: before the ballots are mailed), candidate eligibility (co-lead: steward within six "
                + "months), candidates on release time, officials who are candidates, unopposed candidates, at most three "
                + "years since the last election, run-off notice, records kept one year after the count, roster unchanged. "
                + "Each line cites its source: 'legal requirement' for an LMRDA officer's election, 'best practice (LMRDA "
                + "standard)' for a partnership role's (docs/elections.md, Which law applies). Exit 1 when anything fails."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election check examples/elections/icu-co-lead/icu-2026.yaml --as-of 2026-10-02",
            "  lmp election check examples/elections/icu-co-lead/icu-2026.yaml --as-of 2026-10-02 --format json"})
public final class CheckCommand extends ElectionBaseCommand {
    /** Created on first use, so that --help and --version never load Jackson databind. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--roster", paramLabel = "ROSTER.yaml", description = "Judge against this roster. Default: the one the election file names.")
    String rosterPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    AsOfOption asOf;

    @Mixin
    PolicyOption policy;

    @Option(names = "--record", description = "Append the check to the audit log (by default check writes nothing).")
    boolean record;

    @Override
    public Integer call() {
        json = format == CheckCommand.Format.json;
        return record ? locked(electionPath, this::check) : guarded(this::check);
    }

    private int check() {
        Loaded l = load(electionPath);
        InputFile[] rosterFile = new InputFile[1];
        Roster roster = roster(l, Optional.ofNullable(rosterPath), rosterFile);
        LocalDate day = asOf(asOf.value());
        ElectionState s = state(l, List.of());
        CheckStep.Checked c = CheckStep.run(s, roster, rosterFile[0], l.relative(Path.of(rosterFile[0].name())), day,
                terms(policy.value()), record);
        if (format == Format.json) {
            out().print(json(l.election(), day, c.items(), c.violations(), c.due()));
        } else {
            out().print(text(l.election(), day, c.items(), c.violations(), c.due()));
        }
        out().flush();
        if (record) {
            json = false; // the report above is the data; the record adds nothing to print
            commit(l, s, c.outcome(), asOf.value());
        }
        return c.violations() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static String text(Election e, LocalDate day, List<CheckItem> items, long violations, long due) {
        StringBuilder sb = new StringBuilder();
        sb.append("Compliance check: ").append(e.count().title()).append(" (").append(e.office().kind().id()).append(' ')
                .append(e.office().scope()).append("), as of ").append(day).append('\n');
        for (CheckItem i : items) {
            sb.append(String.format(Locale.ROOT, "  %-4s  %-15s %-10s  %s  [%s]%n", i.status().name(), i.rule(),
                    i.date().map(LocalDate::toString).orElse("-"), i.message(), i.source()));
        }
        long warnings = items.stream().filter(i -> i.status() == CheckItem.Status.WARN).count();
        sb.append(violations == 0 ? "No violations" : violations + " violation(s)").append(due > 0 ? ", " + due + " item(s) due" : "")
                .append(warnings > 0 ? ", " + warnings + " warning(s)" : "").append(".\n");
        return sb.toString();
    }

    static String json(Election e, LocalDate day, List<CheckItem> items, long violations, long due) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("election", e.count().title());
        doc.put("office", e.office().kind().id());
        doc.put("scope", e.office().scope());
        doc.put("as_of", day.toString());
        doc.put("violations", violations);
        doc.put("due", due);
        doc.put("items", items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", i.rule());
            m.put("status", i.status().id());
            m.put("date", i.date().map(LocalDate::toString).orElse(null));
            m.put("message", i.message());
            m.put("source", i.source());
            return m;
        }).toList());
        return Json.MAPPER.writeValueAsString(doc) + "\n";
    }
}
