package org.interdict.application.trade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The digests of a file's rows that carry no declaration line number, and how often each was seen so
 * far: the n-th of several rows alike in every value gets the key {@code digest#n}, so that the same file
 * read again gives each row its key again. Held as 64 bits of each digest in an open-addressing table
 * (about 24 bytes a row), so that a million rows cost megabytes, not a map of strings.
 */
final class Occurrences {

    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    /** SHA-256 of the values (null written as a mark of its own), its first 16 bytes in URL-safe Base64: 22 characters. */
    static String digest(String... values) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String value : values) {
            if (value == null) {
                sha.update((byte) 0);
            } else {
                sha.update((byte) 1);
                sha.update(value.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha.digest(), 16));
    }

    /** Counts one more row of this digest; returns how many there have been, this one included. */
    int count(String digest) {
        long key = hash(digest);
        if (key == 0) {
            key = 1; // 0 marks a free slot
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return ++counts[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 1;
    }

    private static long hash(String digest) {
        byte[] bytes = Base64.getUrlDecoder().decode(digest);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (bytes[i] & 0xFF);
        }
        return h;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }
}
