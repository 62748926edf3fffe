package org.interdict.infrastructure.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.interdict.application.evidence.TextExtraction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Text read from the kinds of file analysts attach, by the parsers the EAR carries. */
class TikaTextExtractionTest {

    private final TikaTextExtraction extraction = new TikaTextExtraction("eng+rus+chi_sim", 120);

    @Test
    void aPdfIsReadWithItsLanguage() throws Exception {
        byte[] pdf = pdf("Shipment of thermal imagers by Rotor Dynamics Trading Ltd to Ulan-Ude, declared as "
                + "spare parts for agricultural machinery; the consignee paid through an intermediary in Hong Kong.");
        TextExtraction.Extracted read = extraction.extract(new ByteArrayInputStream(pdf), "application/pdf", 100_000);
        assertTrue(read.text().contains("Rotor Dynamics Trading"), read.text());
        assertEquals("eng", read.language());
        assertFalse(read.truncated());
        assertFalse(read.ocr());
    }

    @Test
    void aWordDocumentIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("ООО «Вектор-Снаб» поставило бронежилеты в Бурятию через посредника.");
            document.write(out);
        }
        TextExtraction.Extracted read = extraction.extract(new ByteArrayInputStream(out.toByteArray()),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100_000);
        assertTrue(read.text().contains("Вектор-Снаб"), read.text());
        assertEquals("rus", read.language());
    }

    @Test
    void htmlIsReadAsTextWithoutItsMarkup() throws Exception {
        byte[] html = "<html><body><h1>Parts</h1><p>by <b>Skyline</b></p><script>var x=1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        TextExtraction.Extracted read = extraction.extract(new ByteArrayInputStream(html), "text/html", 100_000);
        assertTrue(read.text().contains("Parts\nby Skyline"), read.text());
        assertFalse(read.text().contains("<b>"));
        assertFalse(read.text().contains("var x"));
        assertNull(read.language(), "too little text to tell its language");
    }

    @Test
    void chineseTextIsToldApartFromItsNeighbours() throws Exception {
        byte[] text = "深圳市某科技有限公司向俄罗斯出口无人机零部件，并通过香港的中间商收取货款。".getBytes(StandardCharsets.UTF_8);
        var read = extraction.extract(new ByteArrayInputStream(text), "text/plain", 1_000);
        assertEquals("zho", read.language(), read.text());
    }

    @Test
    void textBeyondTheLimitIsCutAndSaysSo() throws Exception {
        byte[] text = "word ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        TextExtraction.Extracted read = extraction.extract(new ByteArrayInputStream(text), "text/plain", 1_000);
        assertTrue(read.truncated());
        assertTrue(read.text().length() <= 1_000);
    }

    @Test
    void aBrokenFileFailsWithAReason() {
        byte[] broken = "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII);
        var failed = assertThrows(TextExtraction.ExtractionFailedException.class,
                () -> extraction.extract(new ByteArrayInputStream(broken), "application/pdf", 1_000));
        assertTrue(failed.getMessage().startsWith("The file could not be read"), failed.getMessage());
    }

    /** Needs the tesseract program with its Russian model, which ./interdict installs before the tests run. */
    @Test
    void aScannedRussianLineIsReadByOcr() throws Exception {
        String line = "ООО Вектор поставляет бронежилеты в Бурятию";
        java.awt.Font font = java.awt.Font.createFonts(new java.io.File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))[0]
                .deriveFont(java.awt.Font.PLAIN, 56f);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40 * line.length() + 200, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setFont(font);
        g.drawString(line, 60, 120);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        TextExtraction.Extracted read = extraction.extract(new ByteArrayInputStream(png.toByteArray()), "image/png", 10_000);
        assertTrue(read.text().contains("бронежилеты"), read.text());
        assertTrue(read.ocr());
        assertEquals("rus", read.language());
    }

    @Test
    void blankLinesAndRunsOfSpacesAreTidied() {
        assertEquals("a b\n\nc", TikaTextExtraction.tidy("  a   b  \n\n\n\n c \r\n"));
        assertEquals("a\nb", TikaTextExtraction.tidy("a\t\u00A0\nb\u0000"));
    }

    /** A text the earlier patterns took some twenty minutes over (they backtracked on each space of a run). */
    @Test
    void aMillionSpacesAreTidied() {
        String spaces = " ".repeat(1_000_000);
        assertEquals("a b", TikaTextExtraction.tidy("a" + spaces + "b" + spaces));
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.setLeading(14);
                for (String line : text.split("(?<=\\G.{80})")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
