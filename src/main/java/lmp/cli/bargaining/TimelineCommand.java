package lmp.cli.bargaining;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lmp.bargaining.Plan;
import lmp.bargaining.formats.PlanCalendar;
import lmp.bargaining.formats.PlanChart;
import lmp.bargaining.formats.PlanCsv;
import lmp.bargaining.formats.PlanJson;
import lmp.bargaining.formats.PlanMarkdown;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.io.AtomicFiles;
import lmp.io.OutputDirectory;
import lmp.io.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp bargaining timeline PLAN --out DIR}: calendar, agenda, CSV and chart from one plan. */
@Command(name = "timeline",
        description = {"Turn a bargaining plan into files people use: an iCalendar file to import (stable UIDs, so "
                + "re-importing a revised plan updates events), a Markdown agenda, a CSV and a JSON file of every dated "
                + "item and an HTML page with an SVG timeline. Every output shows the statutory deadlines (NLRA 8(d), 8(g)).",
                "Files are named after the plan id (PLAN-ID.ics, .md, .csv, .html, .json). The plan is checked first: "
                        + "errors exit 65 and nothing is written; warnings are printed. 'wrote FILE' lines go to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp bargaining timeline examples/bargaining-2021/plan.yaml --out out/ --as-of 2021-06-01",
            "  lmp bargaining timeline examples/bargaining-2021/plan.yaml --out out/ --format ics,html --force",
            "  lmp bargaining timeline examples/bargaining-2021/plan.yaml --out out/ --format json --dry-run"})
public final class TimelineCommand extends PlanCommand {
    @Parameters(index = "0", paramLabel = "PLAN", description = "Bargaining plan YAML file ('-' for standard input).")
    String planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into (created if missing).")
    Path outDir;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", preprocessor = lmp.cli.FormatAliases.class,
            completionCandidates = TimelineFormat.Names.class,
            description = "Which files to write, comma-separated: ${COMPLETION-CANDIDATES}. Default: all.")
    List<TimelineFormat> formats = new ArrayList<>(EnumSet.allOf(TimelineFormat.class));

    @Mixin
    AsOfOption asOfOption;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Option(names = "--remind-days", paramLabel = "N",
            description = "In the calendar, a reminder N days before each notice deadline (0: none). Default: 7.")
    int remindDays = PlanCalendar.DEFAULT_REMINDER_DAYS;

    @Option(names = "--dry-run", description = "Check the plan and list the files that would be written, without writing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (remindDays < 0 || remindDays > 366) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--remind-days: " + remindDays
                    + " is not between 0 and 366", spec.findOption("--remind-days"), Integer.toString(remindDays));
        }
        LocalDate asOf = asOf(asOfOption.value());
        PlanCheck check = checkAndReport(planFile, asOf);
        if (check.plan().isEmpty()) {
            err().println(planFile + ": not written; fix the errors above first");
            err().flush();
            return ExitCode.DATA_ERROR;
        }
        Plan plan = check.plan().get();
        decided("files: " + EnumSet.copyOf(formats) + " into " + outDir + "; calendar reminders "
                + (remindDays == 0 ? "off (--remind-days 0)" : remindDays + " days before each notice deadline"));
        OutputDirectory dir = new OutputDirectory(outDir);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (TimelineFormat f : EnumSet.copyOf(formats)) {
            long start = System.nanoTime();
            files.put(dir.file(plan.id() + f.extension()), render(f, plan, asOf, remindDays));
            timing("making the " + f + " file", start);
        }
        if (!force && !dryRun) {
            for (Path p : files.keySet()) {
                if (Files.exists(p)) {
                    throw new OutputException(p + ": already exists; use --force to overwrite it (nothing was written)");
                }
            }
        }
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            if (dryRun) {
                out().println("would write " + e.getKey() + " (" + e.getValue().length + " bytes)"
                        + (!Files.exists(e.getKey()) ? "" : force ? ", replacing the existing file"
                        : "; it exists, so the real run needs --force"));
            } else {
                byte[] bytes = e.getValue();
                AtomicFiles.write(e.getKey(), force, AtomicFiles.Privacy.PUBLIC, o -> o.write(bytes));
                wrote(e.getKey());
            }
        }
        out().flush();
        return ExitCode.OK;
    }

    private static byte[] render(TimelineFormat format, Plan plan, LocalDate asOf, int remindDays) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            switch (format) {
                case ics -> PlanCalendar.write(plan, remindDays, buffer);
                case markdown -> PlanMarkdown.write(plan, asOf, buffer);
                case json -> PlanJson.write(plan, buffer);
                case csv -> PlanCsv.write(plan, buffer);
                case html -> PlanChart.write(plan, asOf, buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
