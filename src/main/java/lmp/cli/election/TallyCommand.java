package lmp.cli.election;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.count.BallotBox;
import lmp.count.Count;
import lmp.count.CountConfig;
import lmp.count.Method;
import lmp.count.Result;
import lmp.count.report.ReportFormat;
import lmp.count.report.TallyReport;
import lmp.count.formats.BallotCsv;
import lmp.cli.Progress;
import lmp.count.formats.BallotFiles;
import lmp.count.formats.Blt;
import lmp.count.formats.CountSpecYaml;
import lmp.io.AtomicFiles;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.InputNames;
import lmp.io.Location;
import lmp.io.MissingInputException;
import lmp.io.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code lmp election tally}: counts ballots and reports every round. */
@Command(name = "tally",
        description = {"Count the ballots of an election (plurality, approval, IRV, sequential IRV, bottoms-up, Scottish STV or "
                + "Meek STV) and report "
                + "every round, transfer, tie and ballot status.",
                "FILE is a BLT file, a ballots CSV (rank columns or candidate columns) or an election YAML file. "
                        + "Method and seats come from the BLT or YAML file unless given; a CSV alone is counted by IRV for one seat.",
                "An election file made by 'lmp election new' is counted exactly as it says (accepted challenged ballots "
                        + "included, pending ones refused), followed by the ballot accounting (turnout, challenged, spoiled, "
                        + "blank, check-off reconciliation), and the tally is recorded in the election's audit log.",
                "Exit 3 when --tie stop met a tie that earlier rounds did not resolve."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election tally examples/elections/icu-co-lead/election.yaml",
            "  lmp election tally examples/ballots/steward-council.blt --format html --out results/",
            "  lmp election tally examples/elections/icu-co-lead/ballots.csv --overvote skip --seed 2026 --format json",
            "  lmp election tally examples/ballots/steward-council.blt --method meek --tie stop",
            "  lmp election tally examples/elections/icu-co-lead/icu-2026.yaml --as-of 2026-11-05"})
