package org.interdict.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;

/** An evidence file to send: its recorded digest, name and type, and its content, opened when the answer is written. */
public record Download(EvidenceView evidence, Opener content) {

    /** Opens the stored content. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The recorded SHA-256 in base64, as HTTP digest fields write it ({@code Repr-Digest: sha-256=:…:}). */
    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.sha256()));
    }
}
