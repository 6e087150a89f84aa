package lmp.cli.roster;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import lmp.cli.BaseCommand;
import lmp.cli.OutputFileOptions;
import lmp.io.AtomicFiles;
import lmp.roster.Roster;
import lmp.roster.formats.RosterCsv;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp roster export}: the whole roster as CSV, JSON or canonical YAML. */
@Command(name = "export",
        description = "Write the whole roster (roster name, councils, UBTs, members, roles) as CSV, JSON or canonical YAML. "
            + "The CSV has a 'record' column saying what each row is, and imports back unchanged with 'lmp roster "
            + "import'. CSV cells a spreadsheet would run as a formula (= + - @) are prefixed with an apostrophe.",
        footerHeading = "%nExamples:%n",
        footer = {"  lmp roster export examples/roster.yaml --format csv -o roster.csv",
            "  lmp roster export examples/roster.yaml --format json | jq '.members | length'",
            "  lmp roster export examples/roster.yaml -o roster.yaml --force"})
public final class ExportCommand extends BaseCommand {
    enum Format { yaml, csv, json }

    @Parameters(index = "0", paramLabel = "ROSTER", description = "The roster YAML (or JSON) file; '-' reads standard input.")
    String roster;

    @Option(names = "--format", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class, 
            description = "yaml (default) | csv | json. yaml is the canonical roster file.")
    Format format = Format.yaml;

    @Mixin
    OutputFileOptions output;

    @Override
    public Integer call() {
        Roster r = RosterYaml.read(readInput(roster)).orThrow();
        writeOutput(output.target(), output.force(), AtomicFiles.Privacy.PERSONAL, out -> {
            switch (format) {
                case yaml -> RosterYaml.write(r, out);
                case json -> out.write(JsonText.of(RosterYaml.toDocument(r)).getBytes(StandardCharsets.UTF_8));
                case csv -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    RosterCsv.write(r, w);
                    w.flush();
                }
            }
        });
        return 0;
    }
}
