package org.interdict.application.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether the stored file is still the one attached: its SHA-256 recomputed from the bytes kept now
 * ({@code found}, null when the file is missing) against the one recorded when it was received.
 */
public record Verification(UUID id, boolean intact, String recorded, String found, Instant checkedAt) {
}
