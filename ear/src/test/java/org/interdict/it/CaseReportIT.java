package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case report PDF, end to end: the owning agency's analyst downloads it and the subject's Cyrillic
 * and Han names come out of its text layer (the font is embedded); the download is audited; a partner
 * is told an internal case does not exist.
 */
class CaseReportIT extends BlackBoxIT {

    private String caseWithCyrillicSubject(String marker) {
        UUID party = UUID.fromString(api.as("alice").body(Map.of("kind", "COMPANY", "primaryName", "ООО «Сильва» " + marker,
                        "country", "RU", "aliases", List.of(Map.of("name", "上海翰文 " + marker, "script", "Hans", "language", "zh"))))
                .post("/parties").then().statusCode(201).extract().path("id"));
        return api.openCase("alice", "Report " + marker, List.of(party));
    }

    @Test
    void theOwningAgencysAnalystGetsAPdfWithTheSubjectsNames() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String reference = caseWithCyrillicSubject(marker);

        Response report = api.as("alice").accept("application/pdf").get("/cases/" + reference + "/report.pdf");
        report.then().statusCode(200).contentType("application/pdf");
        assertEquals("attachment; filename=\"" + reference + "-report.pdf\"", report.getHeader("Content-Disposition"));
        byte[] pdf = report.asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("ООО «Сильва» " + marker), text);
            assertTrue(text.contains("上海翰文 " + marker), text);
            assertTrue(text.contains(reference));
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()));
            assertTrue(text.contains("OFFICIAL"), "the marking of a case without marked evidence");
        }

        List<String> actions = api.as("erik").get("/cases/" + reference + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertTrue(actions.contains("REPORT_EXPORTED"), String.valueOf(actions));
    }

    @Test
    void aPartnerIsToldAnInternalCaseDoesNotExist() {
        String reference = caseWithCyrillicSubject(UUID.randomUUID().toString().substring(0, 8));

        Response refused = api.as("paula").accept("application/pdf").get("/cases/" + reference + "/report.pdf");
        refused.then().statusCode(404);
        assertFalse(refused.asString().startsWith("%PDF"));
    }
}
