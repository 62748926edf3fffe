package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Evidence files on a case, end to end: upload streamed and typed from its content, download with its
 * digest, the size limit (1 MiB on the test instance, see arquillian.xml) and the allow-list, duplicates,
 * tampering caught by verification, what a partner sees, and the chain of custody.
 */
class EvidenceIT extends BlackBoxIT {

    /** A minimal PDF, different for every text, that Tika tells from its header. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Where the test instance's WildFly keeps evidence files: interdict-evidence in its data directory. */
    static Path evidenceDirectory() {
        return Path.of(System.getProperty("it.jboss.base"), "data", "interdict-evidence");
    }

    private String openCase(String title) {
        UUID party = api.party("alice", title, "CN");
        return api.openCase("alice", title, List.of(party));
    }

    private Response upload(String user, String reference, String name, byte[] content) {
        return api.as(user).contentType("application/octet-stream").queryParam("name", name)
                .queryParam("source", "Customs").queryParam("obtainedBy", "Alice").queryParam("obtainedFrom", "Port of Riga")
                .queryParam("obtainedOn", "2025-03-01").queryParam("handlingMarking", "OFFICIAL-SENSITIVE")
                .body(content).post("/cases/" + reference + "/evidence");
    }

    @Test
    void anUploadedPdfIsDescribedAndDownloadsWithItsDigest() throws Exception {
        String reference = openCase("Evidence " + UUID.randomUUID());
        byte[] content = pdf(UUID.randomUUID().toString());
        Response uploaded = upload("alice", reference, "../invoice\u202E.pdf", content);
        uploaded.then().statusCode(201);
        assertFalse(uploaded.jsonPath().getBoolean("duplicate"));
        String id = uploaded.jsonPath().getString("evidence.id");

        Map<String, Object> item = api.as("alice").get("/evidence/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("application/pdf", item.get("mediaType"));
        assertEquals(content.length, ((Number) item.get("size")).intValue());
        assertEquals(hex(content), item.get("sha256"));
        assertEquals("OFFICIAL-SENSITIVE", item.get("handlingMarking"));
        assertEquals("Port of Riga", item.get("obtainedFrom"));
        assertFalse(String.valueOf(item.get("name")).contains("/"), "the path is dropped from the name");
        assertFalse(String.valueOf(item.get("name")).contains("\u202E"), "no reordering characters in the name");

        Response download = api.as("alice").accept("*/*").get("/evidence/" + id + "/content");
        download.then().statusCode(200).contentType("application/pdf");
        assertArrayEquals(content, download.asByteArray());
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(sha256(content)) + ":", download.getHeader("Repr-Digest"));
        assertTrue(download.getHeader("Content-Disposition").startsWith("attachment; filename=\""));
        assertTrue(api.as("alice").get("/evidence/" + id + "/verify").then().statusCode(200).extract().jsonPath().getBoolean("intact"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndLeavesNoRowAndNoFile() throws Exception {
        String reference = openCase("Evidence " + UUID.randomUUID());
        byte[] big = new byte[1_048_576 + 4096];
        byte[] head = pdf("big");
        System.arraycopy(head, 0, big, 0, head.length);
        big[big.length - 1] = 7;
        Response refused = upload("alice", reference, "big.pdf", big);
        refused.then().statusCode(413).contentType("application/problem+json");
        assertTrue(refused.jsonPath().getString("detail").contains("limit"));
        assertEquals(List.of(), api.as("alice").get("/cases/" + reference + "/evidence").then().statusCode(200)
                .extract().jsonPath().getList(""));
        assertFalse(Files.exists(address(hex(big))), "no file is kept");
        try (Stream<Path> staged = Files.list(evidenceDirectory().resolve("tmp"))) {
            assertEquals(List.of(), staged.filter(f -> {
                try {
                    return Files.size(f) > 1_000_000;
                } catch (IOException e) {
                    return false;
                }
            }).toList(), "nothing of it stays in the staging directory");
        }
    }

    @Test
    void anExecutableNamedPdfIsRefusedWith415() {
        String reference = openCase("Evidence " + UUID.randomUUID());
        byte[] windows = new byte[512];
        windows[0] = 'M';
        windows[1] = 'Z';
        Response refused = upload("alice", reference, "x.pdf", windows);
        refused.then().statusCode(415).contentType("application/problem+json");
        assertTrue(refused.jsonPath().getString("detail").contains("application/x-msdownload"));
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        api.as("alice").contentType("application/pdf").queryParam("name", "x.pdf").body(elf)
                .post("/cases/" + reference + "/evidence").then().statusCode(415);
        assertEquals(List.of(), api.as("alice").get("/cases/" + reference + "/evidence").then().statusCode(200)
                .extract().jsonPath().getList(""));
    }

    @Test
    void theSameContentTwiceIsRecognisedByItsHash() {
        String reference = openCase("Evidence " + UUID.randomUUID());
        byte[] content = pdf(UUID.randomUUID().toString());
        String first = upload("alice", reference, "a.pdf", content).then().statusCode(201).extract().path("evidence.id");
        Response again = upload("carla", reference, "copy of a.pdf", content);
        again.then().statusCode(200);
        assertTrue(again.jsonPath().getBoolean("duplicate"));
        assertEquals(first, again.jsonPath().getString("evidence.id"));
        assertEquals(1, api.as("alice").get("/cases/" + reference + "/evidence").then().statusCode(200)
                .extract().jsonPath().getList("").size());
    }

    @Test
    void aChangedFileIsCaughtByVerification() throws Exception {
        String reference = openCase("Evidence " + UUID.randomUUID());
        byte[] content = pdf(UUID.randomUUID().toString());
        String id = upload("alice", reference, "a.pdf", content).then().statusCode(201).extract().path("evidence.id");
        Path file = address(hex(content));
        assertTrue(Files.isRegularFile(file), "the file is kept at " + file);
        file.toFile().setWritable(true);
        Files.write(file, pdf("forged"));

        Map<String, Object> verification = api.as("erik").get("/evidence/" + id + "/verify").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(false, verification.get("intact"));
        assertEquals(hex(content), verification.get("recorded"));
        assertEquals(hex(pdf("forged")), verification.get("found"));
    }

    @Test
    void aPartnerSeesOnlyEvidenceReleasedToItWithItsCase() {
        String reference = openCase("Evidence " + UUID.randomUUID());
        String internal = upload("alice", reference, "internal.pdf", pdf(UUID.randomUUID().toString()))
                .then().statusCode(201).extract().path("evidence.id");
        String shared = upload("alice", reference, "shared.pdf", pdf(UUID.randomUUID().toString()))
                .then().statusCode(201).extract().path("evidence.id");
        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/evidence/" + shared + "/releasability").then().statusCode(200);

        // The item is shared but its case is not: the partner sees neither.
        api.as("paula").get("/evidence/" + shared).then().statusCode(404);
        api.as("paula").get("/cases/" + reference + "/evidence").then().statusCode(404);

        api.as("carla").body(Map.of("releasability", "SHARED", "agencies", List.of("PCU")))
                .put("/cases/" + reference + "/releasability").then().statusCode(200);
        api.as("paula").get("/evidence/" + shared).then().statusCode(200);
        api.as("paula").accept("*/*").get("/evidence/" + shared + "/content").then().statusCode(200);
        api.as("paula").get("/evidence/" + internal).then().statusCode(404);
        api.as("paula").accept("*/*").get("/evidence/" + internal + "/content").then().statusCode(404);
        List<String> listed = api.as("paula").get("/cases/" + reference + "/evidence").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertEquals(List.of(shared), listed, "the partner's list holds the shared item only");
        api.as("paula").get("/evidence/" + shared + "/custody").then().statusCode(403);
    }

    @Test
    void theChainOfCustodyListsEveryAccessInOrder() {
        String reference = openCase("Evidence " + UUID.randomUUID());
        String id = upload("alice", reference, "a.pdf", pdf(UUID.randomUUID().toString()))
                .then().statusCode(201).extract().path("evidence.id");
        api.as("carla").get("/evidence/" + id).then().statusCode(200);
        api.as("erik").accept("*/*").get("/evidence/" + id + "/content").then().statusCode(200);
        api.as("alice").get("/evidence/" + id + "/verify").then().statusCode(200);

        List<Map<String, Object>> all = api.as("erik").get("/evidence/" + id + "/custody").then().statusCode(200)
                .extract().jsonPath().getList("");
        // The background reader's event (EVIDENCE_TEXT_…, by system:text-extraction) falls wherever its reading ends.
        List<Map<String, Object>> events = all.stream().filter(e -> !String.valueOf(e.get("actor")).startsWith("system:")).toList();
        List<String> actions = events.stream().map(e -> String.valueOf(e.get("action"))).toList();
        assertEquals(List.of("EVIDENCE_ADDED", "EVIDENCE_VIEWED", "EVIDENCE_DOWNLOADED", "EVIDENCE_VERIFIED"), actions);
        assertEquals(List.of("alice", "carla", "erik", "alice"), events.stream().map(e -> String.valueOf(e.get("actor"))).toList());
        events.forEach(e -> assertTrue(e.get("occurredAt") != null));
    }

    private static Path address(String sha256) {
        return evidenceDirectory().resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static byte[] sha256(byte[] content) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(content);
    }

    private static String hex(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(sha256(content));
    }
}
