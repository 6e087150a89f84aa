package lmp.cli.election;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import lmp.cli.AsOfOption;
import lmp.cli.ExitCode;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.Challenge;
import lmp.election.Election;
import lmp.election.SpoiledBallot;
import lmp.election.formats.ElectionYaml;
import lmp.io.AtomicFiles;
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
 * challenged ballots (set apart, with the reason, until resolved: 29 CFR 452.97(b)), spoiled
 * ballots and the marked check-off list.
 */
@Command(name = "intake",
        description = {"Record cast, challenged and spoiled ballots and the check-off list.",
                "Adds to the election file: ballot files the counting engine reads, challenged "
                + "ballots kept apart in their own files with the challenge reason until resolved (accepted or rejected), "
                + "spoiled ballots, and the marked voter check-off list. A challenge reason must not name the voter."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp election intake icu/election.yaml --ballots icu/ballots.csv --checkoff icu/checkoff-marked.csv",
            "  lmp election intake icu/election.yaml --challenge icu/challenged-1.csv --reason \"not on the voter list at the polls\"",
            "  lmp election intake icu/election.yaml --resolve icu/challenged-1.csv --accept",
            "  lmp election intake icu/election.yaml --spoiled 1 --spoiled-reason \"voter marked two boxes, replaced\" --dry-run"})
public final class IntakeCommand extends ElectionBaseCommand {

    @Parameters(index = "0", paramLabel = "ELECTION", description = "The election file (rewritten in place).")
    String electionPath;

    @Option(names = "--ballots", paramLabel = "FILE", split = ",", description = "Cast-ballot files to add (BLT, rank CSV or candidate CSV).")
    List<String> ballots = new ArrayList<>();

    @Option(names = "--challenge", paramLabel = "FILE", description = "A challenged ballot's file, kept apart until resolved.")
    String challenge;

    @Option(names = "--reason", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "Why the ballot was challenged (never the voter's name or id).")
    String reason;

    static final class Resolution {
        @Option(names = "--accept", required = true, description = "The challenge is resolved: the ballot joins the count.")
        boolean accept;
        @Option(names = "--reject", required = true, description = "The challenge is upheld: the ballot is not counted.")
        boolean reject;
    }

    @Option(names = "--resolve", paramLabel = "FILE", description = "Resolve the challenged ballot in FILE (with --accept or --reject).")
    String resolve;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Resolution resolution;

    @Option(names = "--spoiled", paramLabel = "N", description = "Record N spoiled (replaced, uncounted) ballots.")
    Integer spoiled;

    @Option(names = "--spoiled-reason", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "Why they were spoiled (never a voter's name or id).")
    String spoiledReason;

    @Option(names = "--checkoff", paramLabel = "FILE", description = "The marked voter check-off list (CSV with member_id and voted).")
    String checkoff;

