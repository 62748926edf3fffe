package org.interdict.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.trade.CustomsFile;
import org.interdict.application.trade.ImportPreviewService;
import org.interdict.application.trade.TradeImportService;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.trade.ImportBatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Starts imports of customs declarations in the background: keeps the uploaded file (and its
 * SHA-256) while the import reads it, lets {@link TradeImportService} check it and record the batch,
 * then runs the import as a {@link JobKind#IMPORT} job. Several nodes may import at once, also the
 * same file: each batch is its own, and a line the agency already holds is a duplicate, never a
 * second record.
 */
@ApplicationScoped
public class TradeImportJobs {

    private TradeImportService imports;
    private TradeImports batches;
    private BackgroundJobs jobs;
    private ImportPreviewService previews;

    /** For the CDI container's client proxy. */
    protected TradeImportJobs() {
    }

    @Inject
    public TradeImportJobs(TradeImportService imports, TradeImports batches, BackgroundJobs jobs, ImportPreviewService previews) {
        this.previews = previews;
        this.imports = imports;
        this.batches = batches;
        this.jobs = jobs;
    }

    /**
     * Starts importing the file on behalf of the caller; answers the batch as recorded, running.
     *
     * @param fileName the name the caller gave the file, for the record
     * @param body     the file, read to its end here
     */
    public TradeImportService.Progress start(String fileName, InputStream body, CustomsFile.Layout layout) {
        Path file;
        String sha256;
        try {
            file = Files.createTempFile("interdict-import-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TradeImportService.Progress started;
        try {
            sha256 = copy(body, file);
            started = imports.start(fileName, file, sha256, layout);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        TradeImportService.BatchView batch = started.batch();
        UUID id = batch.id();
        try {
            // The import never throws: a failed one is a batch with its error, which the job record repeats.
            jobs.submit(JobKind.IMPORT, id.toString(), batch.agency(), batch.startedBy(), () -> {
                imports.run(id, file, layout);
                return batches.find(id).map(ImportBatch::error).orElse(null);
            }, () -> batches.find(id).map(b -> new BackgroundJobs.Progress(b.linesRead(), null)).orElse(null),
                    // While it waits for a thread, the batch's heartbeat keeps other nodes from taking it for interrupted.
                    () -> batches.progress(id, 0, 0, 0, 0, 0));
        } catch (RuntimeException e) {
            // Never started: the batch ends as interrupted once its heartbeat is found stale, as after a crash.
            deleteQuietly(file);
            throw e;
        }
        return started;
    }

    /** What importing the uploaded file would do (see {@link ImportPreviewService#preview}); nothing is kept. */
    public ImportPreviewService.Preview preview(InputStream body, String profile, CustomsFile.Layout layout, int lines) {
        Path file = keep(body);
        try {
            return previews.preview(file, profile, layout, lines);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The upload copied to a temporary file, for previews before the import (the caller deletes it). */
    public static Path keep(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile("interdict-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            copy(body, file);
            return file;
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Copies the upload to the file; returns its SHA-256 in hex. */
    private static String copy(InputStream body, Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                body.transferTo(out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a file kept for previews; nothing when it is gone already. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system cleans its temp directory
        }
    }
}
