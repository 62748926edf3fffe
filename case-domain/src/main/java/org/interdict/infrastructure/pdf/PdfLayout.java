package org.interdict.infrastructure.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small flowing layout on A4 pages with one font: headings, wrapped paragraphs and tables whose rows
 * wrap within their cells and continue on the next page under a repeated header row. {@link #finish}
 * then prints the marking and the page numbers on every page, once the number of pages is known.
 */
final class PdfLayout {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float TOP = SIZE.getHeight() - 64;
    private static final float BOTTOM = 56;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float CELL = 8f;
    private static final float PAD = 3;

    private final PDDocument document;
    private final PDFont font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfLayout(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    void title(String text) throws IOException {
        lines(text, 16, 0, 1.3f);
        y -= 4;
    }

    void heading(String text) throws IOException {
        // Room for the heading and the first lines under it: a heading never ends a page.
        space(12 * 1.3f * 3 + 80);
        y -= 8;
        lines(text, 12, 0, 1.3f);
        ensurePage();
        page.setLineWidth(0.5f);
        page.moveTo(MARGIN, y + 2);
        page.lineTo(MARGIN + WIDTH, y + 2);
        page.stroke();
        y -= 4;
    }

    void label(String text) throws IOException {
        space(BODY * 1.35f * 2);
        y -= 3;
        lines(text, 10.5f, 0, 1.35f);
    }

    void paragraph(String text) throws IOException {
        lines(text, BODY, 0, 1.35f);
        y -= 3;
    }

    void small(String text) throws IOException {
        lines(text, 7.5f, 0, 1.3f);
        y -= 3;
    }

    /** A table: each row's cells wrapped to their column, the rows continued on the next page when they do not fit. */
    void table(String[] headers, float[] fractions, List<String[]> rows, boolean headerRow) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * WIDTH;
        }
        float line = CELL * 1.3f;
        if (headerRow) {
            // The header row never ends a page alone: it goes with the first row (when that fits on half a page).
            int first = 1;
            if (!rows.isEmpty()) {
                for (int c = 0; c < widths.length; c++) {
                    first = Math.max(first, wrap(c < rows.get(0).length ? rows.get(0)[c] : "", CELL, widths[c] - 2 * PAD).size());
                }
            }
            space(Math.min(line * (first + 2) + 4 * PAD, (TOP - BOTTOM) / 2));
            header(headers, widths, line);
        }
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(c < row.length ? row[c] : "", CELL, widths[c] - 2 * PAD);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            // A row that fits on a page is kept together; a longer one continues on the next.
            if (page != null && y - height * line - 2 * PAD < BOTTOM && height * line < (TOP - BOTTOM) / 2) {
                newPage();
                if (headerRow) {
                    header(headers, widths, line);
                }
            }
            y -= PAD;
            for (int l = 0; l < height; l++) {
                if (page == null || y - line < BOTTOM) {
                    newPage();
                    if (headerRow) {
                        header(headers, widths, line);
                        y -= PAD;
                    }
                }
                float x = MARGIN;
                for (int c = 0; c < widths.length; c++) {
                    if (l < cells.get(c).size()) {
                        text(cells.get(c).get(l), CELL, x + PAD, y - CELL);
                    }
                    x += widths[c];
                }
                y -= line;
            }
            y -= PAD;
            rule(0.25f);
        }
        y -= 6;
    }

    private void header(String[] headers, float[] widths, float line) throws IOException {
        ensurePage();
        page.setNonStrokingColor(0.88f, 0.88f, 0.88f);
        page.addRect(MARGIN, y - line - 2 * PAD, WIDTH, line + 2 * PAD);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            text(first(wrap(headers[c], CELL, widths[c] - 2 * PAD)), CELL, x + PAD, y - PAD - CELL);
            x += widths[c];
        }
        y -= line + 2 * PAD;
    }

    /** Prints the marking at the top and bottom of every page, and "Page n of m" with the reference in the footer. */
    void finish(String marking, String reference) throws IOException {
        ensurePage();
        page.close();
        page = null;
        int total = document.getNumberOfPages();
        String shown = printable(marking);
        for (int i = 0; i < total; i++) {
            PDPage p = document.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(document, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float markWidth = width(shown, 10);
                show(s, shown, 10, (SIZE.getWidth() - markWidth) / 2, SIZE.getHeight() - 32);
                show(s, shown, 10, (SIZE.getWidth() - markWidth) / 2, 22);
                show(s, printable("Case report " + reference), 7.5f, MARGIN, 36);
                String number = "Page " + (i + 1) + " of " + total;
                show(s, number, 7.5f, MARGIN + WIDTH - width(number, 7.5f), 36);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void lines(String text, float size, float indent, float leading) throws IOException {
        for (String l : wrap(text, size, WIDTH - indent)) {
            if (page == null || y - size * leading < BOTTOM) {
                newPage();
            }
            text(l, size, MARGIN + indent, y - size);
            y -= size * leading;
        }
    }

    /** Starts a new page unless this much room is left on the current one (keeps a heading with what follows). */
    private void space(float needed) throws IOException {
        if (page == null || y - needed < BOTTOM) {
            newPage();
        }
    }

    private void ensurePage() throws IOException {
        if (page == null) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(SIZE);
        document.addPage(p);
        page = new PDPageContentStream(document, p);
        y = TOP;
    }

    private void rule(float width) throws IOException {
        ensurePage();
        page.setLineWidth(width);
        page.setStrokingColor(0.6f, 0.6f, 0.6f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
        page.setStrokingColor(0f, 0f, 0f);
    }

    private void text(String text, float size, float x, float baseline) throws IOException {
        if (!text.isEmpty()) {
            show(page, text, size, x, baseline);
        }
    }

    private void show(PDPageContentStream s, String text, float size, float x, float baseline) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }

    /** The text broken into lines no wider than {@code width}: at spaces, or within a word (or a run of Han) too long for a line. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        if (text == null) {
            out.add("");
            return out;
        }
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String clean = printable(paragraph);
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                // The word alone: broken where it must be.
                int[] points = word.codePoints().toArray();
                for (int cp : points) {
                    String next = line.toString() + Character.toString(cp);
                    if (!line.isEmpty() && width(next, size) > width) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with control characters as spaces and characters the font cannot show as '?'. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String first(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
