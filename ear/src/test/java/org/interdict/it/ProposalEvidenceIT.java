package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proposals rely on evidence, end to end (DESIGN: "a proposal must name at least one subject party and
 * at least one piece of evidence"): a proposal without evidence is refused with what to do; an id that
 * is no evidence of the case (another case's file, an unknown id) is refused by name, in the same words;
 * reasons cite a file and a linked trade record, and the proposals list and the case show them resolved
 * beside each reason; a record a pending proposal relies on cannot be unlinked; the report prints the
 * citations.
 */
class ProposalEvidenceIT extends BlackBoxIT {

    private String investigating(String title) {
        UUID party = api.party("alice", title + " " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", title, List.of(party));
        api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
        return reference;
    }

    @Test
    void aProposalWithoutEvidenceIsRefusedAndSaysHowToAttachOrLink() {
        String reference = investigating("No evidence yet");
        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4", "statementOfReasons", "Reasons."))
                .post("/cases/" + reference + "/proposal")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", allOf(containsString("must rely on at least one piece of evidence of case " + reference),
                        containsString("attach a file"), containsString("link trade records")));
        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "reasons", List.of(Map.of("text", "A claim that cites nothing."))))
                .post("/cases/" + reference + "/proposal")
                .then().statusCode(422).body("detail", containsString("must rely on at least one piece of evidence"));
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void anIdThatIsNoEvidenceOfTheCaseIsRefusedByNameWithoutSayingWhetherItExists() {
        String other = investigating("Someone else's evidence");
        String othersFile = api.attachEvidence("alice", other, "other-case.txt");
        String reference = investigating("Borrowed evidence");
        api.attachEvidence("alice", reference, "own.txt");
        String unknown = UUID.randomUUID().toString();

        String refusedOther = api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "statementOfReasons", "Reasons.", "evidence", List.of(othersFile)))
                .post("/cases/" + reference + "/proposal")
                .then().statusCode(422).extract().path("detail");
        assertTrue(refusedOther.contains(othersFile) && refusedOther.contains("is not evidence of case " + reference), refusedOther);
        String refusedUnknown = api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "reasons", List.of(Map.of("text", "Cites nothing real.", "evidence", List.of(unknown)))))
                .post("/cases/" + reference + "/proposal")
                .then().statusCode(422).extract().path("detail");
        assertEquals(refusedOther.replace(othersFile, "ID").replace("in evidence", "in X"),
                refusedUnknown.replace(unknown, "ID").replace("in the evidence of reason 1", "in X"),
                "another case's file and an unknown id get the same answer");
        api.as("alice").get("/cases/" + reference).then().statusCode(200).body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void reasonsCiteAFileAndALinkedTradeRecordAndASupervisorSeesThemSideBySide() throws Exception {
        String name = "Cited exporter " + UUID.randomUUID();
        UUID party = api.party("alice", name, "CN");
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        String declaration = "PE-" + UUID.randomUUID().toString().substring(0, 8);
        importAndWait(TradeFiles.header() + TradeFiles.line(declaration, 1, name, "Consignee " + UUID.randomUUID(), "854231", "RU"));
        String reference = api.openCase("alice", "Cited evidence", List.of(party));
        api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
        List<String> linked = api.as("alice").post("/cases/" + reference + "/trade-records/flagged-of/" + party)
                .then().statusCode(200).extract().jsonPath().getList("newlyLinked");
        assertEquals(1, linked.size(), "the flagged shipment is linked");
        String record = linked.get(0);
        String file = api.attachEvidence("alice", reference, "register-extract.txt");
        String unlinkedElsewhere = UUID.randomUUID().toString();

        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "reasons", List.of(Map.of("text", "The register shows no prior trade.", "evidence", List.of(unlinkedElsewhere)))))
                .post("/cases/" + reference + "/proposal").then().statusCode(422).body("detail", containsString(unlinkedElsewhere));

        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4",
                        "reasons", List.of(
                                Map.of("text", "The register shows no prior trade.", "evidence", List.of(file)),
                                Map.of("text", "The exporter shipped CHP items to RU.", "evidence", List.of(record, file)))))
                .post("/cases/" + reference + "/proposal").then().statusCode(200).body("status", equalTo("PROPOSED"));

        JsonPath proposals = api.as("carla").get("/cases/" + reference + "/proposals").then().statusCode(200).extract().jsonPath();
        assertEquals("1. The register shows no prior trade.\n\n2. The exporter shipped CHP items to RU.",
                proposals.getString("[0].statementOfReasons"), "without a statement the reasons are the statement");
        assertEquals(List.of(file, record), proposals.getList("[0].evidence.id"), "named and cited evidence, each once");
        assertEquals(List.of("FILE", "TRADE_RECORD"), proposals.getList("[0].evidence.kind"));
        assertEquals("register-extract.txt", proposals.getString("[0].evidence[0].name"));
        assertEquals(64, proposals.getString("[0].evidence[0].sha256").length());
        assertTrue(proposals.getString("[0].evidence[0].mediaType").startsWith("text/plain"));
        assertTrue(proposals.getLong("[0].evidence[0].size") > 0);
        assertEquals(declaration, proposals.getString("[0].evidence[1].declarationNumber"));
        assertEquals("2024-03-01", proposals.getString("[0].evidence[1].declarationDate"));
        assertTrue(proposals.getString("[0].evidence[1].chpTier") != null, "the CHP tier is shown");
        assertEquals(1000.0, ((Number) proposals.get("[0].evidence[1].value")).doubleValue(), 0.001);
        assertEquals(name, proposals.getString("[0].evidence[1].exporterName"));
        assertEquals(List.of(1, 2), proposals.getList("[0].reasons.number"));
        assertEquals(List.of(file), proposals.getList("[0].reasons[0].evidence.id"));
        assertEquals(List.of("TRADE_RECORD", "FILE"), proposals.getList("[0].reasons[1].evidence.kind"));
        assertEquals(declaration, proposals.getString("[0].reasons[1].evidence[0].declarationNumber"));
        api.as("carla").get("/cases/" + reference).then().statusCode(200)
                .body("pendingProposal.reasons[1].evidence[0].id", equalTo(record));

        api.as("alice").delete("/cases/" + reference + "/trade-records/" + record)
                .then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", allOf(containsString(record), containsString("pending proposal"), containsString("relies on it")));
        assertTrue(api.as("alice").get("/cases/" + reference + "/evidence").then().statusCode(200).extract().jsonPath()
                .getList("id").contains(record), "the record stays linked");

        Response report = api.as("carla").accept("application/pdf").get("/cases/" + reference + "/report.pdf");
        report.then().statusCode(200).contentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(report.asByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Reasons and the evidence they cite"), text);
            assertTrue(text.contains("The exporter shipped CHP items to RU."), text);
            assertTrue(text.contains("register-extract.txt"), text);
            assertTrue(text.contains("Declaration " + declaration), text);
            assertTrue(text.contains("Evidence relied on"), text);
            assertTrue(text.contains("Trade records linked as evidence"), "the linked record has its table: " + text);
        }
    }

    @Test
    void aReturnedProposalNoLongerHoldsItsTradeRecords() {
        String name = "Returned exporter " + UUID.randomUUID();
        UUID party = api.party("alice", name, "CN");
        SearchIndexProbe.awaitSearchable(party.toString(), null);
        importAndWait(TradeFiles.header() + TradeFiles.line("PR-" + UUID.randomUUID().toString().substring(0, 8), 1, name,
                "Consignee " + UUID.randomUUID(), "854231", "RU"));
        String reference = api.openCase("alice", "Returned proposal", List.of(party));
        api.as("alice").post("/cases/" + reference + "/investigation").then().statusCode(200);
        String record = api.as("alice").post("/cases/" + reference + "/trade-records/flagged-of/" + party)
                .then().statusCode(200).extract().jsonPath().getString("newlyLinked[0]");
        api.as("alice").body(Map.of("measure", "EXPORT_BAN", "legalBasis", "Art. 4", "statementOfReasons", "Shipments.",
                        "evidence", List.of(record)))
                .post("/cases/" + reference + "/proposal").then().statusCode(200);
        api.as("carla").body(Map.of("outcome", "RETURNED", "rationale", "Find the contract."))
                .post("/cases/" + reference + "/decision").then().statusCode(200);
        api.as("alice").delete("/cases/" + reference + "/trade-records/" + record).then().statusCode(204);
        api.as("alice").get("/cases/" + reference + "/proposals").then().statusCode(200)
                .body("[0].evidence[0].id", equalTo(record)).body("[0].evidence[0].addedAt", equalTo(null))
                .body("[0].evidence[0].declarationNumber", not(equalTo(null)));
    }

    private void importAndWait(String csv) {
        String batch = api.as("alice").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/imports")
                .then().statusCode(202).extract().path("batch.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "DONE".equals(api.as("alice").get("/imports/" + batch).then().statusCode(200).extract().path("batch.status")));
    }
}
