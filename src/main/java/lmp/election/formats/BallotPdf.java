package lmp.election.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import lmp.election.BallotDesign;

/**
 * Printable ballots as PDF. Every copy is the same page except for the candidate order when the
 * order is rotated; there is no serial number, page number, barcode or anything else that differs
 * between copies, so a ballot cannot be traced to the voter who received it (29 CFR 452.97).
 */
public final class BallotPdf {
    private static final float ROW = 28;
    private static final float BOX = 14;

    private BallotPdf() {
    }

    /**
     * The texts of the ballot that {@code font} cannot print, each with the reason; the caller
     * refuses them rather than misprint a name. Titles are set in bold too, so bold must have them.
     */
    public static java.util.Map<String, String> unprintable(BallotDesign design, PdfFont font) {
        java.util.Map<String, String> bad = new java.util.LinkedHashMap<>();
        java.util.Set<String> texts = new java.util.LinkedHashSet<>(design.instructions());
        texts.add(design.office());
        texts.add(design.votingLine());
        design.orders().forEach(texts::addAll);
        font.missing(design.title(), true).ifPresent(why -> bad.put(design.title(), why));
        for (String s : texts) {
            font.missing(s, false).ifPresent(why -> bad.putIfAbsent(s, why));
        }
        return bad;
    }

    /** {@code copies} ballots, one per page, cycling through the design's candidate orders. */
    public static void write(BallotDesign design, int copies, boolean sample, PdfFont font, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages(font)) {
            int versions = Math.min(copies, design.orders().size());
            int[] first = new int[versions + 1];
            for (int v = 0; v < versions; v++) {
                first[v] = pages.pageCount();
                pages.newPage();
                ballot(pages, design, design.orders().get(v), sample);
            }
            first[versions] = pages.pageCount();
            // Each further copy shares the content of its version's pages: the copies are identical by construction.
            for (int i = versions; i < copies; i++) {
                int v = i % versions;
                pages.repeat(first[v], first[v + 1]);
            }
            pages.save(out);
        }
    }

    private static void ballot(PdfPages p, BallotDesign d, List<String> order, boolean sample) throws IOException {
        p.paragraph(sample ? "SAMPLE BALLOT - for information only, not for voting" : "OFFICIAL BALLOT", p.bold, 18, 0);
        p.paragraph(d.title(), p.bold, 14, 0);
        p.paragraph(d.office(), p.regular, 11, 0);
        if (!d.votingLine().isEmpty()) p.paragraph(d.votingLine(), p.regular, 11, 0);
        p.space(8);
        p.paragraph("Instructions", p.bold, 12, 0);
        for (String s : d.instructions()) p.paragraph(s, p.regular, 10, 10);
        p.space(14);
        if (d.ranked()) {
            ranked(p, d, order);
        } else {
            marked(p, d, order);
        }
    }

    private static void marked(PdfPages p, BallotDesign d, List<String> order) throws IOException {
        for (String name : order) {
            p.ensure(ROW);
            float y = p.y() - ROW;
            p.box(PdfPages.MARGIN, y, BOX, BOX);
            p.text(name, p.regular, 12, PdfPages.MARGIN + BOX + 12, y + 3);
            p.moveTo(y);
        }
        for (int i = 0; i < d.writeInLines(); i++) {
            p.ensure(ROW);
            float y = p.y() - ROW;
            p.box(PdfPages.MARGIN, y, BOX, BOX);
            p.text("Write-in:", p.regular, 12, PdfPages.MARGIN + BOX + 12, y + 3);
            p.line(PdfPages.MARGIN + BOX + 70, y + 1, PdfPages.MARGIN + 330, y + 1);
            p.moveTo(y);
        }
    }

    private static void ranked(PdfPages p, BallotDesign d, List<String> order) throws IOException {
        float nameWidth = 220;
        float left = PdfPages.MARGIN + nameWidth;
        float colWidth = Math.min(44, (PdfPages.WIDTH - PdfPages.MARGIN - left) / Math.max(1, d.ranks()));
        boolean columns = colWidth >= 20;
        p.ensure(ROW);
        float hy = p.y() - 16;
        p.text("Candidate", p.bold, 11, PdfPages.MARGIN, hy);
        if (columns) {
            for (int r = 1; r <= d.ranks(); r++) {
                p.text(BallotDesign.ordinal(r), p.bold, 9, left + (r - 1) * colWidth + 2, hy);
            }
        } else {
            p.text("Rank (write 1, 2, 3, ...)", p.bold, 11, left, hy);
        }
        p.moveTo(hy - 4);
        List<String> rows = new ArrayList<>(order);
        for (int i = 0; i < d.writeInLines(); i++) rows.add("");
        for (String name : rows) {
            p.ensure(ROW);
            float y = p.y() - ROW;
            if (name.isEmpty()) {
                p.text("Write-in:", p.regular, 12, PdfPages.MARGIN, y + 3);
                p.line(PdfPages.MARGIN + 56, y + 1, left - 10, y + 1);
            } else {
                p.text(name, p.regular, 12, PdfPages.MARGIN, y + 3);
            }
            if (columns) {
                for (int r = 0; r < d.ranks(); r++) p.box(left + r * colWidth + 4, y, BOX, BOX);
            } else {
                p.box(left, y - 2, 30, 18);
            }
            p.moveTo(y);
        }
    }
}
