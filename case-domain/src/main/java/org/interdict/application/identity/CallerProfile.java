package org.interdict.application.identity;

import java.util.List;

/**
 * What Interdict knows of the caller: the identity from their token joined with their agency's
 * record.
 *
 * @param agencyKind {@code AUTHORITY} or {@code PARTNER}
 */
public record CallerProfile(
        String username,
        String displayName,
        List<String> roles,
        String agencyCode,
        String agencyName,
        String agencyKind) {
}
