package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.InvalidInputException;
import org.interdict.application.SharedSecrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds a search cursor to the user it was issued to: the engine's cursor travels with a MAC over it
 * and the user's name, keyed with a secret all nodes share. Someone else's cursor (a link passed on,
 * a replayed request) or a forged one is refused before it reaches the engine, so it can neither page
 * through another user's search nor close its point in time.
 */
@ApplicationScoped
public class CursorSeal {

    static final String SECRET_NAME = "search-cursor";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;

    private SharedSecrets secrets;

    /** For the CDI container's client proxy. */
    protected CursorSeal() {
    }

    @Inject
    public CursorSeal(SharedSecrets secrets) {
        this.secrets = secrets;
    }

    public String seal(String cursor, String owner) {
        if (cursor == null) {
            return null;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag(cursor, owner)) + "." + cursor;
    }

    /** The engine's cursor, when the sealed one was issued to this owner; refused otherwise. */
    public String open(String sealed, String owner) {
        if (sealed == null || sealed.isBlank()) {
            return null;
        }
        int dot = sealed.indexOf('.');
        byte[] given;
        try {
            given = dot > 0 ? Base64.getUrlDecoder().decode(sealed.substring(0, dot)) : null;
        } catch (IllegalArgumentException e) {
            given = null;
        }
        String cursor = dot > 0 ? sealed.substring(dot + 1) : "";
        if (given == null || !MessageDigest.isEqual(given, tag(cursor, owner))) {
            throw new InvalidInputException("This cursor was not issued to you for this search: pass the 'cursor' of the "
                    + "previous page exactly as you received it, or search again.");
        }
        return cursor;
    }

    private byte[] tag(String cursor, String owner) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secrets.secret(SECRET_NAME), ALGORITHM));
            mac.update(owner.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] full = mac.doFinal(cursor.getBytes(StandardCharsets.UTF_8));
            byte[] tag = new byte[TAG_BYTES];
            System.arraycopy(full, 0, tag, 0, TAG_BYTES);
            return tag;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
