package lmp.election.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Location;
import lmp.io.Text;

/**
 * The typeface lmp's PDFs are set in: DejaVu Sans (bundled, with its licence, in {@code lmp/fonts/}),
 * which covers Latin with every Vietnamese letter, Greek and Cyrillic, and optionally a TrueType or
 * OpenType font the committee gives ({@code --font}) for Chinese, Japanese or Korean names. A
 * character DejaVu Sans has is set in it; any other in the given font, so a Vietnamese and a
 * Chinese name print side by side even when the CJK font has no Vietnamese letters.
 * A subset holding only the glyphs used is embedded in each PDF, with a Unicode map, so the PDF
 * prints the same everywhere and text extraction ({@code pdftotext}) gives back the names exactly.
 * <p>
 * A text the font cannot show is refused before anything is written ({@link #missing}): never a
 * '?' or an empty box in place of a letter of someone's name. So are scripts written right to left
 * or whose letters change shape with their neighbours (Arabic, Hebrew, the Indic scripts, Thai...):
 * the PDF writer places glyphs one after another from left to right and does neither, so such a
 * name would print mangled even with a font that has every letter.
 */
public final class PdfFont {
    private static final String BUNDLED = "DejaVu Sans";

    /** One font file (with its bold, which may be the same file) and its character maps. */
    private record Source(String name, byte[] regular, byte[] bold, int collectionIndex, CmapLookup regularMap,
                          CmapLookup boldMap) {
        static Source of(String name, byte[] regular, byte[] bold, int collectionIndex) throws IOException {
            CmapLookup r = parse(regular, collectionIndex).getUnicodeCmapLookup();
            CmapLookup b = bold == regular ? r : parse(bold, collectionIndex).getUnicodeCmapLookup();
            return new Source(name, regular, bold, collectionIndex, r, b);
        }

        boolean has(int cp, boolean inBold) {
            return (inBold ? boldMap : regularMap).getGlyphId(cp) != 0;
        }
    }

    private final List<Source> sources;

    private PdfFont(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** DejaVu Sans and DejaVu Sans Bold, from the jar. */
    public static PdfFont bundled() {
        try {
            return new PdfFont(List.of(Source.of(BUNDLED, resource("DejaVuSans.ttf"), resource("DejaVuSans-Bold.ttf"), -1)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font cannot be read", e);
        }
    }

    /**
     * DejaVu Sans, and for the characters it lacks a TrueType (.ttf), OpenType (.otf) or collection
     * (.ttc: its first font) the user gives, which sets them in regular and bold text alike. A file
     * that is not such a font is refused with its name.
     */
    public static PdfFont withFallback(InputFile file) {
        byte[] bytes = file.bytes();
        int index = file.name().toLowerCase(Locale.ROOT).endsWith(".ttc") ? 0 : -1;
        try {
            TrueTypeFont ttf = parse(bytes, index);
            if (ttf.getUnicodeCmapLookup(false) == null) {
                throw InputException.at(Location.of(file.name()), "the font has no Unicode character map; give a Unicode "
                        + "TrueType or OpenType font (.ttf, .otf)");
            }
            String family = Optional.ofNullable(ttf.getName()).orElse(file.name());
            // Check now that PDFBox can embed it, so a font that cannot be used is refused before any file is written.
            try (PDDocument probe = new PDDocument()) {
                embed(probe, bytes, index);
            }
            List<Source> all = new ArrayList<>(bundled().sources);
            all.add(Source.of(family, bytes, bytes, index));
            return new PdfFont(all);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) throw ie;
            throw InputException.at(Location.of(file.name()), "not a font lmp can embed in a PDF (" + e.getMessage()
                    + "); give a TrueType or OpenType font file (.ttf, .otf, .ttc)");
        }
    }

    /** The fonts' names, for messages: "DejaVu Sans" or "DejaVu Sans or WenQuanYi Zen Hei". */
    public String name() {
        return String.join(" or ", sources.stream().map(Source::name).toList());
    }

    /**
     * Why {@code text} cannot be printed (the first character no font has, named by code point, or a
     * script the PDF writer cannot lay out), or empty when it can. {@code inBold}: the text is also
     * set in bold (titles), so the bold face must have it too.
     */
    public Optional<String> missing(String text, boolean inBold) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (!laidOutLeftToRight(cp, script)) {
                return Optional.of("holds " + Text.describe(cp) + ": lmp cannot yet set " + scriptName(script) + " text in a "
                        + "PDF (it is written right to left, or its letters join), so it would print mangled; print this "
                        + "name by hand, or write it in the letters the member uses on official documents");
            }
            if (source(cp, false) < 0 || (inBold && source(cp, true) < 0)) {
                return Optional.of("holds " + Text.describe(cp) + ", which the font " + name() + " does not have; "
                        + (sources.size() == 1 ? "give a font that has it with --font FILE (for Chinese, Japanese or Korean "
                        + "names, for example Noto Sans CJK or WenQuanYi Zen Hei)" : "give a font that has it with --font FILE"));
            }
        }
        return Optional.empty();
    }

