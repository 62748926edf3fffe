package org.interdict.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows, whatever Java type the driver and Hibernate chose for them. */
final class NativeValues {

    private NativeValues() {
    }

    /** A {@code timestamptz} column as an instant (null stays null). */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
