package org.interdict.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.evidence.ContentTooLargeException;
import org.interdict.application.evidence.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

class FileSystemEvidenceStoreTest {

    @TempDir
    Path directory;

    @Test
    void keptContentIsFoundUnderItsHashAndReadsBackWhole() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        byte[] content = "%PDF-1.4 evidence".getBytes(StandardCharsets.US_ASCII);
        String sha256;
        try (EvidenceStore.Staged staged = store.receive(new ByteArrayInputStream(content), 1_000)) {
            sha256 = staged.sha256();
            assertEquals(sha256(content), sha256);
            assertEquals(content.length, staged.size());
            assertFalse(store.exists(sha256), "staged content is not visible before it is kept");
            staged.keep();
        }
        assertTrue(store.exists(sha256));
        assertEquals(directory.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256),
                store.address(sha256));
        try (InputStream in = store.open(sha256)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(0, staging().count(), "nothing is left in the staging directory");
    }

    @Test
    void contentNotKeptLeavesNothingBehind() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        String sha256;
        try (EvidenceStore.Staged staged = store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 1_000)) {
            sha256 = staged.sha256();
        }
        assertFalse(store.exists(sha256));
        assertEquals(0, staging().count());
    }

    @Test
    void contentBeyondTheLimitIsRefusedAndLeavesNoFile() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        // 10 MB from a generator: never held in memory, refused as soon as the limit is passed.
        InputStream endless = new InputStream() {
            long left = 10_000_000;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        ContentTooLargeException refused = assertThrows(ContentTooLargeException.class, () -> store.receive(endless, 1_000));
        assertEquals(1_000, refused.limit());
        assertEquals(0, staging().count());
        try (Stream<Path> kept = Files.walk(directory.resolve("sha256"))) {
            assertEquals(0, kept.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void theSameContentIsKeptOnce() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);
        String first = keep(store, content);
        String second = keep(store, content);
        assertEquals(first, second);
        try (Stream<Path> kept = Files.walk(directory.resolve("sha256"))) {
            assertEquals(1, kept.filter(Files::isRegularFile).count());
        }
        assertEquals(0, staging().count());
    }

    @Test
    void recomputingCatchesAChangedFile() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        String sha256 = keep(store, "original".getBytes(StandardCharsets.UTF_8));
        assertEquals(sha256, store.recompute(sha256).orElseThrow());

        Path file = store.address(sha256);
        file.toFile().setWritable(true);
        Files.writeString(file, "tampered");
        assertNotEquals(sha256, store.recompute(sha256).orElseThrow());

        store.delete(sha256);
        assertTrue(store.recompute(sha256).isEmpty(), "a missing file recomputes to nothing");
    }

    @Test
    void uploadsLeftByACrashAreRemovedAtStartOthersStay() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        Path abandoned = Files.writeString(directory.resolve("tmp").resolve("upload-1.part"), "half a file");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(3600)));
        Path inProgress = Files.writeString(directory.resolve("tmp").resolve("upload-2.part"), "being written");

        assertEquals(1, store.removeAbandonedUploads(Instant.now().minusSeconds(60)));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(inProgress));
    }

    @Test
    void anAddressIsOnlyEverAHash() {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(directory);
        assertThrows(IllegalArgumentException.class, () -> store.address("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.open("ABC"));
    }

    private static String keep(FileSystemEvidenceStore store, byte[] content) throws IOException {
        try (EvidenceStore.Staged staged = store.receive(new ByteArrayInputStream(content), 1_000)) {
            staged.keep();
            return staged.sha256();
        }
    }

    private Stream<Path> staging() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("tmp"))) {
            return files.toList().stream();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
