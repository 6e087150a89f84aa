package lmp.election.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lmp.io.CsvInput;
import lmp.io.CsvOutput;
import lmp.io.InputFile;
import lmp.io.Parsed;
import lmp.io.Problems;
import lmp.roster.Member;

/**
 * The voter check-off list: every eligible voter, with a column the tellers mark when the voter
 * is given a ballot. It says who voted, never how: it has no ballot number, no candidate and no
 * order that matches the order ballots are cast in (it is sorted by name), so it cannot be joined
 * with the ballots (29 CFR 452.97).
 */
public final class CheckoffList {
    public static final List<String> HEADER = List.of("member_id", "name", "ubt", "voted");
    private static final Set<String> MARKED = Set.of("x", "yes", "y", "1", "true", "voted");

    private CheckoffList() {
    }

    public static List<Member> sorted(List<Member> voters) {
        List<Member> list = new ArrayList<>(voters);
        list.sort(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT)).thenComparing(Member::id));
        return list;
    }

    public static void writeCsv(List<Member> voters, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvOutput csv = new CsvOutput(w)) {
            csv.row(HEADER);
            for (Member m : sorted(voters)) csv.row(m.id(), m.name(), m.ubt().orElse(""), "");
        }
        w.flush();
    }

    /** Voters whose names {@code font} cannot print, with the reason: refused before anything is written, never printed as '?'. */
    public static java.util.Map<Member, String> unprintable(List<Member> voters, PdfFont font) {
        java.util.Map<Member, String> bad = new java.util.LinkedHashMap<>();
        for (Member m : voters) {
            font.missing(m.name() + " " + m.id() + " " + m.ubt().orElse(""), false).ifPresent(why -> bad.put(m, why));
        }
        return bad;
    }

    public static void writePdf(String title, List<Member> voters, PdfFont font, OutputStream out) throws IOException {
        try (PdfPages p = new PdfPages(font)) {
            p.newPage();
            p.paragraph("Voter check-off list", p.bold, 16, 0);
            p.paragraph(title, p.regular, 12, 0);
            p.paragraph("Tellers: tick 'Voted' and initial when a voter receives a ballot. Record nothing else: this list must "
                    + "never show which ballot a voter received or how anyone voted.", p.regular, 9, 0);
            p.space(10);
            float[] x = {PdfPages.MARGIN, PdfPages.MARGIN + 230, PdfPages.MARGIN + 310, PdfPages.MARGIN + 400, PdfPages.MARGIN + 450};
            header(p, x);
            for (Member m : sorted(voters)) {
                if (p.y() - 22 < PdfPages.MARGIN) {
                    p.newPage();
                    header(p, x);
                }
                float y = p.y() - 22;
                p.text(m.name(), p.regular, 10, x[0], y + 4);
                p.text(m.id(), p.regular, 10, x[1], y + 4);
                p.text(m.ubt().orElse(""), p.regular, 10, x[2], y + 4);
                p.box(x[3] + 8, y + 2, 12, 12);
                p.line(x[4], y + 2, PdfPages.WIDTH - PdfPages.MARGIN, y + 2);
                p.moveTo(y);
            }
            p.save(out);
        }
    }

    private static void header(PdfPages p, float[] x) throws IOException {
        float y = p.y() - 16;
        String[] h = {"Name", "Member id", "UBT", "Voted", "Teller initials"};
        for (int i = 0; i < h.length; i++) p.text(h[i], p.bold, 10, x[i], y);
        p.moveTo(y - 2);
    }

    /**
     * Refuses a file given as the marked check-off list that is something else, saying what it is:
     * cast ballots (rank or candidate columns, or a BLT), or an election file or roster.
     */
    public static void refuseOtherKinds(InputFile file) {
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".blt")) {
            throw lmp.io.InputException.at(lmp.io.Location.of(file.name(), 1), "this is a BLT ballot file, not a check-off "
                    + "list; give cast ballots with --ballots, and the marked check-off list (member_id, voted) with --checkoff");
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            throw lmp.io.InputException.at(lmp.io.Location.of(file.name(), 1), "this is a YAML file (an election file or a "
                    + "roster), not a check-off list; the check-off list is the CSV 'election ballots' wrote, marked");
        }
        CsvInput.read(file, header -> {
            if (header.index("member_id").isEmpty() || header.index("voted").isEmpty()) {
                boolean ranks = header.names().stream().anyMatch(n -> lmp.count.formats.BallotCsv.rankNumber(n) > 0);
                throw lmp.io.InputException.at(header.location(), (ranks ? "this is a ballot file (rank columns), not a "
                        + "check-off list; give cast ballots with --ballots. " : "")
                        + "A check-off list has the columns member_id and voted; found " + String.join(", ", header.names()));
            }
        }, row -> { });
    }

    /** The member ids marked as voted in a check-off CSV (any of x, yes, 1, true, voted in 'voted'). */
    public static Parsed<Set<String>> readMarked(InputFile file) {
        Problems problems = new Problems();
        Set<String> marked = new java.util.TreeSet<>();
        int[] idCol = {-1};
        int[] votedCol = {-1};
        CsvInput.read(file, header -> {
            idCol[0] = header.index("member_id").orElse(-1);
            votedCol[0] = header.index("voted").orElse(-1);
            if (idCol[0] < 0 || votedCol[0] < 0) {
                problems.error(header.location(), "check-off list needs the columns member_id and voted; found "
                        + String.join(", ", header.names()));
            }
        }, row -> {
            if (idCol[0] < 0 || votedCol[0] < 0) return;
            String id = row.cell(idCol[0]).strip();
            String voted = row.cell(votedCol[0]).strip().toLowerCase(Locale.ROOT);
            if (!voted.isEmpty() && !MARKED.contains(voted) && !voted.equals("no") && !voted.equals("0")) {
                problems.error(row.location(), "'voted' should be x (voted) or empty, found '" + voted + "'");
            } else if (MARKED.contains(voted) && !marked.add(id)) {
                problems.error(row.location(), "member " + id + " is checked off twice");
            }
        });
        return Parsed.of(Set.copyOf(marked), problems);
    }
}
