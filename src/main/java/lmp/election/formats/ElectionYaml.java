package lmp.election.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lmp.election.Candidate;
import lmp.election.Challenge;
import lmp.election.CountPart;
import lmp.election.Election;
import lmp.election.ElectionDates;
import lmp.election.Office;
import lmp.election.OfficeKind;
import lmp.election.ElectionStatus;
import lmp.election.SpoiledBallot;
import lmp.election.Stage;
import lmp.count.formats.CountSpecYaml;
import lmp.io.Fields;
import lmp.io.InputFile;
import lmp.io.Node;
import lmp.io.Parsed;
import lmp.io.Problems;
import lmp.io.YamlTree;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The election file (schema: docs/elections.md). Its COUNT keys (title, method, seats, candidates,
 * withdrawn, rules, tie_break, ballots) are shared with the counting engine; its ADMINISTRATION
 * keys (office, roster, dates, voters, challenged, spoiled, notice, records, audit_log, runoff)
 * belong to election administration and are ignored by the count. Reading reports every problem
 * located; writing is canonical (fixed key order) so the same election gives the same bytes.
 */
public final class ElectionYaml {
    public static final int SCHEMA_VERSION = 1;
    /** The administration keys; the counting engine's standalone reader ignores exactly these. */
    public static final List<String> ADMINISTRATION_KEYS = CountSpecYaml.ADMINISTRATION_KEYS;

    /** Made on first write: reading an election file must not load Jackson databind (docs/install.md, "Start-up"). */
    private static final class YamlWriter {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
                .build();
    }

    private ElectionYaml() {
    }

    public static Parsed<Election> read(InputFile file) {
        return read(YamlTree.parse(file));
    }

