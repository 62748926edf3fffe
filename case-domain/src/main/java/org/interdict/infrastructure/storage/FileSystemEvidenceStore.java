package org.interdict.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.evidence.ContentTooLargeException;
import org.interdict.application.evidence.EvidenceStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evidence files in a directory (by default {@code interdict-evidence} in WildFly's data directory;
 * {@code interdict.evidence.directory} names another, e.g. a shared volume for several nodes), each at
 * {@code sha256/ab/cd/<hash>} after the first two pairs of hex digits of its hash.
 *
 * <p>A file arrives in {@code tmp/} on the same file system, is flushed to the disk ({@code fsync}),
 * and is moved to its address in one atomic rename, after which the directory is flushed too: a crash
 * at any moment leaves either no file at the address or the whole file, never a part. Files left in
 * {@code tmp/} by a crash are removed when the application starts (those not written to since this
 * server started: another node's upload in progress on a shared volume is being written to).
 */
@ApplicationScoped
public class FileSystemEvidenceStore implements EvidenceStore {

    static final String CONTENT = "sha256";
    static final String STAGING = "tmp";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private Path root;

    /** For the CDI container's client proxy. */
    protected FileSystemEvidenceStore() {
    }

    @Inject
    public FileSystemEvidenceStore(@ConfigProperty(name = "interdict.evidence.directory") Optional<String> directory) {
        this(directory.filter(d -> !d.isBlank()).map(Path::of).orElseGet(FileSystemEvidenceStore::defaultDirectory));
    }

    /** A store in the directory (created when missing). */
    public FileSystemEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(CONTENT));
            Files.createDirectories(this.root.resolve(STAGING));
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence directory " + this.root + " cannot be created", e);
        }
    }

    private static Path defaultDirectory() {
        String data = System.getProperty("jboss.server.data.dir");
        return Path.of(data != null ? data : System.getProperty("java.io.tmpdir"), "interdict-evidence");
    }

    /** When the application starts: says where files are kept, and removes uploads a crash left unfinished. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        StorageLog.LOG.storeAt(root.toString());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int removed = removeAbandonedUploads(Instant.ofEpochMilli(jvmStart));
        if (removed > 0) {
            StorageLog.LOG.abandonedUploadsRemoved(removed, root.resolve(STAGING).toString());
        }
    }

    /** Removes the staged files not written to since the moment given; returns how many. */
    public int removeAbandonedUploads(Instant notWrittenSince) {
        int removed = 0;
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(root.resolve(STAGING))) {
            for (Path file : staged) {
                try {
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (modified.toInstant().isBefore(notWrittenSince) && Files.deleteIfExists(file)) {
                        removed++;
                    }
                } catch (IOException e) {
                    StorageLog.LOG.abandonedUploadNotRemoved(file.toString(), e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    @Override
    public Staged receive(InputStream content, long maxBytes) throws IOException {
        Path file = Files.createTempFile(root.resolve(STAGING), "upload-", ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            return new StagedFile(file, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(address(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(address(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(address(sha256));
    }

    @Override
    public Optional<String> recompute(String sha256) throws IOException {
        Path file = address(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where content with this hash is kept: {@code sha256/ab/cd/abcd…}. Anything but a SHA-256 in hex is refused. */
    public Path address(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return root.resolve(CONTENT).resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public Path root() {
        return root;
    }

    /** A received file in {@code tmp/}. */
    private final class StagedFile implements Staged {

        private final Path file;
        private final String sha256;
        private final long size;
        private boolean kept;

        StagedFile(Path file, String sha256, long size) {
            this.file = file;
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public void keep() throws IOException {
            Path target = address(sha256);
            Path directory = target.getParent();
            Files.createDirectories(directory);
            if (Files.isRegularFile(target)) {
                // The same content is kept already (for another case): one copy serves both.
                Files.deleteIfExists(file);
            } else {
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("The evidence directory " + root + " must lie on one file system: " + e.getMessage(), e);
                }
                force(directory);
                target.toFile().setReadOnly();
            }
            kept = true;
        }

        @Override
        public void close() {
            if (!kept) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // removed when the application next starts
                    StorageLog.LOG.abandonedUploadNotRemoved(file.toString(), e.toString());
                }
            }
        }
    }

    /** Makes a rename durable: flushes the directory's entry to the disk, where the platform allows it. */
    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for syncing; the file's own data was already forced.
        }
    }
}
