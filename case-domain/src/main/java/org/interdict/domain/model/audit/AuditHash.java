package org.interdict.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains audit events: SHA-256 over the predecessor's hash and every field of the
 * event, each length-prefixed so that no two different events can produce the same input. Changing,
 * inserting or removing any event breaks the chain from that event on.
 */
public final class AuditHash {

    /** The predecessor of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEvent event) {
        return of(event.previousHash(), event.occurredAt(), event.actor(), event.actorAgency(), event.action(),
                event.targetType(), event.targetId(), event.detailsJson());
    }

    public static String of(String previousHash, Instant occurredAt, String actor, String actorAgency, String action,
            String targetType, String targetId, String detailsJson) {
        StringBuilder input = new StringBuilder();
        for (String field : new String[] {previousHash, truncate(occurredAt).toString(), actor, actorAgency, action,
                targetType, targetId, detailsJson}) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
            input.append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** PostgreSQL keeps microseconds; the hash covers exactly what is stored. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
