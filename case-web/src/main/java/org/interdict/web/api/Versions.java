package org.interdict.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.interdict.application.Inputs;

/**
 * Record versions on the wire: responses carry {@code ETag: "7"}, edits send {@code If-Match: "7"}
 * so that an edit made from an outdated copy is refused instead of overwriting someone's work.
 */
public final class Versions {


    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller edits from, or null when they sent no If-Match or {@code *} ("whatever
     * is there"). The application refuses a change without a version (428): applied blindly it could
     * overwrite someone else's work unseen.
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            throw new BadRequestException("If-Match compares exact versions: send the ETag as it came, e.g. \"3\", not a weak W/ tag.");
        }
        // The ETag as it came ("3"), or its bare number, which careless clients send.
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            if (!value.matches("\\d{1,18}")) {
                throw new NumberFormatException(value);
            }
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must carry the ETag of the record you edit, e.g. \"3\"; '"
                    + Inputs.excerpt(ifMatch) + "' is not one.");
        }
    }

    public static Response.ResponseBuilder ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version));
    }
}