    public static Parsed<Election> read(Node root) {
        Problems problems = new Problems();
        Optional<Fields> top = Fields.of(root, problems, "the election file");
        if (top.isEmpty()) return Parsed.failed(problems);
        Fields f = top.get();
        f.integer("lmp_election", SCHEMA_VERSION, SCHEMA_VERSION);
        if (!f.has("lmp_election")) {
            problems.error(f.location(), "not an lmp election file: add 'lmp_election: 1' at the top");
        }
        CountPart count = countPart(f, root);
        Optional<Office> office = f.node("office").flatMap(n -> Fields.of(n, problems, "office")).flatMap(ElectionYaml::office);
        if (!f.has("office")) {
            problems.error(f.location(), "the election file is missing 'office' (role and scope); create it with 'lmp election new'");
        }
        List<String> certifiedRoster = new java.util.ArrayList<>(1);
        Optional<Election.RosterRef> roster = f.node("roster").flatMap(n -> Fields.of(n, problems, "roster")).flatMap(r -> {
            Optional<String> path = r.requiredText("path");
            Optional<String> sha = r.requiredText("sha256");
            r.text("certified_digest").ifPresent(certifiedRoster::add);
            r.finish();
            return path.isPresent() && sha.isPresent() ? Optional.of(new Election.RosterRef(path.get(), sha.get())) : Optional.empty();
        });
        ElectionDates dates = f.node("dates").flatMap(n -> Fields.of(n, problems, "dates")).map(ElectionYaml::dates)
                .orElse(ElectionDates.none());
        List<String> voters = f.textList("voters");
        List<Challenge> challenged = f.objects("challenged", "a challenged ballot", ElectionYaml::challenge);
        List<SpoiledBallot> spoiled = f.objects("spoiled", "a spoiled-ballot entry", s -> {
            Optional<Integer> n = s.integer("count", 1, 1_000_000);
            Optional<String> reason = s.requiredText("reason");
            return reason.map(r -> new SpoiledBallot(n.orElse(1), r));
        });
        boolean announcesRunoff = f.node("notice").flatMap(n -> Fields.of(n, problems, "notice")).map(n -> {
            boolean b = n.bool("announces_runoff").orElse(false);
            n.finish();
            return b;
        }).orElse(false);
        Optional<LocalDate> keepUntil = Optional.empty();
        Optional<String> checkoff = Optional.empty();
        Optional<Fields> records = f.node("records").flatMap(n -> Fields.of(n, problems, "records"));
        if (records.isPresent()) {
            keepUntil = records.get().date("keep_until");
            checkoff = records.get().text("checkoff");
            records.get().finish();
        }
        Optional<String> auditLog = f.text("audit_log");
        if (auditLog.isPresent() && !auditLog.get().equals(lmp.io.OutputDirectory.safeName(auditLog.get()))) {
            // lmp rewrites the audit log on every command; a path from the file must not send that
            // write outside the election's directory (audit_log: ../../somewhere/else).
            f.problems().error(f.locationOf("audit_log"), "'audit_log' should be a plain file name next to the election file "
                    + "(letters, digits, '.', '_', '-'), found '" + auditLog.get() + "'");
            auditLog = Optional.empty();
        }
        Optional<LocalDate> runoff = f.node("runoff").flatMap(n -> Fields.of(n, problems, "runoff")).flatMap(r -> {
            Optional<LocalDate> d = r.date("date");
            r.finish();
            return d;
        });
        Stage stage = f.choice("stage", Stage.spellings()).orElse(Stage.DRAFT);
        Optional<ElectionStatus.Lot> lot = f.node("lot").flatMap(n -> Fields.of(n, problems, "lot")).flatMap(l -> {
            Optional<String> seed = l.requiredText("seed");
            List<String> witnesses = l.textList("witnesses");
            Optional<LocalDate> drawn = l.date("drawn_on");
            if (!l.has("drawn_on")) l.requiredText("drawn_on");
            l.finish();
            return seed.isPresent() && drawn.isPresent() ? Optional.of(new ElectionStatus.Lot(seed.get(), witnesses, drawn.get()))
                    : Optional.empty();
        });
        Optional<ElectionStatus.ChainHead> chain = f.node("audit_chain").flatMap(n -> Fields.of(n, problems, "audit_chain")).flatMap(c -> {
            Optional<Integer> n = c.integer("records", 0, Integer.MAX_VALUE);
            Optional<String> last = c.requiredText("last");
            c.finish();
            return n.isPresent() && last.isPresent() ? Optional.of(new ElectionStatus.ChainHead(n.get(), last.get()))
                    : Optional.empty();
        });
        f.finish();
        if (office.isEmpty()) return Parsed.failed(problems);
        Election e = new Election(count, office.get(), roster, dates, voters, challenged, spoiled, announcesRunoff, keepUntil,
                checkoff, auditLog, runoff, new ElectionStatus(stage, lot, chain, certifiedRoster.stream().findFirst()));
        return Parsed.of(e, problems);
    }

    /**
     * The count keys: validated by the counting engine's own reader ({@link CountSpecYaml}, which
     * reports every problem), and kept here as written so that administration can print and rewrite
     * them without reinterpreting the count's vocabulary.
     */
    private static CountPart countPart(Fields f, Node root) {
        CountSpecYaml.read(f);
        Node.MapNode map = (Node.MapNode) root;
        String title = scalar(map.get("title")).orElse("");
        String method = scalar(map.get("method")).orElse("irv");
        int seats = scalar(map.get("seats")).filter(t -> t.matches("\\d{1,6}")).map(Integer::parseInt).orElse(1);
        return new CountPart(title, method, seats, texts(map.get("candidates")), texts(map.get("withdrawn")),
                scalars(map.get("rules")), scalars(map.get("tie_break")), texts(map.get("ballots")));
    }

    private static Optional<String> scalar(Optional<Node> n) {
        return n.filter(x -> x instanceof Node.Scalar s && !s.isNull()).map(x -> ((Node.Scalar) x).text().strip());
    }

