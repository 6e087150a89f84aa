package lmp.election.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import lmp.election.BallotDesign;
import lmp.roster.Member;
import lmp.roster.formats.RosterYaml;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed ballots and check-off list, read back from the PDF as text. */
class BallotPdfTest {
    private static final PdfFont FONT = PdfFont.bundled();

    private static BallotDesign design(List<List<String>> orders, boolean ranked, int ranks, int writeIns) {
        return new BallotDesign("Co-lead of U1", "Office: UBT union co-lead, U1 (1 seat)", "Voting: 2026-11-04",
                List.of("Vote for ONE candidate."), orders, ranked, ranks, writeIns, false);
    }

    /** The text of each page. */
    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc).replace("\r\n", "\n"));
            }
        }
        return out;
    }

    private static byte[] ballots(BallotDesign d, int copies, boolean sample) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BallotPdf.write(d, copies, sample, FONT, out);
        return out.toByteArray();
    }

    @Test
    void copiesCycleThroughTheRotatedOrdersAndAreOtherwiseIdentical() throws Exception {
        List<String> p = pages(ballots(design(List.of(List.of("Ann Steward", "Ben Plain"), List.of("Ben Plain", "Ann Steward")),
                false, 0, 0), 5, false));
        assertThat(p).hasSize(5);
        assertThat(p.get(0)).startsWith("OFFICIAL BALLOT\nCo-lead of U1\nOffice: UBT union co-lead, U1 (1 seat)\nVoting: 2026-11-04\n"
                + "Instructions\nVote for ONE candidate.\nAnn Steward\nBen Plain\n");
        assertThat(p.get(1)).contains("Ben Plain\nAnn Steward\n");
        assertThat(p.get(2)).isEqualTo(p.get(0));
        assertThat(p.get(3)).isEqualTo(p.get(1));
        assertThat(p.get(4)).isEqualTo(p.get(0));
        assertThat(p.get(0)).doesNotContain("Write-in", "SAMPLE", "1st");
    }

    @Test
    void fewerCopiesThanOrdersPrintTheFirstOrders() throws Exception {
        List<String> p = pages(ballots(design(List.of(List.of("A"), List.of("B"), List.of("C")), false, 0, 1), 2, true));
        assertThat(p).hasSize(2);
        assertThat(p.get(0)).startsWith("SAMPLE BALLOT - for information only, not for\nvoting\n").contains("\nA\nWrite-in:");
        assertThat(p.get(1)).contains("\nB\nWrite-in:");
    }

    @Test
    void aRankedBallotHasAColumnPerRankAndWriteInRows() throws Exception {
        List<String> p = pages(ballots(design(List.of(List.of("Ann Steward", "Ben Plain", "Cat Late")), true, 3, 1), 1, false));
        assertThat(p).singleElement().asString().contains("Candidate 1st 2nd 3rd\n", "Ann Steward\nBen Plain\nCat Late\nWrite-in:")
                .doesNotContain("Rank (write");
    }

    @Test
    void aRankedBallotWithTooManyRanksForColumnsAsksForNumbers() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) names.add("Candidate Number " + i);
        List<String> p = pages(ballots(design(List.of(names), true, 20, 0), 1, false));
        assertThat(p.get(0)).contains("Candidate Rank (write 1, 2, 3, ...)").doesNotContain("1st");
        // Twenty rows do not fit one page: the ballot runs on, every name printed once.
        assertThat(String.join("", p)).contains("Candidate Number 20");
        assertThat(p.size()).isGreaterThan(1);
    }

    @Test
    void textsTheFontCannotPrintAreNamedWithTheReason() {
        BallotDesign d = new BallotDesign("Titel \u4e2d", "Office", "", List.of("ok"), List.of(List.of("Ann", "\u0645\u062d\u0645\u062f")),
                false, 0, 0, false);
        var bad = BallotPdf.unprintable(d, FONT);
        assertThat(bad.keySet()).containsExactly("Titel \u4e2d", "\u0645\u062d\u0645\u062f");
        assertThat(bad.get("Titel \u4e2d")).contains("which the font DejaVu Sans does not have; give a font that has it with --font FILE "
                + "(for Chinese, Japanese or Korean names");
        assertThat(bad.get("\u0645\u062d\u0645\u062f")).contains("lmp cannot yet set", "it is written right to left, or its letters join");
        assertThat(FONT.missing("Nguy\u1ec5n \u0110\u1ee9c", true)).isEmpty();
        assertThat(FONT.name()).isEqualTo("DejaVu Sans");
    }

    @Test
    void theCheckoffListPrintsEveryVoterSortedByNameWithHeadersOnEveryPage() throws Exception {
        StringBuilder yaml = new StringBuilder("lmp_roster: 1\nubts: [{id: U1, name: One, facility: F, area: A}]\nmembers:\n");
        for (int i = 60; i >= 1; i--) yaml.append("  - {id: \"").append(i).append("\", name: Voter ").append(String.format("%02d", i))
                .append(", local: L1, ubt: U1}\n");
        List<Member> voters = RosterYaml.read(lmp.io.InputFile.ofText("r.yaml", yaml.toString())).orThrow().members();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckoffList.writePdf("Co-lead of U1", voters, FONT, out);
        List<String> p = pages(out.toByteArray());
        assertThat(p.size()).isGreaterThan(1);
        assertThat(p.get(0)).startsWith("Voter check-off list\nCo-lead of U1\nTellers: tick 'Voted' and initial");
        for (String page : p) assertThat(page).contains("Name Member id UBT Voted Teller initials");
        String all = String.join("", p);
        assertThat(all.indexOf("Voter 01 1 U1")).isGreaterThan(0).isLessThan(all.indexOf("Voter 02 2 U1"));
        assertThat(all).contains("Voter 60 60 U1");
        assertThat(CheckoffList.unprintable(voters, FONT)).isEmpty();
        assertThat(FONT.missing("\u05d0", false)).get().asString().startsWith("holds ").contains("lmp cannot yet set");
    }
}
