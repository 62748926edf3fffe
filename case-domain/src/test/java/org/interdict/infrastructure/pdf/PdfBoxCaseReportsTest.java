package org.interdict.infrastructure.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.interdict.application.report.CaseReport;
import org.interdict.application.report.ReportUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PdfBoxCaseReportsTest {

    private static final String FONT = System.getProperty("interdict.report.font", PdfBoxCaseReports.DEFAULT_FONT);

    @BeforeEach
    void fontInstalled() {
        assumeTrue(Files.isReadable(Path.of(FONT)), "the report font " + FONT + " is not installed (apt-get install fonts-wqy-zenhei)");
    }

    @Test
    void namesInCyrillicAndHanComeOutOfTheTextLayerWithPageNumbersAndTheMarkingOnEveryPage() throws Exception {
        byte[] pdf = render(report("RESTRICTED", 60));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "the long statement and tables take several pages, not " + pages);
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("ООО «Сильва»"), all);
            assertTrue(all.contains("上海"), all);
            assertTrue(all.contains("Шанхай Эйч Вин"), "an alias in Cyrillic");
            assertTrue(all.contains("上海翰文贸易有限公司"), "an alias in Han script, wrapped or not");
            assertTrue(all.contains("1237700000000"), "an identifier");
            assertTrue(all.contains("Statement of reasons"));
            assertTrue(all.contains("evidence-59.pdf"), "the evidence table went on over pages");
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertTrue(text.contains("Page " + p + " of " + pages), "page number on page " + p);
                assertTrue(text.contains("EU RESTRICTED"), "marking on page " + p);
            }
            for (PDFont font : fontsOf(document)) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void eachReasonIsPrintedWithTheEvidenceItCitesAndTheEvidenceReliedOnIsListed() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(report("OFFICIAL", 2)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Reasons and the evidence they cite"), text);
            assertTrue(text.contains("Shanghai H Win is the exporter of record of every declaration."), text);
            assertTrue(text.contains("Declaration 10702070/010324/0001234"), text);
            assertTrue(text.contains("Evidence relied on"), text);
        }
    }

    @Test
    void linkedTradeRecordsAreATableWithValuesInTheirCurrencyAndInUsd() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(report("OFFICIAL", 1)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Trade records linked as evidence"), text);
            assertTrue(text.contains("10702070/010324/0001234 1 2024-03-01 621010 4 flagged"), text);
            assertTrue(text.contains("1,250,000 CNY"), text);
            assertTrue(text.contains("(USD 173,500)"), text);
            assertTrue(text.contains("1 declaration line, 1 flagged; USD 173,500"), text);
        }
    }

    @Test
    void aPartnersReportLeavesOutTheInternalSections() throws Exception {
        CaseReport full = report("OFFICIAL", 2);
        CaseReport partner = new CaseReport(CaseReport.Edition.PARTNER, "OFFICIAL", "pat (PARTNER-A)", Instant.now(),
                full.summary(), full.subjects(), null, List.of(), full.evidence(), List.of(), false, List.of(), 0);
        try (PDDocument document = Loader.loadPDF(render(partner))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("ООО «Сильва»"));
            assertTrue(!text.contains("Statement of reasons") && !text.contains("Audit trail") && !text.contains("Assignee"), text);
        }
    }

    @Test
    void aMissingFontIsAClearRefusal() {
        PdfBoxCaseReports reports = new PdfBoxCaseReports("/nonexistent/font.ttc");
        ReportUnavailableException refused = assertThrows(ReportUnavailableException.class, reports::requireAvailable);
        assertTrue(refused.getMessage().contains("interdict.report.font"));
    }

    private static byte[] render(CaseReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBoxCaseReports(FONT).render(report, out);
        return out.toByteArray();
    }

    private static List<PDFont> fontsOf(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    static CaseReport report(String marking, int evidenceItems) {
        String reasons = ("ООО «Сильва» (Buryatia) ordered body armour and helmets by the hundred thousand from "
                + "Shanghai H Win (上海翰文贸易有限公司) between 2023 and 2024, as customs declarations show. ").repeat(40);
        var summary = new CaseReport.Summary("ICT-2026-000042", "Silva body armour orders", "Imports through 上海 of armour.",
                "PROPOSED", "HIGH", "alice", LocalDate.of(2026, 12, 1), "AGENCY-A", "SHARED", List.of("PARTNER-A"));
        var silva = new CaseReport.Subject("ООО «Сильва»", "COMPANY", "RU", "PROPOSED",
                List.of(new CaseReport.Alias("Silva LLC", "Latn", "en"), new CaseReport.Alias("Сильва", "Cyrl", "ru")),
                List.of(new CaseReport.Identifier("OGRN", "1237700000000", "RU")));
        var hwin = new CaseReport.Subject("Shanghai H Win", "COMPANY", "CN", "NONE",
                List.of(new CaseReport.Alias("上海翰文贸易有限公司", "Hans", "zh"), new CaseReport.Alias("Шанхай Эйч Вин", "Cyrl", "ru")),
                List.of(new CaseReport.Identifier("USCC", "91310000MA1FL0000X", "CN")));
        List<CaseReport.EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceItems; i++) {
            evidence.add(new CaseReport.EvidenceItem("evidence-" + i + ".pdf", "application/pdf", 1024L * (i + 1),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Customs declarations",
                    "alice", "Federal Customs Service, Иркутск", LocalDate.of(2024, 3, 1), i == 3 ? "EU " + marking : "OFFICIAL"));
        }
        return new CaseReport(CaseReport.Edition.FULL, "EU " + marking, "alice (AGENCY-A)", Instant.now(), summary,
                List.of(silva, hwin),
                new CaseReport.Proposal("ENTITY_LISTING", "Regulation 833/2014, Art. 2", reasons, "alice", Instant.now(), null,
                        List.of(new CaseReport.Reason(1, "Shanghai H Win is the exporter of record of every declaration.",
                                List.of("evidence-0.pdf", "Declaration 10702070/010324/0001234 line 1 of 2024-03-01"))),
                        List.of("evidence-0.pdf", "Declaration 10702070/010324/0001234 line 1 of 2024-03-01")),
                List.of(new CaseReport.Decision("ENTITY_LISTING", "RETURNED", "sam", Instant.now(), "More evidence on 上海 shipments.")),
                evidence,
                List.of(new CaseReport.TradeLine("10702070/010324/0001234", 1, LocalDate.of(2024, 3, 1), "621010", "4", true,
                        new java.math.BigDecimal("1250000"), "CNY", new java.math.BigDecimal("173500"), "SHANGHAI H WIN CO LTD",
                        "ООО «Сильва»", "CN", "RU")),
                true,
                List.of(new CaseReport.AuditLine(Instant.now(), "alice", "AGENCY-A", "CASE_OPENED", "{\"title\":\"Silva\"}")), 0);
    }
}
