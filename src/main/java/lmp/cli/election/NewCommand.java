package lmp.cli.election;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.cli.AsOfOption;
import lmp.cli.DateConverter;
import lmp.cli.ExitCode;
import lmp.election.Candidate;
import lmp.election.CheckItem;
import lmp.election.Compliance;
import lmp.election.CountPart;
import lmp.election.Election;
import lmp.election.ElectionDates;
import lmp.election.Eligibility;
import lmp.election.Office;
import lmp.election.OfficeKind;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Problem;
import lmp.roster.Member;
import lmp.roster.Roster;
import lmp.roster.formats.RosterYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lmp election new}: an election file with its voters and candidates drawn from the roster. */
@Command(name = "new",
        description = {"Create an election file with its voters and candidates drawn from the roster.",
                "Office, method, dates, and the eligible voters and candidates drawn "
                + "from the roster by the office's rule (UBT co-lead: members in good standing of the UBT; "
                + "labor partner: members of the area, of one local with --local; steward-council chair: the council's "
                + "stewards; union officer: the local's members). Members on leave in good standing vote unless the "
                + "policy excludes them for a partnership role (LMRDA 401(e); 29 CFR 452.84-452.87). "
                + "Records the roster's SHA-256 so later steps can tell if it changed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  lmp election new --role ubt-co-lead --scope EVMC-ICU --roster examples/roster.yaml --candidates 100101,100107,100125 \\",
            "      --method irv --nomination 2026-10-01 --notice 2026-10-15 --list-inspection-from 2026-10-05 \\",
            "      --voting-opens 2026-11-04 --voting-closes 2026-11-05 --term-starts 2027-01-01 \\",
            "      --as-of 2026-09-30 -o examples/elections/icu-co-lead/icu-2026.yaml",
            "  lmp election new --role steward-council-chair --scope EVMC-SC --roster examples/roster.yaml -o sc.yaml"})
