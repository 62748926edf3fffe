package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

/**
 * Words inside evidence files found by one-box search: a PDF and a Word document naming a company, and a
 * scanned line of Russian (an image, read by OCR), each found by a word inside it with a highlighted
 * snippet, within the access policy (a partner finds only items released to it with their case, and
 * learns no count of the others); the reading is in the item's chain of custody.
 */
class EvidenceTextIT extends BlackBoxIT {

    private static final Duration READ_WITHIN = Duration.ofSeconds(180);

    @Test
    void wordsInsideAPdfAWordDocumentAndAScannedRussianLineAreFoundWithSnippets() throws Exception {
        String run = letters();
        String company = "Zarnitsa" + run + " Avionics Trading";
        UUID party = api.party("alice", "Evidence text " + run, "CN");
        String reference = api.openCase("alice", "Evidence text " + run, List.of(party));

        String pdf = upload(reference, "invoice-" + run + ".pdf", pdf("Commercial invoice 2023/118: " + company
                + " sold 40 thermal imaging modules to a consignee in Ulan-Ude, declared as spare parts."));
        String docx = upload(reference, "memo-" + run + ".docx", docx("Memo on the consignee: payments for "
                + company + " went through an intermediary in Hong Kong."));
        String russianWord = "бронежилеты";
        String png = upload(reference, "scan-" + run + ".png", png("ООО Вектор поставляет " + russianWord + " в Бурятию"));

        Map<String, Object> pdfText = read(pdf);
        assertEquals("eng", pdfText.get("language"));
        Map<String, Object> docxText = read(docx);
        assertEquals("DONE", docxText.get("status"));
        Map<String, Object> pngText = read(png);
        assertEquals(Boolean.TRUE, pngText.get("ocr"), pngText.toString());
        String scanned = api.as("alice").get("/evidence/" + png + "/text").then().statusCode(200).extract().jsonPath().getString("text");
        assertTrue(scanned.toLowerCase().contains(russianWord), "OCR read the Russian line: " + scanned);

        // The company's distinctive word is in the PDF and the Word document; each hit carries a snippet that marks it.
        Map<String, Map<String, Object>> hits = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> hits("alice", "type:evidence Zarnitsa" + run), found -> found.keySet().containsAll(List.of(pdf, docx)));
        for (String id : List.of(pdf, docx)) {
            Map<String, Object> hit = hits.get(id);
            assertEquals("EVIDENCE", hit.get("type"));
            assertTrue(String.valueOf(hit.get("title")).startsWith(reference + " · "), hit.toString());
            @SuppressWarnings("unchecked")
            Map<String, List<String>> highlights = (Map<String, List<String>>) hit.get("highlights");
            assertTrue(highlights.get("text").stream().anyMatch(s -> s.contains("<em>Zarnitsa" + run + "</em>")), highlights.toString());
            assertTrue(String.valueOf(hit.get("reasons")).contains("the text of the file"), hit.toString());
        }
        Map<String, Map<String, Object>> russian = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> hits("alice", "type:evidence " + russianWord + " " + reference), found -> found.containsKey(png));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> marks = (Map<String, List<String>>) russian.get(png).get("highlights");
        assertTrue(marks.get("text").stream().anyMatch(s -> s.toLowerCase().contains("<em>" + russianWord + "</em>")), marks.toString());

        // The reading is in each item's chain of custody, by the system's reader.
        List<Map<String, Object>> custody = api.as("alice").get("/evidence/" + pdf + "/custody").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertTrue(custody.stream().anyMatch(e -> "EVIDENCE_TEXT_EXTRACTED".equals(e.get("action"))
                && "system:text-extraction".equals(e.get("actor"))), custody.toString());
    }

    @Test
    void aPartnerFindsOnlyTextReleasedToItAndNoCountOfTheRest() throws Exception {
        String run = letters();
        String word = "Kestrel" + run;
        UUID party = api.party("alice", "Partner text " + run, "CN");
        String reference = api.openCase("alice", "Partner text " + run, List.of(party));
        String internal = upload(reference, "internal-" + run + ".pdf", pdf("Internal assessment naming " + word + " Logistics."));
        String shared = upload(reference, "shared-" + run + ".pdf", pdf("Bill of lading of " + word + " Logistics, Qingdao."));
        read(internal);
        read(shared);
        await().atMost(Duration.ofSeconds(60)).until(() -> hits("alice", "type:evidence " + word).keySet().containsAll(List.of(internal, shared)));

        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/cases/" + reference + "/releasability").then().statusCode(200);
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/evidence/" + shared + "/releasability").then().statusCode(200);

        Map<String, Map<String, Object>> partner = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> hits("paula", "type:evidence " + word), found -> found.containsKey(shared));
        assertEquals(List.of(shared), List.copyOf(partner.keySet()), "the internal item is absent");
        Response answer = api.as("paula").queryParam("q", word).get("/search");
        assertEquals(1, answer.jsonPath().getLong("total"), "the partner's total counts only what it may see: " + answer.asString());
        assertFalse(answer.asString().contains(internal), "nothing in the answer names the internal item");
        api.as("paula").get("/evidence/" + internal + "/text").then().statusCode(404);
        assertNotNull(api.as("paula").get("/evidence/" + shared + "/text").then().statusCode(200).extract().jsonPath().getString("text"));

        // Withdrawn with its case: the partner no longer finds it.
        api.as("carla").body(Map.of("releasability", "INTERNAL", "agencies", List.of()))
                .put("/cases/" + reference + "/releasability").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> hits("paula", "type:evidence " + word).isEmpty());
    }

    /** A word of eight random letters, one token for any analyzer. */
    private static String letters() {
        java.util.Random random = new java.security.SecureRandom();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String upload(String reference, String name, byte[] content) {
        Response uploaded = api.as("alice").contentType("application/octet-stream").queryParam("name", name)
                .queryParam("source", "Test").body(content).post("/cases/" + reference + "/evidence");
        assertEquals(201, uploaded.statusCode(), uploaded.asString());
        assertEquals("PENDING", uploaded.jsonPath().getString("evidence.extraction.status"), "read in the background");
        return uploaded.jsonPath().getString("evidence.id");
    }

    /** Waits for the item's text to be read; answers where reading stands. */
    private Map<String, Object> read(String id) {
        Map<String, Object> state = await().atMost(READ_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> api.as("alice").get("/evidence/" + id).then().statusCode(200).extract().jsonPath().<String, Object>getMap("extraction"),
                        s -> "DONE".equals(s.get("status")) || "FAILED".equals(s.get("status")));
        assertEquals("DONE", state.get("status"), state.toString());
        return state;
    }

    private Map<String, Map<String, Object>> hits(String user, String query) {
        Response answer = api.as(user).queryParam("q", query).get("/search");
        assertEquals(200, answer.statusCode(), answer.asString());
        List<Map<String, Object>> hits = answer.jsonPath().getList("hits");
        return hits.stream().collect(Collectors.toMap(h -> String.valueOf(h.get("id")), h -> h, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(40, 720);
                for (String line : text.split("(?<=\\G.{90})")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A line of text as a scanner would give it: black on white, 300 dpi-sized letters, in a font with Cyrillic. */
    static byte[] png(String line) throws Exception {
        Font font = Font.createFonts(new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))[0].deriveFont(Font.PLAIN, 56f);
        BufferedImage image = new BufferedImage(40 * line.length() + 200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(line, 60, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
