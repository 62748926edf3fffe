package org.interdict.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 * Evidence figures: the throughput of uploading a large file (streamed, hashed, fsynced and renamed into the
 * store) next to a plain copy of the same file on the same disk, fsynced too; and how long the background
 * reader takes for a PDF of many pages (the server's own measure), and until a word of it is found by search.
 */
final class EvidenceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the benchmark follows the server before it gives up: a reader or index that never ends is a failure. */
    private static final java.time.Duration WAIT_AT_MOST = java.time.Duration.ofMinutes(5);
    /** Between two looks at the server's state (a poll of its API, not a wait for a result). */
    private static final long POLL_MILLIS = 200;

    private EvidenceBenchmark() {
    }

    static void run(String api, String keycloak, String user, String password, Path work, int megabytes, int pages) throws Exception {
        // HTTP/1.1 as browsers and curl send an upload; the client's default asks for an upgrade to HTTP/2, whose
        // flow control over one stream holds a large upload to a fraction of what the server takes.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = Operator.userToken(http, keycloak, user, password);
        Files.createDirectories(work);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String reference = openCase(http, api, token, run);
        System.out.printf("Case %s opened for the benchmark%n", reference);

        // 1. A large file: the upload against a plain copy on the same disk.
        Path large = work.resolve("evidence-" + megabytes + "mb-" + run + ".pdf");
        write(large, megabytes);
        double copySeconds = copy(large, work.resolve(large.getFileName() + ".copy"));
        long from = System.nanoTime();
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(api + "/cases/" + reference + "/evidence?name="
                        + large.getFileName() + "&source=Benchmark")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(large)).build(),
                HttpResponse.BodyHandlers.ofString());
        double uploadSeconds = (System.nanoTime() - from) / 1e9;
        if (uploaded.statusCode() != 201) {
            throw new IllegalStateException("The upload answered " + uploaded.statusCode() + ": " + uploaded.body());
        }
        double size = Files.size(large) / 1_048_576.0;
        System.out.printf("Upload of %.0f MB: %.2f s, %.1f MB/s (stream, SHA-256, fsync, rename, row)%n", size, uploadSeconds, size / uploadSeconds);
        System.out.printf("Plain copy of the same file on the same disk (fsynced): %.2f s, %.1f MB/s%n", copySeconds, size / copySeconds);
        Files.deleteIfExists(large);
        Files.deleteIfExists(work.resolve(large.getFileName() + ".copy"));

        // 2. A PDF of many pages: the reader's time, and until search finds a word of its last page.
        String word = "benchword" + run;
        Path pdf = work.resolve("evidence-" + pages + "-pages-" + run + ".pdf");
        pdf(pdf, pages, word);
        from = System.nanoTime();
        HttpResponse<String> attached = http.send(HttpRequest.newBuilder(URI.create(api + "/cases/" + reference + "/evidence?name="
                        + pdf.getFileName() + "&source=Benchmark")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofFile(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (attached.statusCode() != 201) {
            throw new IllegalStateException("The upload answered " + attached.statusCode() + ": " + attached.body());
        }
        String id = JSON.readTree(attached.body()).path("evidence").path("id").asText();
        JsonNode extraction;
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        do {
            pause(deadline, "the server to read the PDF's text");
            extraction = JSON.readTree(Rest.call(http, token, "GET", api + "/evidence/" + id, null)).path("extraction");
        } while (!TextReading.of(extraction.path("status").asText()).ended());
        double readSeconds = (System.nanoTime() - from) / 1e9;
        if (TextReading.of(extraction.path("status").asText()) == TextReading.FAILED) {
            throw new IllegalStateException("The PDF could not be read: " + extraction.path("failure").asText());
        }
        String query = URLEncoder.encode("type:evidence " + word, StandardCharsets.UTF_8);
        while (JSON.readTree(Rest.call(http, token, "GET", api + "/search?q=" + query, null)).path("total").asLong() < 1) {
            pause(deadline, "search to find a word of the PDF's last page");
        }
        double searchableSeconds = (System.nanoTime() - from) / 1e9;
        System.out.printf("Text of a %d-page PDF (%,d bytes, %,d characters, language %s): read in %,d ms by the server; "
                        + "%.1f s from upload to read, %.1f s until search finds a word of its last page%n", pages, Files.size(pdf),
                extraction.path("characters").asLong(), extraction.path("language").asText(), extraction.path("millis").asLong(),
                readSeconds, searchableSeconds);
        Files.deleteIfExists(pdf);
    }

    /** Waits one poll interval, or gives up in words once the deadline has passed. */
    private static void pause(long deadline, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Gave up waiting for " + what + " after " + WAIT_AT_MOST.toMinutes() + " minutes.");
        }
        Thread.sleep(POLL_MILLIS);
    }

    private static String openCase(HttpClient http, String api, String token, String run) throws Exception {
        String party = JSON.readTree(Rest.call(http, token, "POST", api + "/parties", "{\"kind\":\"COMPANY\",\"primaryName\":\"Benchmark evidence "
                + run + "\",\"country\":\"CN\"}")).path("id").asText();
        return JSON.readTree(Rest.call(http, token, "POST", api + "/cases", "{\"title\":\"Evidence benchmark " + run + "\",\"subjects\":[\""
                + party + "\"]}")).path("reference").asText();
    }

    /** A file that starts as a PDF (so the allow-list takes it) and goes on with incompressible bytes. */
    private static void write(Path file, int megabytes) throws IOException {
        Random random = new Random(7);
        byte[] buffer = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(buffer);
                out.write(buffer);
            }
        }
    }

    /** Copies the file as the store keeps one: streamed through a buffer, then forced to the disk. */
    private static double copy(Path from, Path to) throws IOException {
        long start = System.nanoTime();
        try (FileChannel in = FileChannel.open(from); FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
            while (in.read(buffer) != -1) {
                buffer.flip();
                out.write(buffer);
                buffer.clear();
            }
            out.force(true);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A report of many pages of text, like a customs-records extract; the word on the last page. */
    private static void pdf(Path file, int pages, String word) throws IOException {
        Random random = new Random(11);
        String[] goods = {"thermal imaging camera", "unmanned aerial vehicle parts", "ball bearings", "integrated circuits",
                "body armour plates", "CNC machining centre", "radio transceivers", "lithium batteries"};
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 750);
                    content.showText("Customs records extract, page " + p + " of " + pages);
                    content.newLine();
                    for (int line = 0; line < 55; line++) {
                        content.showText(String.format("Declaration 10702070/%06d/%07d line %d: %s, HS %06d, %d kg, USD %,d, consignee LLC %s",
                                random.nextInt(999_999), random.nextInt(9_999_999), line + 1, goods[random.nextInt(goods.length)],
                                random.nextInt(999_999), random.nextInt(5_000), random.nextInt(900_000), Long.toString(random.nextLong() & 0xffffff, 36)));
                        content.newLine();
                    }
                    if (p == pages) {
                        content.showText("Reviewed: " + word);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }
}
