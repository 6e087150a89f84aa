package lmp.cli.election;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lmp.cli.ExitCode;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.BallotDesign;
import lmp.election.Election;
import lmp.election.ElectionState;
import lmp.election.StepOutcome;
import lmp.election.formats.BallotPdf;
import lmp.election.formats.CheckoffList;
import lmp.election.formats.PdfFont;
import lmp.io.AtomicFiles;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.OutputException;
import lmp.io.Problem;
import lmp.roster.Member;
import lmp.roster.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lmp election ballots}: printable ballots, a sample ballot and the voter check-off list. */
@Command(name = "ballots",
        description = {"Write printable ballots, a sample ballot and the voter check-off list.",
                "Ballots (PDF) have instructions that match the counting method; the sample ballot is for the notice "
                + "of election; the check-off list is CSV and PDF. Ballots carry no serial number "
                + "or any other mark that differs between copies; the check-off list is sorted by name and records only "
                + "who received a ballot, never which one."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election ballots examples/elections/icu-co-lead/icu-2026.yaml --out icu-print/ --as-of 2026-10-14",
            "  lmp election ballots examples/elections/icu-co-lead/icu-2026.yaml --out icu-print/ --order rotate --copies 30 --force --as-of 2026-10-14"})
public final class BallotsCommand extends ElectionBaseCommand {
    public static final String BALLOTS = "ballots.pdf";
    public static final String SAMPLE = "sample-ballot.pdf";
    public static final String CHECKOFF_CSV = "checkoff.csv";
    public static final String CHECKOFF_PDF = "checkoff.pdf";

    enum Order { file, rotate }

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file.")
    String electionPath;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the four files into.")
    String outDir;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Option(names = "--order", paramLabel = "file|rotate", defaultValue = "file", description = "Candidate order: as in the file, or rotated so each "
            + "candidate is first on an equal share of ballots. Default: ${DEFAULT-VALUE}.")
    Order order;

    @Option(names = "--copies", paramLabel = "N", description = "Ballots to print. Default: one per eligible voter.")
    Integer copies;

    @Option(names = "--roster", paramLabel = "ROSTER.yaml", description = "Roster for the voters' names. Default: the one the election file names.")
    String rosterPath;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType or OpenType font (.ttf, .otf, .ttc) for the "
            + "characters of names that the bundled DejaVu Sans lacks (Chinese, Japanese, Korean); every other character "
            + "stays in DejaVu Sans. The glyphs used are embedded in the PDFs.")
    String fontPath;

    @picocli.CommandLine.Mixin
    lmp.cli.AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @picocli.CommandLine.Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        json = outputFormat.json();
        return locked(electionPath, this::print);
    }

    private int print() {
        Loaded l = load(electionPath);
        Election e = l.election();
        InputFile[] rosterFile = new InputFile[1];
        Roster roster = roster(l, Optional.ofNullable(rosterPath), rosterFile);
        List<Problem> problems = new ArrayList<>();
        Location at = Location.of(l.input().name());
        if (lmp.election.Compliance.declaredElectedUnopposed(e, terms(policy.value()))) {
            // 29 CFR 452.28: where the bylaws allow it, unopposed candidates are declared elected and no
            // ballot is held; printing ballots would invite a vote the election does not have.
            note("no ballots printed: " + e.count().standing().size() + " candidate(s) for " + e.count().seats()
                    + " seat(s), declared elected unopposed under the role policy (29 CFR 452.28); see 'lmp election check'");
            return ExitCode.OK;
        }
        if (e.count().standing().isEmpty()) {
            problems.add(Problem.error(at, "no candidates to print; add them to 'candidates' and 'office.candidates'"));
        }
        List<Member> voters = new ArrayList<>();
        for (String id : e.voters()) {
            roster.member(id).ifPresentOrElse(voters::add, () -> problems.add(Problem.error(at,
                    "voter " + id + " is not on the roster " + rosterFile[0].name() + "; fix 'voters' or the roster")));
        }
        BallotDesign design = BallotDesign.of(e, order == Order.rotate);
        PdfFont font = fontPath == null ? PdfFont.bundled() : PdfFont.withFallback(readInput(fontPath));
        BallotPdf.unprintable(design, font).forEach((s, why) -> problems.add(Problem.error(at, "'" + lmp.io.Text.shown(s)
                + "' " + why)));
        CheckoffList.unprintable(voters, font).forEach((m, why) -> problems.add(Problem.error(at, "voter " + m.id() + " ('"
                + lmp.io.Text.shown(m.name()) + "') on the check-off list " + why)));
        if (!problems.isEmpty()) throw new InputException(problems);
        int n = copies != null ? copies : Math.max(1, e.voters().size());
        if (n < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--copies must be at least 1");

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BALLOTS, render(o -> BallotPdf.write(design, n, false, font, o)));
        files.put(SAMPLE, render(o -> BallotPdf.write(design, 1, true, font, o)));
        files.put(CHECKOFF_CSV, render(o -> CheckoffList.writeCsv(voters, o)));
        files.put(CHECKOFF_PDF, render(o -> CheckoffList.writePdf(e.count().title(), voters, font, o)));
        Path dir = Path.of(outDir);
        for (String name : files.keySet()) {
            if (Files.exists(dir.resolve(name)) && !force) {
                throw new OutputException(dir.resolve(name) + ": already exists; use --force to overwrite it");
            }
        }
        ElectionState s = state(l, List.of());
        List<StepOutcome.Write> writes = new ArrayList<>();
        List<FileDigest> outputs = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String rel = l.relative(dir.resolve(f.getKey()));
            boolean personal = f.getKey().startsWith("checkoff");
            writes.add(new StepOutcome.Write(rel, f.getValue(), personal));
            // The blank check-off list names voters: only its keyed digest goes into the public log.
            outputs.add(personal ? s.keyed(rel, f.getValue()) : ElectionState.plain(rel, f.getValue()));
        }
        Map<String, Object> result = new TreeMap<>();
        result.put("ballots_printed", n);
        result.put("order", order.name());
        result.put("versions", design.orders().size());
        String rosterRel = l.relative(Path.of(rosterFile[0].name()));
        StepOutcome o = new StepOutcome(e, writes, Optional.of(new StepOutcome.Entry("election ballots",
                List.of(s.keyed(rosterRel, rosterFile[0].bytes())), outputs, result)), List.of(),
                List.of("Wrote " + n + " ballot(s) (" + design.orders().size() + " candidate order(s)), a sample ballot and the "
                        + "check-off list of " + voters.size() + " voter(s) to " + outDir));
        commit(l, s, o, asOf.value());
        return ExitCode.OK;
    }

    private static byte[] render(AtomicFiles.Body body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            body.writeTo(b);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return b.toByteArray();
    }
}
