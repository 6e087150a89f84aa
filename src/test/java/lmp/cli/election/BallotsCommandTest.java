package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lmp.cli.Cli;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotsCommandTest {
    @TempDir
    Path dir;

    private Path election(String method, String seats, String... more) throws Exception {
        Files.copy(Path.of("examples/roster.yaml"), dir.resolve("roster.yaml"));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("election", "new", "--role", "ubt-co-lead",
                "--scope", "EVMC-ICU", "--roster", dir.resolve("roster.yaml").toString(), "--candidates", "100107,100113,100101",
                "--method", method, "--seats", seats, "--voting-opens", "2026-11-04", "--as-of", "2026-09-30",
                "--out", dir.resolve("election.yaml").toString()));
        args.addAll(java.util.List.of(more));
        var r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return dir.resolve("election.yaml");
    }

    private static String text(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void pluralityBallotsSayVoteForOneAndListTheCandidatesInFileOrder() throws Exception {
        Path e = election("plurality", "1");
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path ballots = dir.resolve("print/ballots.pdf");
        assertThat(pages(ballots)).isEqualTo(10); // one per eligible voter of EVMC-ICU
        String page = text(ballots, 1);
        assertThat(page).contains("OFFICIAL BALLOT", "Vote for ONE candidate", "Iris Quintero", "Deshawn Abbott", "Uma Estrada");
        assertThat(page.indexOf("Iris Quintero")).isLessThan(page.indexOf("Deshawn Abbott"));
        assertThat(page.indexOf("Deshawn Abbott")).isLessThan(page.indexOf("Uma Estrada"));
        assertThat(text(ballots, 10)).isEqualTo(page); // every copy identical: nothing to trace a ballot by
        assertThat(text(dir.resolve("print/sample-ballot.pdf"), 1)).contains("SAMPLE BALLOT", "Vote for ONE candidate");
    }

    @Test
    void rankedBallotsAskForARankingWithRankColumns() throws Exception {
        Path e = election("irv", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        assertThat(text(dir.resolve("p/ballots.pdf"), 1)).contains("Rank the candidates in order of your preference", "1st", "2nd", "3rd");
    }

    @Test
    void multiSeatPluralityBallotsSayVoteForUpToN() throws Exception {
        Path e = election("plurality", "2", "--write-ins");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        assertThat(text(dir.resolve("p/ballots.pdf"), 1)).contains("Vote for up to 2 candidates", "Write-in:");
    }

    @Test
    void approvalBallotsSayVoteForAllYouApproveOf() throws Exception {
        Path e = election("approval", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        assertThat(text(dir.resolve("p/ballots.pdf"), 1)).contains("as many candidates as you approve of");
    }

    @Test
    void mailBallotsTellTheVoterToUseTheSecretEnvelopeAndTheReturnDeadline() throws Exception {
        Path e = election("plurality", "1", "--mail-ballot", "--ballots-mailed", "2026-10-20", "--return-deadline", "2026-11-06");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        assertThat(text(dir.resolve("p/ballots.pdf"), 1).replace("\n", " ")).contains("Mail ballot: must be received by 2026-11-06",
                "secret-ballot envelope", "sign the outside of the return envelope only");
    }

    @Test
    void rotatedBallotsPutEachCandidateFirstInTurn() throws Exception {
        Path e = election("plurality", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString(), "--order", "rotate",
                "--copies", "3").exit()).isZero();
        Path b = dir.resolve("p/ballots.pdf");
        assertThat(firstCandidate(text(b, 1))).isEqualTo("Iris Quintero");
        assertThat(firstCandidate(text(b, 2))).isEqualTo("Deshawn Abbott");
        assertThat(firstCandidate(text(b, 3))).isEqualTo("Uma Estrada");
    }

    private static String firstCandidate(String page) {
        int i = Integer.MAX_VALUE;
        String first = "";
        for (String n : new String[] {"Iris Quintero", "Deshawn Abbott", "Uma Estrada"}) {
            int at = page.indexOf(n);
            if (at >= 0 && at < i) {
                i = at;
                first = n;
            }
        }
        return first;
    }

    @Test
    void ballotsCarryNoVoterIdAndTheCheckoffListNoChoice() throws Exception {
        Path e = election("plurality", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        String ballots = text(dir.resolve("p/ballots.pdf"), 1);
        for (String id : new String[] {"100101", "100107", "100113", "100119", "100155"}) {
            assertThat(ballots).doesNotContain(id);
        }
        String csv = Files.readString(dir.resolve("p/checkoff.csv"));
        assertThat(csv).startsWith("member_id,name,ubt,voted\n").contains("100119,Deshawn Haddad,EVMC-ICU,\n");
        assertThat(csv.lines().count()).isEqualTo(11);
        assertThat(text(dir.resolve("p/checkoff.pdf"), 1)).contains("Voter check-off list", "Deshawn Haddad", "100119")
                .doesNotContain("Iris Quintero (");
    }

    @Test
    void sameElectionGivesByteIdenticalBallots() throws Exception {
        Path e = election("plurality", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("a").toString()).exit()).isZero();
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("b").toString()).exit()).isZero();
        for (String f : new String[] {"ballots.pdf", "sample-ballot.pdf", "checkoff.csv", "checkoff.pdf"}) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
    }

    @Test
    void existingOutputNeedsForce() throws Exception {
        Path e = election("plurality", "1");
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isZero();
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString()).exit()).isEqualTo(73);
        assertThat(Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("p").toString(), "--force").exit()).isZero();
    }
}
