package org.interdict.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

class RoleTest {

    @Test
    void everyRoleHasAConstantForRolesAllowedAndEveryConstantIsARole() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        Set<String> roleNames = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(roleNames, constants);
    }

    @Test
    void roleNamesAreReadWithoutRegardToCaseOrSpaces() {
        assertEquals(Optional.of(Role.SUPERVISOR), Role.fromRoleName(" Supervisor "));
    }

    @Test
    void unknownRoleNamesAreNoRole() {
        assertTrue(Role.fromRoleName("default-roles-interdict").isEmpty());
        assertTrue(Role.fromRoleName(null).isEmpty());
    }
}
