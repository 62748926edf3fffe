package org.interdict.web.api.me;

import org.interdict.application.identity.CallerProfile;

import java.util.List;

/** The caller as {@code GET /api/me} shows them. */
public record MeRepresentation(String username, String displayName, List<String> roles, AgencyRepresentation agency) {

    /** The caller's agency. */
    public record AgencyRepresentation(String code, String name, String kind) {
    }

    static MeRepresentation of(CallerProfile profile) {
        return new MeRepresentation(profile.username(), profile.displayName(), profile.roles(),
                new AgencyRepresentation(profile.agencyCode(), profile.agencyName(), profile.agencyKind()));
    }
}