    private static List<String> texts(Optional<Node> n) {
        if (n.isEmpty() || !(n.get() instanceof Node.ListNode l)) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (Node item : l.items()) scalar(Optional.of(item)).filter(t -> !t.isEmpty()).ifPresent(out::add);
        return out;
    }

    private static Map<String, String> scalars(Optional<Node> n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isPresent() && n.get() instanceof Node.MapNode m) {
            m.entries().forEach((k, e) -> scalar(Optional.of(e.value())).ifPresent(v -> out.put(k, v)));
        }
        return out;
    }

    private static Optional<Office> office(Fields o) {
        Optional<OfficeKind> kind = o.choice("role", OfficeKind.spellings());
        if (!o.has("role")) o.requiredText("role");
        Optional<String> scope = o.requiredText("scope");
        Optional<String> description = o.text("description");
        List<Candidate> candidates = o.objects("candidates", "a candidate", c -> {
            Optional<String> id = c.requiredText("id");
            Optional<String> name = c.requiredName("name");
            return id.isPresent() && name.isPresent() ? Optional.of(new Candidate(id.get(), name.get())) : Optional.empty();
        });
        Optional<String> local = o.text("local");
        List<String> officials = o.textList("officials");
        boolean onRequest = o.bool("list_inspection_on_request").orElse(false);
        o.finish();
        if (kind.isEmpty() || scope.isEmpty()) return Optional.empty();
        return Optional.of(new Office(kind.get(), scope.get(), description, candidates, local, officials, onRequest));
    }

    private static ElectionDates dates(Fields d) {
        ElectionDates dates = new ElectionDates(d.date("eligibility"), d.date("nomination"), d.date("notice_mailed"),
                d.date("list_inspection_from"), d.date("list_inspection_until"), d.date("voting_opens"), d.date("voting_closes"),
                d.bool("mail_ballot").orElse(false), d.date("ballots_mailed"), d.date("return_deadline"), d.date("count"),
                d.date("term_starts"), d.date("runoff_notice"));
        d.finish();
        return dates;
    }

    private static Optional<Challenge> challenge(Fields c) {
        if (c.has("file")) {
            c.problems().error(c.location(), "a challenge is recorded by voter, not by ballot file (29 CFR 452.97(b): the ballot "
                    + "stays sealed until the challenge is resolved); replace 'file' with 'voter: MEMBER_ID'");
            c.node("file");
        }
        Optional<String> file = c.requiredText("voter");
        Optional<String> reason = c.requiredText("reason");
        Optional<Challenge.Resolution> resolution = c.choice("resolution", Challenge.Resolution.spellings());
        if (!c.has("resolution")) {
            c.problems().error(c.location(), "a challenged ballot is missing 'resolution'; write 'resolution: pending', 'accepted' or 'rejected'");
        }
        if (file.isEmpty() || reason.isEmpty() || resolution.isEmpty()) return Optional.empty();
        return Optional.of(new Challenge(file.get(), reason.get(), resolution.get(), c.location()));
    }

    /** Writes the election in canonical form: count keys first, then administration keys, fixed order. */
    public static void write(Election e, OutputStream out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        CountPart c = e.count();
        doc.put("lmp_election", SCHEMA_VERSION);
        doc.put("title", c.title());
        doc.put("method", c.method());
        doc.put("seats", c.seats());
        doc.put("candidates", c.candidates());
        if (!c.withdrawn().isEmpty()) doc.put("withdrawn", c.withdrawn());
        if (!c.rules().isEmpty()) doc.put("rules", typed(c.rules()));
        if (!c.tieBreak().isEmpty()) doc.put("tie_break", typed(c.tieBreak()));
        doc.put("ballots", c.ballots());
        doc.put("office", officeMap(e.office()));
        e.roster().ifPresent(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", r.path());
            m.put("sha256", r.sha256());
            e.status().certifiedRoster().ifPresent(d -> m.put("certified_digest", d));
            doc.put("roster", m);
        });
        doc.put("dates", datesMap(e.dates()));
        doc.put("voters", e.voters());
        if (!e.challenged().isEmpty()) doc.put("challenged", e.challenged().stream().map(ch -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("voter", ch.voter());
            m.put("reason", ch.reason());
            m.put("resolution", ch.resolution().id());
            return m;
        }).toList());
        if (!e.spoiled().isEmpty()) doc.put("spoiled", e.spoiled().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", s.count());
            m.put("reason", s.reason());
            return m;
        }).toList());
        doc.put("notice", Map.of("announces_runoff", e.noticeAnnouncesRunoff()));
        Map<String, Object> records = new LinkedHashMap<>();
        e.keepRecordsUntil().ifPresent(d -> records.put("keep_until", d.toString()));
        e.checkoff().ifPresent(p -> records.put("checkoff", p));
        if (!records.isEmpty()) doc.put("records", records);
        e.auditLog().ifPresent(a -> doc.put("audit_log", a));
        e.runoffDate().ifPresent(d -> doc.put("runoff", Map.of("date", d.toString())));
        ElectionStatus st = e.status();
        doc.put("stage", st.stage().id());
        st.lot().ifPresent(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", l.seed());
            m.put("witnesses", l.witnesses());
            m.put("drawn_on", l.drawnOn().toString());
            doc.put("lot", m);
        });
        st.chain().ifPresent(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records", h.records());
            m.put("last", h.last());
            doc.put("audit_chain", m);
        });
        out.write(("# lmp election file; schema: docs/elections.md\n").getBytes(StandardCharsets.UTF_8));
        YamlWriter.MAPPER.writeValue(out, doc);
    }

    /**
     * The bytes the audit trail digests for an election file: its canonical form without the head of
     * the audit chain (which names the record that names this digest, and so cannot be part of it).
     */
    public static byte[] digestForm(Election e) {
        return toYaml(e.withStatus(e.status().withoutChain())).getBytes(StandardCharsets.UTF_8);
    }

    public static String toYaml(Election e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(e, bytes);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Rule values as the YAML types a reader expects: whole numbers and booleans unquoted. */
    private static Map<String, Object> typed(Map<String, String> raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        raw.keySet().stream().sorted().forEach(k -> {
            String v = raw.get(k);
            if (v.matches("-?\\d{1,18}")) m.put(k, Long.parseLong(v));
            else if (v.equals("true") || v.equals("false")) m.put(k, Boolean.parseBoolean(v));
            else m.put(k, v);
        });
        return m;
    }

    private static Map<String, Object> officeMap(Office o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", o.kind().id());
        m.put("scope", o.scope());
        o.description().ifPresent(d -> m.put("description", d));
        m.put("candidates", o.candidates().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.memberId());
            cm.put("name", c.name());
            return cm;
        }).toList());
        o.local().ifPresent(l -> m.put("local", l));
        if (!o.officials().isEmpty()) m.put("officials", o.officials());
        if (o.listInspectionOnRequest()) m.put("list_inspection_on_request", true);
        return m;
    }

    private static Map<String, Object> datesMap(ElectionDates d) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "eligibility", d.eligibility());
        put(m, "nomination", d.nomination());
        put(m, "notice_mailed", d.noticeMailed());
        put(m, "list_inspection_from", d.listInspectionFrom());
        put(m, "list_inspection_until", d.listInspectionUntil());
        put(m, "voting_opens", d.votingOpens());
        put(m, "voting_closes", d.votingCloses());
        m.put("mail_ballot", d.mailBallot());
        put(m, "ballots_mailed", d.ballotsMailed());
        put(m, "return_deadline", d.returnDeadline());
        put(m, "count", d.count());
        put(m, "term_starts", d.termStarts());
        put(m, "runoff_notice", d.runoffNotice());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Optional<LocalDate> d) {
        d.ifPresent(v -> m.put(key, v.toString()));
    }
}
