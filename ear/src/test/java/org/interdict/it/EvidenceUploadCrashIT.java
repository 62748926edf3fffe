package org.interdict.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * WildFly killed with {@code kill -9} while a large evidence file is arriving: no row points at nothing, no
 * half file is kept under any hash, the staged part is removed when the server starts again, and the same
 * upload then succeeds.
 */
class EvidenceUploadCrashIT extends BlackBoxIT {

    /** Just under the test instance's 1 MiB limit (arquillian.xml), sent slowly: 64 KiB every 150 ms. */
    private static final int SIZE = 960 * 1024;
    private static final int CHUNK = 64 * 1024;

    @Test
    void aServerKilledDuringAnUploadLeavesNeitherAHalfFileNorARow() throws Exception {
        UUID party = api.party("alice", "Upload crash " + UUID.randomUUID(), "CN");
        String reference = api.openCase("alice", "Upload crash " + UUID.randomUUID(), List.of(party));
        byte[] content = content();
        Set<Path> keptBefore = files(EvidenceIT.evidenceDirectory().resolve("sha256"));
        Path staging = EvidenceIT.evidenceDirectory().resolve("tmp");

        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/cases/" + reference
                        + "/evidence?name=large-scan.pdf&source=Crash%20test"))
                .header("Authorization", "Bearer " + api.bearer("alice")).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowStream(content))).build();
        CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());

        // Kill it once a good part of the file has arrived, and well before the end.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> largestPart(staging) >= 256 * 1024);
        TestEnvironment.killWildfly();
        assertTrue(largestPart(staging) < SIZE, "killed in the middle of the upload");
        assertTrue(upload.handle((answer, error) -> error != null || answer.statusCode() >= 500).get(), "the upload did not succeed");

        assertEquals(0, rows(reference), "no evidence row for the interrupted upload");
        assertEquals(keptBefore, files(EvidenceIT.evidenceDirectory().resolve("sha256")), "no file kept under any hash");

        TestEnvironment.restartWildfly();
        assertEquals(0, largestPart(staging), "the staged part is removed when the server starts");
        assertEquals(0, rows(reference));

        Response again = api.as("alice").contentType("application/octet-stream").queryParam("name", "large-scan.pdf")
                .body(content).post("/cases/" + reference + "/evidence");
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals(1, rows(reference));
        assertTrue(api.as("alice").get("/evidence/" + again.jsonPath().getString("evidence.id") + "/verify").then().statusCode(200)
                .extract().jsonPath().getBoolean("intact"));
    }

    /** A PDF-looking file just under the limit, different on every run. */
    private static byte[] content() {
        byte[] head = EvidenceIT.pdf(UUID.randomUUID().toString());
        byte[] content = new byte[SIZE];
        System.arraycopy(head, 0, content, 0, head.length);
        for (int i = head.length; i < SIZE; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }

    /** The content, a chunk at a time with a pause between chunks, as over a slow line. */
    private static final class SlowStream extends InputStream {

        private final byte[] content;
        private int position;
        private int leftInChunk = CHUNK;

        SlowStream(byte[] content) {
            this.content = content;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= content.length) {
                return -1;
            }
            if (leftInChunk == 0) {
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                leftInChunk = CHUNK;
            }
            int n = Math.min(Math.min(length, leftInChunk), content.length - position);
            System.arraycopy(content, position, buffer, offset, n);
            position += n;
            leftInChunk -= n;
            return n;
        }
    }

    private static long largestPart(Path staging) throws IOException {
        try (Stream<Path> parts = Files.list(staging)) {
            return parts.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).max().orElse(0);
        }
    }

    private static Set<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static long rows(String reference) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestEnvironment.databaseUrl(), TestEnvironment.require("INTERDICT_DB_OWNER"),
                TestEnvironment.require("INTERDICT_DB_OWNER_PASSWORD"));
                PreparedStatement q = db.prepareStatement("select count(*) from evidence e join case_file c on c.id = e.case_id "
                        + "where c.reference = ?")) {
            q.setString(1, reference);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
