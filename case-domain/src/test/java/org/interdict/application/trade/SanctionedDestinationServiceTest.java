package org.interdict.application.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Caller;
import org.interdict.application.security.Role;
import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

class SanctionedDestinationServiceTest {

    private final TreeMap<String, SanctionedDestinations.Destination> list = new TreeMap<>();
    private final List<AuditEntry> audited = new ArrayList<>();

    private SanctionedDestinationService as(String username, String agency, Role... roles) {
        Caller caller = new Caller(username, username, agency, Set.of(roles));
        AuditTrail trail = new AuditTrail() {
            @Override
            public void append(AuditEntry entry) {
                audited.add(entry);
            }

            @Override
            public List<org.interdict.domain.model.audit.AuditEvent> about(String targetType, String targetId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChainVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
        SanctionedDestinations destinations = new SanctionedDestinations() {
            @Override
            public List<Destination> all() {
                return List.copyOf(list.values());
            }

            @Override
            public Set<String> countries() {
                return Set.copyOf(list.keySet());
            }

            @Override
            public boolean add(String country, String addedBy, Instant at) {
                return list.putIfAbsent(country, new Destination(country, addedBy, at)) == null;
            }

            @Override
            public boolean remove(String country) {
                return list.remove(country) != null;
            }
        };
        return new SanctionedDestinationService(destinations, new AccessPolicy(() -> caller, new NoReleases()),
                new AuditRecorder(() -> caller, trail));
    }

    @Test
    void anAdministratorListsACountryOnceAndTheChangeIsAudited() {
        SanctionedDestinationService fiona = as("fiona", "ECA", Role.ADMIN);
        SanctionedDestinationService.Listed listed = fiona.add("aq");
        assertTrue(listed.added());
        assertEquals("AQ", listed.destination().country());
        assertEquals("fiona", listed.destination().addedBy());
        assertEquals(1, audited.size());
        assertEquals("SANCTIONED_DESTINATION_ADDED", audited.get(0).action());
        assertTrue(audited.get(0).detailsJson().contains("\"after\":[\"AQ\"]"), audited.get(0).detailsJson());

        assertFalse(fiona.add("AQ").added(), "listing it again changes nothing");
        assertEquals(1, audited.size(), "and records no event");
    }

    @Test
    void anAdministratorTakesACountryOffAndOnlyAListedOne() {
        SanctionedDestinationService fiona = as("fiona", "ECA", Role.ADMIN);
        fiona.add("SY");
        fiona.remove("sy");
        assertTrue(list.isEmpty());
        assertEquals("SANCTIONED_DESTINATION_REMOVED", audited.get(1).action());
        assertThrows(RecordNotFoundException.class, () -> fiona.remove("SY"));
    }

    @Test
    void aCountryCodeFollowsTheProductsCountryRule() {
        SanctionedDestinationService fiona = as("fiona", "ECA", Role.ADMIN);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> fiona.add("ZZ"));
        assertTrue(refused.getMessage().startsWith("Country must be a two-letter ISO 3166 country code"), refused.getMessage());
        assertThrows(InvalidInputException.class, () -> fiona.add("RUS"));
        assertThrows(InvalidInputException.class, () -> fiona.add(" "));
        assertEquals("XK", fiona.add("XK").destination().country(), "Kosovo is a country for the product");
    }

    @Test
    void onlyAdministratorsChangeTheListAndPartnersDoNotReadIt() {
        as("fiona", "ECA", Role.ADMIN).add("RU");
        SanctionedDestinationService carla = as("carla", "ECA", Role.SUPERVISOR, Role.ANALYST);
        assertThrows(AccessDeniedException.class, () -> carla.add("BY"));
        assertThrows(AccessDeniedException.class, () -> carla.remove("RU"));
        assertEquals(1, carla.list().size());
        assertEquals(1, as("erik", "ECA", Role.AUDITOR).list().size());
        assertEquals(1, as("olga", "OSI", Role.ANALYST).list().size());
        assertThrows(AccessDeniedException.class, () -> as("paula", "PCU", Role.PARTNER).list());
        assertEquals(1, audited.size(), "refusals change nothing");
    }
}
