package lmp.cli.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lmp.cli.Cli;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name prints, exactly: ballots, the sample ballot and the check-off list embed a Unicode font,
 * and the text taken back out of the PDF is the name as the roster has it. Names the font lacks are
 * refused before anything is written, never printed as '?'.
 */
class BallotNamesPdfTest {
    static final String HUONG = "Tr\u1EA7n Th\u1ECB H\u01B0\u01A1ng";
    static final String HONG = "Nguy\u1EC5n Th\u1ECB H\u1ED3ng";
    static final String ELENI = "\u0395\u03BB\u03AD\u03BD\u03B7 \u03A0\u03B1\u03C0\u03B1\u03B4\u03BF\u03C0\u03BF\u03CD\u03BB\u03BF\u03C5";
    static final String OLGA = "\u041E\u043B\u044C\u0433\u0430 \u0418\u0432\u0430\u043D\u043E\u0432\u0430";
    static final String WANG = "\u738B\u5C0F\u660E";
    /** A CJK font some machines have (Debian fonts-wqy-zenhei); the test checks it only where it is installed. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @TempDir
    Path dir;

    /** The example roster with the EVMC-ICU members renamed; candidates 100101 (Hương), 100107 (Hồng), 100125 (Eleni). */
    private Path election(String jadaWong) throws IOException {
        String roster = Files.readString(Path.of("examples/roster.yaml"), StandardCharsets.UTF_8)
                .replace("name: Uma Estrada", "name: " + HUONG)
                .replace("name: Iris Quintero", "name: " + HONG)
                .replace("name: Tanya Reyes", "name: " + ELENI)
                .replace("name: Deshawn Abbott", "name: " + OLGA)
                .replace("name: Gus Nguyen", "name: Jeffrey Griffin")
                .replace("name: Jada Wong", "name: " + jadaWong);
        Files.writeString(dir.resolve("roster.yaml"), roster, StandardCharsets.UTF_8);
        var r = Cli.run("election", "new", "--role", "ubt-co-lead", "--scope", "EVMC-ICU", "--roster",
                dir.resolve("roster.yaml").toString(), "--candidates", "100101,100107,100125", "--method", "irv",
                "--voting-opens", "2026-11-04", "--as-of", "2026-09-30", "--out", dir.resolve("election.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return dir.resolve("election.yaml");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** pdftotext (poppler) where it is installed; PDFBox's extraction above is the check that always runs. */
    private static java.util.Optional<String> pdftotext(Path pdf) throws IOException, InterruptedException {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "pdftotext"))) {
                Process p = new ProcessBuilder(Path.of(d, "pdftotext").toString(), "-enc", "UTF-8", pdf.toString(), "-")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                return java.util.Optional.of(out);
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void vietnameseGreekAndCyrillicNamesComeBackOutOfEveryPdfExactly() throws Exception {
        Path e = election("Jada Wong");
        Path out = dir.resolve("print");
        var r = Cli.run("election", "ballots", e.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> candidates = List.of(HUONG, HONG, ELENI);
        for (String pdf : List.of("ballots.pdf", "sample-ballot.pdf")) {
            String t = text(out.resolve(pdf));
            assertThat(t).as(pdf).contains(candidates).doesNotContain("?");
            var poppler = pdftotext(out.resolve(pdf));
            if (poppler.isPresent()) assertThat(poppler.get()).as("pdftotext " + pdf).contains(candidates);
        }
        List<String> voters = List.of(HUONG, HONG, ELENI, OLGA, "Jeffrey Griffin");
        String checkoff = text(out.resolve("checkoff.pdf"));
        // "ff" is one character pair, not the ligature U+FB00, so a search for the name finds it.
        assertThat(checkoff).contains(voters).doesNotContain("\uFB00").doesNotContain("?");
        var poppler = pdftotext(out.resolve("checkoff.pdf"));
        if (poppler.isPresent()) assertThat(poppler.get()).as("pdftotext checkoff.pdf").contains(voters);
    }

    @Test
    void aNameTheFontLacksIsRefusedWithTheCharacterNamedAndNothingIsWritten() throws Exception {
        Path e = election(WANG);
        Path out = dir.resolve("print");
        var r = Cli.run("election", "ballots", e.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("voter 100131").contains("U+738B").contains("DejaVu Sans does not have")
                .contains("--font FILE").doesNotContain("Latin letters");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSuppliedFontSetsTheBallotsAndANonFontIsRefused() throws Exception {
        Path e = election("Jada Wong");
        Path font = dir.resolve("DejaVuSans-Bold.ttf");
        try (var in = getClass().getResourceAsStream("/lmp/fonts/DejaVuSans-Bold.ttf")) {
            Files.copy(in, font);
        }
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString(), "--font", font.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // The given font only sets what DejaVu Sans lacks: here nothing, so the PDF is the same as without it.
        assertThat(text(dir.resolve("print/sample-ballot.pdf"))).contains(HONG);
        var plain = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("plain").toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("print/ballots.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("plain/ballots.pdf")));

        var bad = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print2").toString(), "--font",
                e.toString());
        assertThat(bad.exit()).isEqualTo(65);
        assertThat(bad.err()).contains("election.yaml").contains("not a font lmp can embed");
        assertThat(dir.resolve("print2")).doesNotExist();
    }

    @Test
    void aChineseNamePrintsWithACjkFontWhereOneIsInstalled() throws Exception {
        Path e = election(WANG);
        if (!Files.isRegularFile(CJK_FONT)) {
            return; // the refusal without such a font is checked above
        }
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString(), "--font",
                CJK_FONT.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // The Chinese name in the CJK font, the Vietnamese names still in DejaVu Sans, on one list.
        assertThat(text(dir.resolve("print/checkoff.pdf"))).contains(WANG, HUONG, HONG, ELENI, OLGA);
    }

    @Test
    void aRightToLeftNameIsRefusedRatherThanPrintedBackwards() throws Exception {
        Path e = election("\u0645\u062D\u0645\u062F \u0639\u0644\u064A");
        var r = Cli.run("election", "ballots", e.toString(), "--out", dir.resolve("print").toString());
        assertThat(r.exit()).isEqualTo(65);
        assertThat(r.err()).contains("U+0645 ARABIC LETTER MEEM").contains("cannot yet set Arabic text");
    }
}