public final class NewCommand extends ElectionBaseCommand {

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "The office: ubt-co-lead, labor-partner, steward-council-chair, union-officer or custom.")
    String role;

    @Option(names = "--scope", required = true, paramLabel = "ID",
            description = "Where the office is held: a UBT id (co-lead), an area (labor partner), a council id (chair), "
                    + "a local (union officer); for custom also a local, a bargaining unit or a comma-separated list of UBT ids.")
    String scope;

    @Option(names = "--roster", required = true, paramLabel = "ROSTER.yaml", description = "The roster to draw voters and candidates from.")
    String rosterPath;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The election file to write (required).")
    String out;

    @Option(names = "--out", hidden = true, paramLabel = "ELECTION.yaml", description = "Old name of --output.")
    String outOld;

    @Option(names = "--force", description = "Overwrite the election file if it exists.")
    boolean force;

    @Option(names = "--title", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "Title printed on ballots. Default: office, scope and year.")
    String title;

    @Option(names = "--description", converter = lmp.cli.TextConverter.class, paramLabel = "TEXT", description = "What the office is (for --role custom; "
            + "the policy's custom_offices entry of that name says whether it is an LMRDA officer and its term).")
    String description;

    @Option(names = "--local", paramLabel = "LOCAL", description = "Only members of this local vote and stand "
            + "(labor partners are elected per local and area).")
    String local;

    @Option(names = "--officials", split = ",", paramLabel = "ID", description = "Member ids of the election officials "
            + "(tellers, judges); one who is also a candidate is a warning in 'check'.")
    List<String> officials = new ArrayList<>();

    @Option(names = "--list-inspection-on-request", description = "The list-inspection dates are the ones the candidates "
            + "asked for (29 CFR 452.71(a)); otherwise the list must be open the whole 30-day period.")
    boolean listOnRequest;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "plurality", description = "plurality, approval, irv, stv or meek. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--seats", paramLabel = "N", defaultValue = "1", description = "Seats to fill. Default: ${DEFAULT-VALUE}.")
    int seats;

    @Option(names = "--candidates", split = ",", paramLabel = "ID", description = "Member ids of the nominated candidates, in ballot order.")
    List<String> candidates = new ArrayList<>();

    @Option(names = "--ballots", split = ",", paramLabel = "FILE", description = "Ballot files (relative to the election file), if known now; 'intake' adds them later.")
    List<String> ballots = new ArrayList<>();

    @Option(names = "--write-ins", description = "Allow write-in candidates (29 CFR 452.114). Default: not allowed.")
    boolean writeIns;

    @Option(names = "--tie", defaultValue = "stop", paramLabel = "stop|lot|order", description = "Ties: stop the count and name the "
            + "tied candidates (exit 3) until a lot is drawn in public with 'lmp election draw'; lot (with --seed); or ballot "
            + "order. Default: ${DEFAULT-VALUE}.")
    String tieBreak;

    @Option(names = "--tie-break", hidden = true, paramLabel = "MODE", description = "Old name of --tie.")
    String tieBreakOld;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the lot for ties. A seed chosen before the count is not "
            + "drawn in public, and blocks certification of a tie it decided; prefer 'lmp election draw'.")
    Long seed;

    @Option(names = "--nomination", converter = DateConverter.class, paramLabel = "DATE", description = "Day nominations close.")
    LocalDate nomination;
    @Option(names = "--notice", converter = DateConverter.class, paramLabel = "DATE", description = "Day the notice of election is mailed.")
    LocalDate notice;
    @Option(names = "--list-inspection-from", converter = DateConverter.class, paramLabel = "DATE", description = "First day candidates may inspect the membership list.")
    LocalDate listFrom;
    @Option(names = "--list-inspection-until", converter = DateConverter.class, paramLabel = "DATE", description = "Last day they may. Default: the day before the election.")
    LocalDate listUntil;
    @Option(names = "--voting-opens", converter = DateConverter.class, paramLabel = "DATE", description = "First day of voting.")
    LocalDate votingOpens;
    @Option(names = "--voting-closes", converter = DateConverter.class, paramLabel = "DATE", description = "Last day of voting. Default: the day voting opens.")
    LocalDate votingCloses;
    @Option(names = "--mail-ballot", description = "Ballots are mailed (then --ballots-mailed and --return-deadline).")
    boolean mailBallot;
    @Option(names = "--ballots-mailed", converter = DateConverter.class, paramLabel = "DATE", description = "Day mail ballots are mailed.")
    LocalDate ballotsMailed;
    @Option(names = "--return-deadline", converter = DateConverter.class, paramLabel = "DATE", description = "Day mail ballots must be back.")
    LocalDate returnDeadline;
    @Option(names = "--count-date", converter = DateConverter.class, paramLabel = "DATE", description = "Day of the count. Default: the last day of voting.")
    LocalDate countDate;
    @Option(names = "--term-starts", converter = DateConverter.class, paramLabel = "DATE", description = "Day the winner takes office.")
    LocalDate termStarts;
    @Option(names = "--runoff", converter = DateConverter.class, paramLabel = "DATE", description = "Day of a run-off, if one is planned.")
    LocalDate runoff;
    @Option(names = "--notice-announces-runoff", description = "The notice of election announces any run-off (29 CFR 452.30).")
    boolean announcesRunoff;
    @Option(names = "--keep-records-until", converter = DateConverter.class, paramLabel = "DATE", description = "Keep records until. Default: one year after the count.")
    LocalDate keepUntil;

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Mixin
    ElectionFormat outputFormat;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        json = outputFormat.json();
        if (out == null && outOld != null) {
            note("note: --out is now -o/--output for 'election new'");
            out = outOld;
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing -o/--output FILE: the election file to write");
        }
        return locked(out, true, this::create);
    }

    private int create() {
        OfficeKind kind = Optional.ofNullable(OfficeKind.spellings().get(role.strip().toLowerCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--role: unknown office '" + role + "'; expected one of: " + String.join(", ", OfficeKind.spellings().keySet())));
        if (!CountPart.METHODS.contains(method)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--method: unknown method '" + method + "'; expected one of: plurality, approval, irv, stv, meek");
        }
        if (tieBreakOld != null) {
            note("note: --tie-break is now --tie");
            tieBreak = tieBreakOld;
        }
        if (!List.of("lot", "stop", "order").contains(tieBreak)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--tie: expected stop, lot or order, found '" + tieBreak + "'");
        }
        if (seats < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seats must be at least 1");
        }
        LocalDate day = asOf(asOf.value());
        InputFile rosterFile = readInput(rosterPath);
        Roster roster = RosterYaml.read(rosterFile).orThrow();
        Location at = Location.of(rosterFile.name());
        if (Eligibility.scopeKind(roster, kind, scope).isEmpty()) {
            throw new InputException(Problem.error(at, "no " + (kind == OfficeKind.CUSTOM
                    ? "UBT, council, area, local, bargaining unit or list of UBTs" : kind.role().get().scopeKind().words())
                    + " '" + scope + "' in the roster; check --scope"));
        }
        if (local != null && roster.members().stream().noneMatch(m -> m.local().equals(local))) {
            java.util.Set<String> locals = new java.util.TreeSet<>();
            roster.members().forEach(m -> locals.add(m.local()));
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--local: no member of local '" + local
                    + "' in the roster" + lmp.io.Fields.suggestion(local, locals) + "; locals: " + String.join(", ", locals));
        }
        lmp.election.TermOfOffice terms = terms(policy.value());
        List<Candidate> chosen = candidates(roster, at);
        Office office = new Office(kind, scope, Optional.ofNullable(description), chosen, Optional.ofNullable(local),
                officials.stream().map(String::strip).toList(), listOnRequest);
        List<Member> voters = Eligibility.voters(roster, office, terms, day);

        LocalDate closes = votingCloses != null ? votingCloses : votingOpens;
        Optional<LocalDate> countDay = Optional.ofNullable(countDate).or(() -> Optional.ofNullable(mailBallot ? returnDeadline : closes));
        ElectionDates dates = new ElectionDates(Optional.of(day), Optional.ofNullable(nomination), Optional.ofNullable(notice),
                Optional.ofNullable(listFrom), Optional.ofNullable(listUntil), Optional.ofNullable(votingOpens), Optional.ofNullable(closes),
                mailBallot, Optional.ofNullable(ballotsMailed), Optional.ofNullable(returnDeadline), countDay,
                Optional.ofNullable(termStarts), Optional.empty());
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("write_ins", Boolean.toString(writeIns));
        Map<String, String> tie = new LinkedHashMap<>();
        tie.put("mode", tieBreak);
        if (seed != null) tie.put("seed", Long.toString(seed));
        String electionTitle = title != null ? title : (description != null ? description : kind.title()) + " election, " + scope
                + dates.electionDay().map(d -> " " + d.getYear()).orElse("");
        CountPart count = new CountPart(electionTitle, method, seats, chosen.stream().map(Candidate::name).toList(), List.of(),
                rules, tie, ballots);
        Path outPath = Path.of(out);
        Path outDir = outPath.toAbsolutePath().normalize().getParent();
        String rosterRel = outDir.relativize(Path.of(rosterPath).toAbsolutePath().normalize()).toString().replace('\\', '/');
        String auditLog = baseName(outPath) + ".audit.jsonl";
        Election election = new Election(count, office,
                Optional.of(new Election.RosterRef(rosterRel, rosterFile.sha256())), dates,
                voters.stream().map(Member::id).toList(), List.of(), List.of(), announcesRunoff,
                Optional.ofNullable(keepUntil).or(() -> countDay.map(d -> d.plusYears(Compliance.RECORD_YEARS))),
                Optional.empty(), Optional.of(auditLog), Optional.ofNullable(runoff), lmp.election.ElectionStatus.draft());
        Path logPath = outPath.resolveSibling(auditLog);
        Path keyPath = keyFile(outPath);
        if (!force) {
            for (Path p : List.of(outPath, logPath)) {
                if (java.nio.file.Files.exists(p)) throw new lmp.io.OutputException(p + ": already exists; use --force to overwrite it");
            }
        }
        byte[] key = existingKey(keyPath).orElseGet(() -> {
            byte[] k = new byte[32];
            new java.security.SecureRandom().nextBytes(k);
            return k;
        });
        lmp.election.NewStep.Created created = lmp.election.NewStep.run(election, outPath.getFileName().toString(), key,
                rosterRel, rosterFile, chosen.size());
        Loaded loaded = new Loaded(outPath, created.state().file(), created.state().election());
        lmp.election.StepOutcome outcome = created.outcome();
        if (existingKey(keyPath).isEmpty()) {
            List<lmp.election.StepOutcome.Write> writes = new ArrayList<>(outcome.writes());
            writes.add(new lmp.election.StepOutcome.Write(loaded.relative(keyPath),
                    (java.util.HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.UTF_8), true));
            outcome = new lmp.election.StepOutcome(outcome.election(), writes, outcome.record(), outcome.lines(), outcome.notes());
        }
        commit(loaded, created.state(), outcome, asOf.value());
        Election written = created.state().election();
        for (Candidate c : chosen) {
            CheckItem item = Compliance.candidateEligible(written, roster, c, day, terms);
            if (item.status() == CheckItem.Status.FAIL || item.status() == CheckItem.Status.DUE) {
                note("note: " + item.message());
            }
        }
        note("Wrote " + out + ": " + kind.id() + " " + scope + ", " + voters.size() + " eligible voter(s), "
                + chosen.size() + " candidate(s); roster SHA-256 " + rosterFile.sha256());
        return ExitCode.OK;
    }

    private List<Candidate> candidates(Roster roster, Location at) {
        List<Problem> problems = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : candidates) {
            String t = id.strip();
            if (!seen.add(t)) {
                problems.add(Problem.error(at, "--candidates: member " + t + " is listed twice"));
                continue;
            }
            roster.member(t).ifPresentOrElse(members::add,
                    () -> problems.add(Problem.error(at, "--candidates: no member with id '" + t + "' in the roster; check the id")));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        Map<String, Integer> names = new HashMap<>();
        members.forEach(m -> names.merge(m.name(), 1, Integer::sum));
        // Two candidates with the same name would be indistinguishable on the ballot and in the count.
        return members.stream().map(m -> new Candidate(m.id(), names.get(m.name()) > 1 ? m.name() + " (" + m.id() + ")" : m.name()))
                .toList();
    }

    /** A key file kept from an earlier run (so re-creating an election keeps its key), or empty. */
    private Optional<byte[]> existingKey(Path keyPath) {
        if (!java.nio.file.Files.isRegularFile(keyPath)) return Optional.empty();
        String hex = readInput(keyPath.toString()).text().strip();
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new InputException(Problem.error(Location.of(keyPath.toString()), "the key file should hold 64 lower-case hex digits"));
        }
        return Optional.of(java.util.HexFormat.of().parseHex(hex));
    }
}
