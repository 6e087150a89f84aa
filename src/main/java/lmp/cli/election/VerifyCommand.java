package lmp.cli.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.ElectionState;
import lmp.election.VerifyStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lmp election verify}: proves an election's record is intact, read-only (see {@link VerifyStep}).
 */
@Command(name = "verify",
        description = {"Verify an election's audit chain, files, count, certificate and roster; read-only.",
                "Checks the audit log's hash chain and its head in the election file, every file digest recorded at "
                + "intake, tally and certify, a fresh count against the tally, and the certificate and the roster's role "
                + "assignment against the recount; lists the election's history, reopenings included. Writes nothing "
                + "unless --record is given. Exit 1 if anything changed."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election verify examples/elections/icu-co-lead/icu-2026.yaml",
            "  lmp election verify examples/elections/icu-co-lead/icu-2026.yaml --format json"})
public final class VerifyCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    CheckCommand.Format format;

    @Option(names = "--record", description = "Append the verification to the audit log (by default verify writes nothing).")
    boolean record;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        json = format == CheckCommand.Format.json;
        return record ? locked(electionPath, this::verify) : guarded(this::verify);
    }

    private int verify() {
        Loaded l = load(electionPath);
        ElectionState s = state(l, List.of());
        VerifyStep.Verified v = VerifyStep.run(s, record, lmp.count.formats.BallotCsv.Options.NOBODY);
        if (format == CheckCommand.Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("election", l.election().count().title());
            doc.put("stage", l.election().stage().id());
            doc.put("verified", v.ok());
            doc.put("ok", v.confirmed());
            doc.put("changed", v.changed());
            doc.put("history", v.history());
            out().print(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        } else {
            out().println("History (" + s.election().auditLogPath() + "):");
            for (String h : v.history()) out().println("  " + h);
            for (String c : v.confirmed()) out().println("OK       " + c);
            for (String f : v.changed()) out().println("CHANGED  " + f);
            out().println(v.ok() ? "Verified: the certified result stands." : v.changed().size() + " problem(s) found.");
        }
        out().flush();
        if (record) {
            json = false; // the report above is the data; the record adds nothing to print
            commit(l, s, v.outcome(), asOf.value());
        }
        return v.ok() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