    @Option(names = "--dry-run", description = "Print the updated election file instead of writing it.")
    boolean dryRun;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        Loaded l = load(electionPath);
        Election e = l.election();
        Location at = Location.of(l.input().name());
        List<FileDigest> inputs = new ArrayList<>();
        inputs.add(digest(l, l.file(), l.input().sha256()));
        List<String> ballotFiles = new ArrayList<>(e.count().ballots());
        for (String b : ballots) {
            String rel = existing(l, b, inputs, lmp.count.formats.BallotFiles::refuseOtherKinds);
            if (ballotFiles.contains(rel) || e.challenged().stream().anyMatch(c -> c.file().equals(rel))) {
                throw new InputException(Problem.error(at, "ballot file " + rel + " is already recorded"));
            }
            ballotFiles.add(rel);
        }
        List<Challenge> challenged = new ArrayList<>(e.challenged());
        if (challenge != null) {
            if (reason == null || reason.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--challenge needs --reason TEXT");
            }
            refuseVoterIdentity(l, reason, "--reason");
            String rel = existing(l, challenge, inputs, lmp.count.formats.BallotFiles::refuseOtherKinds);
            if (ballotFiles.contains(rel) || challenged.stream().anyMatch(c -> c.file().equals(rel))) {
                throw new InputException(Problem.error(at, "ballot file " + rel + " is already recorded"));
            }
            challenged.add(new Challenge(rel, reason.strip(), Challenge.Resolution.PENDING, at));
        }
        if (resolve != null) {
            if (resolution == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resolve needs --accept or --reject");
            }
            String rel = l.relative(Path.of(resolve));
            int i = indexOf(challenged, rel);
            if (i < 0) {
                throw new InputException(Problem.error(at, "no challenged ballot " + rel + " in the election file; recorded: "
                        + String.join(", ", challenged.stream().map(Challenge::file).toList())));
            }
            Challenge c = challenged.get(i);
            challenged.set(i, new Challenge(c.file(), c.reason(), resolution.accept ? Challenge.Resolution.ACCEPTED
                    : Challenge.Resolution.REJECTED, c.origin()));
        }
        List<SpoiledBallot> spoiledList = new ArrayList<>(e.spoiled());
        if (spoiled != null) {
            if (spoiled < 1 || spoiledReason == null || spoiledReason.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--spoiled needs a count of at least 1 and --spoiled-reason TEXT");
            }
            refuseVoterIdentity(l, spoiledReason, "--spoiled-reason");
            spoiledList.add(new SpoiledBallot(spoiled, spoiledReason.strip()));
        }
        Optional<String> checkoffPath = e.checkoff();
        if (checkoff != null) {
            checkoffPath = Optional.of(existing(l, checkoff, inputs, lmp.election.formats.CheckoffList::refuseOtherKinds));
        }

        Election updated = new Election(e.count().withBallots(ballotFiles), e.office(), e.roster(), e.dates(), e.voters(), challenged,
                spoiledList, e.noticeAnnouncesRunoff(), e.keepRecordsUntil(), checkoffPath, e.auditLog(), e.runoffDate());
        byte[] bytes = ElectionYaml.toYaml(updated).getBytes(StandardCharsets.UTF_8);
        if (dryRun) {
            out().print(new String(bytes, StandardCharsets.UTF_8));
            out().flush();
            return ExitCode.OK;
        }
        AtomicFiles.write(l.file(), true, AtomicFiles.Privacy.PERSONAL, o -> o.write(bytes));
        TreeMap<String, Object> result = new TreeMap<>();
        result.put("ballot_files", ballotFiles.size());
        result.put("challenged_pending", challenged.stream().filter(c -> c.resolution() == Challenge.Resolution.PENDING).count());
        result.put("challenged_accepted", challenged.stream().filter(c -> c.resolution() == Challenge.Resolution.ACCEPTED).count());
        result.put("challenged_rejected", challenged.stream().filter(c -> c.resolution() == Challenge.Resolution.REJECTED).count());
        result.put("spoiled", spoiledList.stream().mapToInt(SpoiledBallot::count).sum());
        audit(l, "election intake", asOf.value(), inputs, List.of(digest(l, l.file(), InputFile.sha256Hex(bytes))), result);
        out().println("Updated " + electionPath + ": " + ballotFiles.size() + " ballot file(s), " + challenged.size()
                + " challenged (" + result.get("challenged_pending") + " pending), " + result.get("spoiled") + " spoiled");
        out().flush();
        return ExitCode.OK;
    }

    /** The path of an existing file, relative to the election file; its digest is added to the inputs. */
    private String existing(Loaded l, String path, List<FileDigest> inputs, java.util.function.Consumer<InputFile> role) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new MissingInputException(path + ": no such file; check the path");
        }
        InputFile in = readInput(path);
        role.accept(in); // a file in the wrong role (an election file as ballots) is refused by what it is
        inputs.add(digest(l, p, in.sha256()));
        return l.relative(p);
    }

    private static int indexOf(List<Challenge> list, String file) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).file().equals(file)) return i;
        return -1;
    }

    /** A reason recorded with a ballot must not identify a voter: that would link a voter to a choice. */
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