public final class TallyCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Election .yaml, ballots .blt or ballots .csv.")
    String file;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "plurality | approval | irv | sequential-irv | bottoms-up | stv | meek.")
    String method;

    @Option(names = "--threshold", paramLabel = "PERCENT",
            description = "bottoms-up only: eliminate the lowest until every candidate left has more than PERCENT of the "
                    + "continuing votes, and elect them all (instead of counting down to --seats).")
    String threshold;

    @Option(names = "--tie-result", paramLabel = "ROUND=NAME",
            description = "The result of a drawing held after the count stopped at a tie in ROUND: NAME is the candidate the "
                    + "drawing chose (eliminated or excluded, or elected); the count goes on past the tie. Repeat for several.")
    List<String> tieResults = new ArrayList<>();

    @Option(names = "--seats", paramLabel = "N", description = "Number of candidates to elect.")
    Integer seats;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the lot for ties (default: derived from the SHA-256 of the ballot files).")
    String seed;

    @Option(names = "--tie", paramLabel = "MODE",
            description = "lot (default) | stop (report the tie, exit 3) | order (ballot or BLT [tie] order, as Droop).")
    String tie;

    @Option(names = "--overvote", paramLabel = "RULE", description = "exhaust (default) | skip | exhaust-if-multiple-continuing.")
    String overvote;

    @Option(names = "--skipped-ranks", paramLabel = "N", description = "Consecutive skipped ranks allowed: a number or unlimited (default).")
    String skippedRanks;

    @Option(names = "--duplicate", paramLabel = "RULE", description = "skip (default) | exhaust.")
    String duplicate;

    @Option(names = "--withdrawn", paramLabel = "NAME", description = "A withdrawn candidate (repeat for several).")
    List<String> withdrawn = new ArrayList<>();

    @Option(names = "--write-ins", description = "Count names that are not declared candidates as write-ins.")
    boolean writeIns;

    @Option(names = "--max-rankings", paramLabel = "N", description = "Ranks read from each ballot: a number or unlimited (default).")
    String maxRankings;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatValues.class,
            preprocessor = lmp.cli.FormatAliases.class, description = "text (default) | json | csv | markdown | html.")
    String format;

    /** The values of --format, as they are written (picocli completes and checks the option from this list). */
    static final class FormatValues implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write tally.<ext> files into DIR (all formats unless --format is given) instead of standard output.")
    String out;

    @Option(names = "--force", description = "Overwrite existing files in DIR.")
    boolean force;

    @picocli.CommandLine.Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        Optional<ReportFormat> fmt = Optional.ofNullable(format).map(this::reportFormat);
        InputFile main = readInput(file);
        if (BallotFiles.isYaml(file) && ElectionTally.administered(main)) {
            // An election made by 'lmp election new': counted exactly as its file says, with the ballot accounting and an audit record.
            if (method != null || seats != null || seed != null || tie != null || overvote != null || skippedRanks != null
                    || duplicate != null || !withdrawn.isEmpty() || writeIns || maxRankings != null || threshold != null
                    || !tieResults.isEmpty()) {
                throw usage("the election file fixes how its ballots are counted; change its 'rules' or 'tie_break' instead of "
                        + "giving counting options");
            }
            return ElectionTally.run(this, file, fmt, Optional.ofNullable(out), force, asOf.value());
        }
        List<InputFile> inputs = new ArrayList<>();
        Progress reading = progress();
        java.util.function.LongConsumer rowsRead = reading.visible() ? reading::advance : BallotCsv.Options.NOBODY;
        String title;
        CountConfig config;
        BallotBox box;
        if (BallotFiles.isYaml(file)) {
            CountSpecYaml.CountSpec spec = CountSpecYaml.readElectionFile(main);
            inputs.add(main);
            config = overrides(spec.config());
            title = spec.title();
            BallotBox.Builder builder = BallotBox.builder(spec.candidates());
            if (spec.ballots().isEmpty()) {
                throw InputException.at(Location.of(file), "the election file lists no ballot files; add 'ballots: [ballots.csv]'");
            }
            for (CountSpecYaml.BallotFileRef ref : spec.ballots()) {
                Path p = Path.of(file).resolveSibling(ref.path());
                if (!Files.isRegularFile(p)) {
                    throw new MissingInputException(ref.at().render() + ": ballot file '" + ref.path() + "' not found at " + p
                            + " (paths are relative to the election file)");
                }
                InputFile ballots = readInput(p.toString());
                inputs.add(ballots);
                reading.startOverCsvRows("Reading " + ref.path(), ballots);
                BallotFiles.read(ballots, builder,
                        new BallotCsv.Options(config.writeIns(), !config.method().ranked()).withRowsRead(rowsRead));
            }
            reading.done();
            box = builder.build();
        } else if (BallotFiles.isBlt(file)) {
            Blt.Election e = Blt.read(main);
            inputs.add(main);
            title = e.title();
            config = overrides(CountConfig.defaults(Method.STV, e.seats()).withWithdrawn(e.withdrawn()));
            box = e.ballots();
        } else if (BallotFiles.isCsv(file) || "-".equals(file)) {
            inputs.add(main);
            title = Path.of(file).getFileName().toString();
            config = overrides(CountConfig.defaults(Method.IRV, 1));
            BallotBox.Builder builder = BallotBox.builder(List.of());
            reading.startOverCsvRows("Reading ballots", main);
            BallotCsv.read(main, builder, new BallotCsv.Options(true, !config.method().ranked()).withRowsRead(rowsRead));
            reading.done();
            box = builder.build();
        } else {
            throw new ParameterException(spec.commandLine(), "FILE should end in .yaml, .yml, .blt or .csv: " + file);
        }
        config = config.withTieResults(tieResults(box.candidates()));
        List<String> problems = Count.check(config, box);
        if (!problems.isEmpty()) {
            throw new InputException(problems.stream().map(m -> lmp.io.Problem.error(Location.of(file), m)).toList());
        }
        List<InputFile> ballotFiles = BallotFiles.isYaml(file) ? inputs.subList(1, inputs.size()) : inputs;
        String lotSeed = config.seed().orElseGet(() -> derivedSeed(ballotFiles));
        Result result;
        try {
            result = Count.run(config, box, lotSeed);
        } catch (lmp.count.TieBreak.DrawnResultMismatch e) {
            throw usage("--tie-result: " + e.getMessage());
        }
        List<TallyReport.Input> refs = inputs.stream().map(i -> new TallyReport.Input(InputNames.inReport(file, i.name()), i.sha256())).toList();
        TallyReport report = new TallyReport(title, refs, result);
        write(report, fmt);
        if (!result.complete()) {
            err().println(file + ": tie between " + String.join(", ", result.stoppedAt().get().candidates())
                    + " in round " + result.stoppedAt().get().round()
                    + " not resolved by earlier rounds; the count stopped (--tie stop). Draw the lot, then rerun with --tie-result "
                    + result.stoppedAt().get().round() + "=NAME (NAME: the candidate the drawing chose), or with --tie lot.");
            err().flush();
            return ExitCode.TIE_UNRESOLVED;
        }
        return ExitCode.OK;
    }

    private void write(TallyReport report, Optional<ReportFormat> fmt) {
        if (out == null || "-".equals(out)) {
            writeText(Optional.empty(), false, AtomicFiles.Privacy.PUBLIC, fmt.orElse(ReportFormat.TEXT).render(report));
            return;
        }
        Path dir = Path.of(out);
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new OutputException(out + ": cannot create the output directory: " + e.getMessage());
        }
        List<ReportFormat> formats = fmt.map(List::of).orElse(List.of(ReportFormat.values()));
        if (!force) {
            // Refuse before writing anything, so a refused run never leaves half of a set of reports.
            for (ReportFormat f : formats) {
                Path target = dir.resolve("tally." + f.extension());
                if (Files.exists(target)) {
                    throw new OutputException(target + ": already exists; use --force to overwrite it (nothing was written)");
                }
            }
        }
        for (ReportFormat f : formats) {
            String body = f.render(report);
            Path target = dir.resolve("tally." + f.extension());
            AtomicFiles.write(target, force, AtomicFiles.Privacy.PUBLIC, o -> o.write(body.getBytes(StandardCharsets.UTF_8)));
            note("wrote " + target);
        }
    }

    /**
     * The seed when none is given: the first 16 hex digits of the SHA-256 of the ballot files' SHA-256
     * (lower-case hex, one per line, each ending in a newline, in the order read).
     */
    static String derivedSeed(List<InputFile> inputs) {
        StringBuilder sb = new StringBuilder();
        for (InputFile i : inputs) sb.append(i.sha256()).append('\n');
        return InputFile.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private CountConfig overrides(CountConfig c) {
        Method m = method == null ? c.method() : Method.byId(method).orElseThrow(() -> usage("--method should be one of "
                + Method.ids() + "; found '" + method + "'"));
        if (seats != null && seats < 1) throw usage("--seats should be at least 1");
        int n = seats == null ? c.seats() : seats;
        CountConfig.TieBreakMode t = tie == null ? c.tieBreak() : pick(CountConfig.TieBreakMode.class, tie, "--tie");
        CountConfig.Overvote o = overvote == null ? c.overvote() : pick(CountConfig.Overvote.class, overvote, "--overvote");
        CountConfig.Duplicate d = duplicate == null ? c.duplicate() : pick(CountConfig.Duplicate.class, duplicate, "--duplicate");
        LinkedHashSet<String> w = new LinkedHashSet<>(c.withdrawn());
        withdrawn.forEach(x -> w.add(lmp.io.Text.nfc(x.strip()))); // names typed on a Mac arrive decomposed (NFD)
        return new CountConfig(m, n, o, skippedRanks == null ? c.skippedRanks() : limit(skippedRanks, "--skipped-ranks"), d,
                List.copyOf(w), c.writeIns() || writeIns, maxRankings == null ? c.maxRankings() : limit(maxRankings, "--max-rankings"),
                t, seed == null ? c.seed() : Optional.of(seed), threshold == null ? c.threshold() : Optional.of(percent(threshold)),
                c.tieResults());
    }

    private java.math.BigDecimal percent(String value) {
        try {
            return new java.math.BigDecimal(value.strip().replaceFirst("%$", ""));
        } catch (NumberFormatException e) {
            throw usage("--threshold should be a percentage such as 15 or 12.5; found '" + value + "'");
        }
    }

    /** --tie-result ROUND=NAME options, by round, in the order given; a name must be a candidate. */
    private java.util.Map<Integer, List<String>> tieResults(List<String> candidates) {
        java.util.Map<Integer, List<String>> out = new java.util.TreeMap<>();
        for (String t : tieResults) {
            int eq = t.indexOf('=');
            int round = -1;
            if (eq > 0) {
                try {
                    round = Integer.parseInt(t.substring(0, eq).strip());
                } catch (NumberFormatException e) {
                    round = -1;
                }
            }
            if (round < 1) throw usage("--tie-result should be ROUND=NAME, as in --tie-result 3='Ana Diaz'; found '" + t + "'");
            String name = t.substring(eq + 1).strip();
            if (!candidates.contains(name)) {
                throw usage("--tie-result " + t + ": '" + name + "' is not a candidate" + lmp.io.Fields.suggestion(name, candidates));
            }
            out.computeIfAbsent(round, k -> new ArrayList<>()).add(name);
        }
        return out;
    }

    private ReportFormat reportFormat(String f) {
        return pick(ReportFormat.class, f, "--format");
    }

    private <E extends Enum<E>> E pick(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip().replace('-', '_'))) return e;
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw usage(option + " should be one of " + String.join(", ", names) + "; found '" + value + "'");
    }

    private OptionalInt limit(String value, String option) {
        if (value.equalsIgnoreCase("unlimited")) return OptionalInt.empty();
        // --max-rankings 0 would make every ballot invalid and still elect someone.
        int min = option.equals("--max-rankings") ? 1 : 0;
        java.util.OptionalLong v = lmp.io.Text.wholeNumber(value.strip());
        if (v.isPresent() && v.getAsLong() >= min && v.getAsLong() <= Integer.MAX_VALUE) return OptionalInt.of((int) v.getAsLong());
        throw usage(option + " should be a whole number of at least " + min + " or 'unlimited'; found '" + lmp.io.Text.shown(value) + "'");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
