package org.interdict.infrastructure.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interdict.application.security.Caller;
import org.interdict.application.security.MissingAgencyException;
import org.interdict.application.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

class TokenClaimsTest {

    @Test
    void keycloakRealmRolesBecomeApplicationRolesAndKeycloaksOwnRolesAreDropped() {
        Caller caller = TokenClaims.toCaller("dmitri", "Dmitri Volkov", "sub-1", "ECA",
                List.of("supervisor", "analyst", "default-roles-interdict", "offline_access", "uma_authorization"));

        assertEquals(EnumSet.of(Role.SUPERVISOR, Role.ANALYST), caller.roles());
        assertEquals("dmitri", caller.username());
        assertEquals("Dmitri Volkov", caller.displayName());
        assertEquals("ECA", caller.agency());
    }

    @Test
    void tokenWithoutAgencyClaimIsRefused() {
        assertThrows(MissingAgencyException.class,
                () -> TokenClaims.toCaller("mallory", "Mallory", "sub-2", null, List.of("analyst")));
    }

    @Test
    void subjectStandsInForAMissingUsername() {
        assertEquals("sub-3", TokenClaims.toCaller(null, null, "sub-3", "PCU", null).username());
    }

    @Test
    void surroundingSpacesOfTheAgencyClaimDoNotCount() {
        assertEquals("PCU", TokenClaims.toCaller("paula", null, "sub-4", " PCU ", List.of("partner")).agency());
    }
}
