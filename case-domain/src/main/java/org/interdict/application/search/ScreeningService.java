package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.InvalidInputException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessPolicy;

import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Screening a name against the parties and designations the caller may see. The visibility handed
 * to the search engine is derived from the access policy, never written again here.
 */
@ApplicationScoped
public class ScreeningService {

    static final double DEFAULT_THRESHOLD = 0.7;

    private NameScreening screening;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected ScreeningService() {
    }

    @Inject
    public ScreeningService(NameScreening screening, AccessPolicy access, AuditRecorder audit) {
        this.screening = screening;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public List<NameScreening.Candidate> screen(String name, String kind, String country, List<String> identifiers,
            Double threshold, Integer limit) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Name the party to screen.");
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new InvalidInputException("threshold is a score between 0 and 1.");
        }
        Visibility visibility = Visibility.of(access);
        List<NameScreening.Candidate> candidates = screening.screen(new NameScreening.Query(name.strip(), kind, country,
                identifiers == null ? List.of() : identifiers, threshold == null ? DEFAULT_THRESHOLD : threshold,
                limit == null ? 20 : Math.max(1, Math.min(100, limit))), visibility);
        audit.event("NAME_SCREENED", "screening", null, Map.of("name", name.strip(), "candidates", candidates.size()));
        return candidates;
    }
}
