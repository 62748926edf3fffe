package org.interdict.application.evidence;

import java.util.Locale;

/** An upload larger than the configured limit: nothing of it is kept. */
public class ContentTooLargeException extends RuntimeException {

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("The file is larger than the limit of " + String.format(Locale.ROOT, "%,d", limit) + " bytes ("
                + megabytes(limit) + "); nothing was stored. Split it, or ask an administrator about the limit.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
