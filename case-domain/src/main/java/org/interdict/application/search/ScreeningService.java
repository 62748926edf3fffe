package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.Enums;
import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Visibility;

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
        if (Inputs.isBlank(name)) {
            throw new InvalidInputException("Name the party to screen.");
        }
        String screened = Inputs.line(name, "the name to screen", 300);
        String countryCode = Inputs.country(country, "the country");
        String partyKind = kind == null || Inputs.isBlank(kind) ? null
                : Enums.required(org.interdict.domain.model.party.PartyKind.class, "kind", kind).name();
        List<String> numbers = identifiers == null ? List.of()
                : identifiers.stream().map(i -> Inputs.line(i, "an identifier", 140)).toList();
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new InvalidInputException("limit is the number of candidates: 1 to 100, not " + limit + ".");
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new InvalidInputException("threshold is a score between 0 and 1.");
        }
        Visibility visibility = Visibility.of(access);
        List<NameScreening.Candidate> candidates = screening.screen(new NameScreening.Query(screened, partyKind, countryCode,
                numbers, threshold == null ? DEFAULT_THRESHOLD : threshold,
                limit == null ? 20 : limit), visibility);
        audit.event("NAME_SCREENED", "screening", null, Map.of("name", screened, "candidates", candidates.size()));
        return candidates;
    }
}
