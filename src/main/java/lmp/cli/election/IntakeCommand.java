package lmp.cli.election;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.ElectionState;
import lmp.election.IntakeStep;
import lmp.election.SpoiledBallot;
import lmp.election.StepOutcome;
import lmp.election.formats.ElectionYaml;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.MissingInputException;
import lmp.io.Problem;
import lmp.roster.Roster;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lmp election intake}: records the tellers' intake in the election file: cast-ballot files,
 * challenges (by voter, the envelope sealed: 29 CFR 452.97(b)) and their resolution, spoiled
 * ballots and the marked check-off list. The rules are {@link IntakeStep}'s.
 */
@Command(name = "intake",
        description = {"Record cast ballots, challenges, spoiled ballots and the check-off list.",
                "Adds to the election file: ballot files the counting engine reads (only once voting has closed, "
                + "never a file or a ballot id taken in before), challenged voters (the envelope stays sealed; no ballot "
                + "content) and their resolution, spoiled ballots, and the marked voter check-off list. Refused once the "
                + "election is counted or certified. An intake that changes nothing writes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  lmp election intake examples/elections/icu-co-lead/icu-2026.yaml --challenge-voter 100149 --reason \"no photo ID at the polls\" --as-of 2026-11-05",
            "  lmp election intake examples/elections/icu-co-lead/icu-2026.yaml --resolve 100149 --accept --as-of 2026-11-05",
            "  lmp election intake examples/elections/icu-co-lead/icu-2026.yaml --spoiled 1 --spoiled-reason \"voter marked two boxes, replaced\" --as-of 2026-11-05 --dry-run",
            "  lmp election intake examples/elections/icu-co-lead/icu-2026.yaml --ballots examples/elections/icu-co-lead/cast-ballots.csv --checkoff examples/elections/icu-co-lead/checkoff-marked.csv --as-of 2026-11-05"})
