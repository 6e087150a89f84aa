package lmp.election.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A small top-to-bottom page writer over PDFBox for ballots, check-off lists and certificates:
 * US Letter, a Unicode font ({@link PdfFont}) embedded as a subset of the glyphs used, text
 * wrapped to the margins, a new page when one is full. Output is deterministic: no dates in the
 * document information, and a file identifier derived from the content rather than the clock.
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 54;
    static final float WIDTH = PDRectangle.LETTER.getWidth();
    static final float HEIGHT = PDRectangle.LETTER.getHeight();

    private final PDDocument doc = new PDDocument();
    /*
     * Fonts belong to one document: PDFBox records an object number on a font's dictionary when it
     * writes it, so a font shared between documents makes the second one's numbering, and bytes, differ.
     */
    final PdfFont.Face regular;
    final PdfFont.Face bold;
    private final StringBuilder fingerprint = new StringBuilder();
    private PDPageContentStream cs;
    private float y;

    PdfPages(PdfFont font) {
        regular = font.face(doc, false);
        bold = font.face(doc, true);
    }

    /** Starts a new page; the cursor goes to its top margin. */
    void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = HEIGHT - MARGIN;
        fingerprint.append("\f");
    }

    /** How many pages the document has so far. */
    int pageCount() {
        return doc.getNumberOfPages();
    }

    /**
     * Appends a copy of pages {@code from} to {@code to} (exclusive) that shares their content and
     * resources, so a thousand identical ballots cost one page of content, not a thousand.
     */
    void repeat(int from, int to) throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        for (int i = from; i < to; i++) {
            PDPage original = doc.getPage(i);
            PDPage copy = new PDPage(original.getMediaBox());
            copy.getCOSObject().setItem(COSName.CONTENTS, original.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            copy.setResources(original.getResources());
            doc.addPage(copy);
        }
    }

    float y() {
        return y;
    }

    void space(float points) throws IOException {
        ensure(points);
        y -= points;
    }

    /** Makes sure {@code points} fit on this page, else starts a new one. */
    void ensure(float points) throws IOException {
        if (cs == null || y - points < MARGIN) newPage();
    }

    /** Writes wrapped text at the left margin plus {@code indent}. */
    void paragraph(String text, PdfFont.Face font, float size, float indent) throws IOException {
        for (String line : wrap(text, font, size, WIDTH - 2 * MARGIN - indent)) {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            text(line, font, size, MARGIN + indent, y);
        }
    }

    void text(String s, PdfFont.Face font, float size, float x, float atY) throws IOException {
        float at = x;
        for (PdfFont.Face.Run run : font.runs(s)) {
            cs.beginText();
            cs.setFont(run.font(), size);
            cs.newLineAtOffset(at, atY);
            cs.showText(run.text());
            cs.endText();
            at += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        fingerprint.append(s).append('\n');
    }

    void box(float x, float atY, float w, float h) throws IOException {
        cs.setLineWidth(1f);
        cs.addRect(x, atY, w, h);
        cs.stroke();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.setLineWidth(0.75f);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void moveTo(float newY) {
        y = newY;
    }

    static float width(String s, PdfFont.Face font, float size) throws IOException {
        return font.width(s, size);
    }

    static List<String> wrap(String text, PdfFont.Face font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = cur.isEmpty() ? word : cur + " " + word;
            if (width(candidate, font, size) > maxWidth && !cur.isEmpty()) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(candidate);
            }
        }
        if (!cur.isEmpty()) lines.add(cur.toString());
        return lines;
    }

    /** Saves the document; the file identifier is a digest of the text written, so equal content gives equal bytes. */
    void save(OutputStream out) throws IOException {
        if (doc.getNumberOfPages() == 0) newPage();
        if (cs != null) {
            cs.close();
            cs = null;
        }
        byte[] id = java.util.Arrays.copyOf(lmp.io.InputFile.sha256Hex(fingerprint.toString().getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(out);
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
        doc.close();
    }
}
