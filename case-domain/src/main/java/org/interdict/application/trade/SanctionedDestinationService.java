package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.Inputs;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The list of sanctioned destinations that the import's risk rule reads: reference data, which
 * administrators keep and the authority's analysts, supervisors and auditors may read (it decides
 * which of their records are flagged); partners neither. One list for the installation. Every change
 * is an audit event with the list before and after. A change applies to imports that start reading
 * after it; records imported before keep the flag they got.
 */
@ApplicationScoped
public class SanctionedDestinationService {

    private SanctionedDestinations destinations;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected SanctionedDestinationService() {
    }

    @Inject
    public SanctionedDestinationService(SanctionedDestinations destinations, AccessPolicy access, AuditRecorder audit) {
        this.destinations = destinations;
        this.access = access;
        this.audit = audit;
    }

    /** A country put on the list, and whether it was new there (false: it was listed already, nothing changed). */
    public record Listed(SanctionedDestinations.Destination destination, boolean added) {
    }

    /** The list by country code, each with who listed it and when. */
    @Transactional
    public List<SanctionedDestinations.Destination> list() {
        if (!access.caller().hasRole(Role.ADMIN) && !access.canRead(access.caller().agency())) {
            throw new AccessDeniedException("Only administrators and the agency's analysts, supervisors and auditors read the "
                    + "sanctioned destinations.");
        }
        return destinations.all();
    }

    /** Lists a country as a sanctioned destination; listing it again changes nothing. */
    @Transactional
    public Listed add(String country) {
        requireAdmin();
        String code = country(country);
        List<String> before = codes();
        boolean added = destinations.add(code, access.caller().username(), Instant.now());
        if (added) {
            audit.event("SANCTIONED_DESTINATION_ADDED", "sanctioned-destination", code,
                    Map.of("country", code, "before", before, "after", codes()));
        }
        SanctionedDestinations.Destination listed = destinations.all().stream().filter(d -> d.country().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException(code + " was listed and is gone"));
        return new Listed(listed, added);
    }

    /** Takes a country off the list; 404 when it is not on it. */
    @Transactional
    public void remove(String country) {
        requireAdmin();
        String code = country(country);
        List<String> before = codes();
        if (!destinations.remove(code)) {
            throw new RecordNotFoundException("sanctioned destination", code);
        }
        audit.event("SANCTIONED_DESTINATION_REMOVED", "sanctioned-destination", code,
                Map.of("country", code, "before", before, "after", codes()));
    }

    private void requireAdmin() {
        if (!access.caller().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change the sanctioned destinations.");
        }
    }

    private List<String> codes() {
        return destinations.all().stream().map(SanctionedDestinations.Destination::country).toList();
    }

    /** The product's country rule (ISO 3166 alpha-2 or XK, any case), and a code is required. */
    static String country(String value) {
        String code = Inputs.country(value, "country");
        if (code == null) {
            throw new InvalidInputException("Country must be a two-letter ISO 3166 country code, e.g. CN, RU, HK; none was given.");
        }
        return code;
    }
}