    /** Index of the first font that has {@code cp}, or -1. */
    private int source(int cp, boolean inBold) {
        for (int k = 0; k < sources.size(); k++) {
            if (sources.get(k).has(cp, inBold)) return k;
        }
        return -1;
    }

    /** The regular or bold face for one document; its fonts are embedded (as subsets) only once used. */
    Face face(PDDocument doc, boolean inBold) {
        return new Face(doc, inBold);
    }

    /**
     * A face of this typeface in one document. Fonts belong to one document: PDFBox records an object
     * number on a font's dictionary when it writes it (see {@link PdfPages}).
     */
    final class Face {
        private final PDDocument doc;
        private final boolean inBold;
        private final PDFont[] loaded = new PDFont[sources.size()];

        private Face(PDDocument doc, boolean inBold) {
            this.doc = doc;
            this.inBold = inBold;
        }

        /** A run of text set in one font. */
        record Run(PDFont font, String text) {
        }

        /** The text cut into runs, each set in the first font that has its characters. */
        List<Run> runs(String text) throws IOException {
            List<Run> runs = new ArrayList<>();
            int start = 0;
            int current = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int k = cp == ' ' && current >= 0 ? current : Math.max(0, source(cp, inBold));
                if (current >= 0 && k != current) {
                    runs.add(new Run(font(current), text.substring(start, i)));
                    start = i;
                }
                current = k;
                i += Character.charCount(cp);
            }
            if (start < text.length()) runs.add(new Run(font(Math.max(0, current)), text.substring(start)));
            return runs;
        }

        float width(String text, float size) throws IOException {
            float w = 0;
            for (Run r : runs(text)) w += r.font().getStringWidth(r.text()) / 1000f * size;
            return w;
        }

        private PDFont font(int k) throws IOException {
            if (loaded[k] == null) {
                Source s = sources.get(k);
                loaded[k] = embed(doc, inBold ? s.bold() : s.regular(), s.collectionIndex());
            }
            return loaded[k];
        }
    }

    /**
     * Glyph substitution is off: with it PDFBox sets "ffi" as one ligature glyph, which text
     * extraction gives back as U+FB03, so "Jeffrey" would not be found as "Jeffrey" in the PDF.
     * One glyph per character keeps every printed name exactly the name.
     */
    private static PDFont embed(PDDocument doc, byte[] bytes, int collectionIndex) throws IOException {
        TrueTypeFont ttf = parse(bytes, collectionIndex);
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    private static boolean laidOutLeftToRight(int cp, Character.UnicodeScript script) {
        byte dir = Character.getDirectionality(cp);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return false;
        }
        return switch (script) {
            case LATIN, GREEK, CYRILLIC, COMMON, INHERITED, ARMENIAN, GEORGIAN, CHEROKEE, ETHIOPIC, CANADIAN_ABORIGINAL,
                 HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI -> true;
            default -> false;
        };
    }

    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static TrueTypeFont parse(byte[] bytes, int collectionIndex) throws IOException {
        if (collectionIndex >= 0) {
            TrueTypeCollection c = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            TrueTypeFont[] first = new TrueTypeFont[1];
            c.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            if (first[0] == null) throw new IOException("the collection holds no font");
            return first[0];
        }
        boolean otf = bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
        return otf ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = PdfFont.class.getResourceAsStream("/lmp/fonts/" + file)) {
            if (in == null) throw new IOException("missing resource lmp/fonts/" + file);
            return in.readAllBytes();
        }
    }
}
