package org.interdict.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

class CallerTest {

    @Test
    void callerWithoutAgencyIsRefusedWithAMessageThatSaysWhatToFix() {
        MissingAgencyException refused = assertThrows(MissingAgencyException.class,
                () -> new Caller("alice", "Alice Marsh", " ", Set.of(Role.ANALYST)));
        assertTrue(refused.getMessage().contains("alice"));
        assertTrue(refused.getMessage().contains("'agency' attribute"));
    }

    @Test
    void callerWithoutUsernameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(null, "x", "ECA", Set.of()));
    }

    @Test
    void displayNameFallsBackToUsername() {
        assertEquals("svc-partner", new Caller("svc-partner", null, "PCU", Set.of()).displayName());
        assertEquals("svc-partner", new Caller("svc-partner", "  ", "PCU", Set.of()).displayName());
    }

    @Test
    void rolesAreACopyThatCannotBeChanged() {
        Set<Role> given = EnumSet.of(Role.ANALYST);
        Caller caller = new Caller("alice", "Alice", "ECA", given);
        given.add(Role.SUPERVISOR);

        assertFalse(caller.hasRole(Role.SUPERVISOR));
        assertThrows(UnsupportedOperationException.class, () -> caller.roles().add(Role.ADMIN));
    }

    @Test
    void callerBelongsOnlyToTheirOwnAgency() {
        Caller caller = new Caller("olga", "Olga Berg", "OSI", Set.of(Role.ANALYST));
        assertTrue(caller.belongsTo("OSI"));
        assertFalse(caller.belongsTo("ECA"));
    }
}
