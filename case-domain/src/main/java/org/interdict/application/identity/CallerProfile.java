package org.interdict.application.identity;

import org.interdict.domain.model.agency.AgencyKind;

import java.util.List;

/**
 * What Interdict knows of the caller: the identity from their token joined with their agency's
 * record.
 */
public record CallerProfile(
        String username,
        String displayName,
        List<String> roles,
        String agencyCode,
        String agencyName,
        AgencyKind agencyKind) {
}
