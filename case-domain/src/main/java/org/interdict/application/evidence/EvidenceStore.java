package org.interdict.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Port: where evidence files are kept, by the SHA-256 of their content (so the same content is kept
 * once, and a file's address says what it must contain). Putting a file is two steps, so that it is
 * checked before anyone can find it: {@link #receive} streams it to a staging place while hashing it,
 * {@link Staged#keep} puts it in place atomically; a staged file that is not kept leaves nothing behind.
 */
public interface EvidenceStore {

    /**
     * Reads the content to its end into a staging place, hashing it on the way, never holding it in memory.
     *
     * @throws ContentTooLargeException as soon as more than {@code maxBytes} arrived; nothing is kept
     */
    Staged receive(InputStream content, long maxBytes) throws IOException;

    /** The kept content with this hash. */
    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Forgets the content (only when no evidence item refers to it any more). */
    void delete(String sha256) throws IOException;

    /** The SHA-256 of what is kept under this hash now, recomputed from the bytes; empty when nothing is. */
    Optional<String> recompute(String sha256) throws IOException;

    /** Received content not yet in place: closing it without {@link #keep} discards it. */
    interface Staged extends AutoCloseable {

        /** The SHA-256 of the content, in lower-case hex. */
        String sha256();

        long size();

        /** Reads the staged content (to detect its type). */
        InputStream open() throws IOException;

        /** Puts the content in place under its hash, durably and atomically; content already kept there stays. */
        void keep() throws IOException;

        @Override
        void close();
    }
}