public final class IntakeCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file (rewritten in place).")
    String electionPath;

    @Option(names = "--ballots", paramLabel = "FILE", split = ",", description = "Cast-ballot files to add (BLT, rank CSV or candidate CSV).")
    List<String> ballots = new ArrayList<>();

    @Option(names = "--challenge-voter", paramLabel = "MEMBER_ID", description = "Record a challenged voter; the ballot stays sealed in its envelope.")
    String challengeVoter;

    @Option(names = "--reason", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "Why the voter was challenged (never the voter's name or id).")
    String reason;

    static final class Resolution {
        @Option(names = "--accept", required = true, description = "The challenge is resolved for the voter: the sealed ballot is "
                + "mixed with other ballots before it is opened, and taken in with them.")
        boolean accept;
        @Option(names = "--reject", required = true, description = "The challenge is upheld: the envelope is never opened.")
        boolean reject;
    }

    @Option(names = "--resolve", paramLabel = "MEMBER_ID", description = "Resolve the challenge of this voter (with --accept or --reject).")
    String resolve;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Resolution resolution;

    @Option(names = "--spoiled", paramLabel = "N", description = "Record N spoiled (replaced, uncounted) ballots.")
    Integer spoiled;

    @Option(names = "--spoiled-reason", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "Why they were spoiled (never a voter's name or id).")
    String spoiledReason;

    @Option(names = "--checkoff", paramLabel = "FILE", description = "The marked voter check-off list (CSV with member_id and voted).")
    String checkoff;

    @Option(names = "--override", paramLabel = "ITEM=REASON", description = "Accept despite a refusal, with the reason recorded in the "
            + "audit log: 'window' (ballots after the count day), 'checkoff' (a new check-off list after ballots were taken in).")
    Map<String, String> override = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Print the updated election file instead of writing it.")
    boolean dryRun;

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @Override
    public Integer call() {
        json = outputFormat.json();
        // Files in the wrong role (the election file given as ballots) are refused before the election is locked.
        return guarded(() -> {
            for (String b : ballots) lmp.count.formats.BallotFiles.refuseOtherKinds(readInput(existing(b).toString()));
            if (checkoff != null) lmp.election.formats.CheckoffList.refuseOtherKinds(readInput(existing(checkoff).toString()));
            return locked(electionPath, this::intake);
        });
    }

    private int intake() {
        Loaded l = load(electionPath);
        if (challengeVoter != null && (reason == null || reason.isBlank())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--challenge-voter needs --reason TEXT");
        }
        if (resolve != null && resolution == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resolve needs --accept or --reject");
        }
        if (spoiled != null && (spoiled < 1 || spoiledReason == null || spoiledReason.isBlank())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--spoiled needs a count of at least 1 and --spoiled-reason TEXT");
        }
        List<Path> extra = new ArrayList<>();
        for (String b : ballots) extra.add(existing(b));
        if (checkoff != null) extra.add(existing(checkoff));
        ElectionState s = state(l, extra);
        if (spoiled != null) refuseVoterIdentity(l, spoiledReason, "--spoiled-reason");
        if (challengeVoter != null) knownMember(l, challengeVoter.strip());
        if (resolve != null && l.election().challenged().stream().noneMatch(c -> c.voter().equals(resolve.strip()))) {
            List<String> recorded = l.election().challenged().stream().map(lmp.election.Challenge::voter).toList();
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resolve: no challenge of voter " + resolve.strip()
                    + " is recorded" + (recorded.isEmpty() ? "" : "; did you mean " + String.join(" or ", recorded) + "?"));
        }
        List<Map.Entry<String, InputFile>> given = new ArrayList<>();
        for (String b : ballots) {
            String rel = l.relative(Path.of(b));
            InputFile f = s.file(rel).orElseGet(() -> readInput(b));
            lmp.count.formats.BallotFiles.refuseOtherKinds(f); // a file in the wrong role is refused by what it is
            given.add(Map.entry(rel, f));
        }
        Optional<Map.Entry<String, InputFile>> co = Optional.ofNullable(checkoff).map(c -> {
            String rel = l.relative(Path.of(c));
            InputFile f = s.file(rel).orElseGet(() -> readInput(c));
            lmp.election.formats.CheckoffList.refuseOtherKinds(f);
            return Map.entry(rel, f);
        });
        IntakeStep.Request q = new IntakeStep.Request(given, co, Optional.ofNullable(challengeVoter), Optional.ofNullable(reason),
                Optional.ofNullable(resolve), Optional.ofNullable(resolution).map(r -> r.accept),
                Optional.ofNullable(spoiled).map(n -> new SpoiledBallot(n, spoiledReason.strip())), overrides(override));
        StepOutcome o = IntakeStep.run(s, q, asOf(asOf.value()));
        if (dryRun) {
            out().print(ElectionYaml.toYaml(o.election()));
            out().flush();
            return ExitCode.OK;
        }
        commit(l, s, o, asOf.value());
        return ExitCode.OK;
    }

    private static Path existing(String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) throw new MissingInputException(path + ": no such file; check the path");
        return p;
    }

    private void knownMember(Loaded l, String id) {
        InputFile[] rf = new InputFile[1];
        Roster roster = roster(l, Optional.empty(), rf);
        if (roster.member(id).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--challenge-voter: no member " + id + " on the roster "
                    + rf[0].name() + "; give the member id written on the envelope");
        }
    }

    /** A reason recorded beside spoiled ballots must not identify a voter. */
    private void refuseVoterIdentity(Loaded l, String text, String option) {
        InputFile[] rf = new InputFile[1];
        Roster roster = roster(l, Optional.empty(), rf);
        List<String> found = lmp.election.Secrecy.votersNamedIn(text, l.election().voters(), roster);
        if (!found.isEmpty()) {
            throw new InputException(Problem.error(Location.of(option), "the text names a voter (" + String.join(", ", found)
                    + "); record the voter's identity only on the envelope, never with the ballot"));
        }
    }
}
