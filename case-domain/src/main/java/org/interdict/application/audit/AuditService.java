package org.interdict.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Role;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.audit.AuditTrailSearch;
import org.interdict.domain.model.casefile.CaseRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading the audit trail: a case's history, the auditor's search, and whether the whole chain is intact. */
@ApplicationScoped
@Transactional
public class AuditService {

    /** The action recorded when someone verifies the chain. */
    public static final String VERIFIED = "AUDIT_VERIFIED";

    private AuditTrail trail;
    private AuditTrailSearch search;
    private CaseRepository cases;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected AuditService() {
    }

    @Inject
    public AuditService(AuditTrail trail, AuditTrailSearch search, CaseRepository cases, AccessPolicy access,
            AuditRecorder audit) {
        this.trail = trail;
        this.search = search;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    /** Everything that happened to a case, oldest first. Reading it is itself audited. */
    public List<AuditEventView> ofCase(String reference) {
        var caseFile = cases.findByReference(reference).filter(c -> access.canReadAudit(c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        List<AuditEventView> events = trail.about("case", caseFile.reference()).stream().map(AuditEventView::of).toList();
        audit.event("AUDIT_VIEWED", "case", reference, Map.of("events", events.size()));
        return events;
    }

    /**
     * The auditor's search: the events of their own agency's part of the trail (what its people did, and what
     * anyone did to its cases, parties and evidence) that match, newest first, one page with the total. Never
     * another agency's: the agency comes from the caller, not from the query. The first page of a search is
     * itself audited, with what was looked for.
     */
    public Page<AuditEventView> search(AuditQuery query) {
        String agency = requireAuditor();
        query.check();
        AuditTrailSearch.Criteria criteria = query.criteria(agency);
        long total = search.count(criteria);
        List<AuditEventView> events = total == 0 || query.offset() >= total ? List.of()
                : search.find(criteria, query.offset(), query.limit()).stream().map(AuditEventView::of).toList();
        if (query.offset() == 0) {
            Map<String, Object> facts = new LinkedHashMap<>();
            putIfGiven(facts, "actor", query.actor());
            putIfGiven(facts, "action", query.action());
            putIfGiven(facts, "targetType", query.targetType());
            putIfGiven(facts, "targetId", query.targetId());
            putIfGiven(facts, "from", query.from());
            putIfGiven(facts, "to", query.to());
            facts.put("found", total);
            audit.event("AUDIT_SEARCHED", "audit", null, facts);
        }
        return new Page<>(events, total, query.offset(), query.limit());
    }

    /** The actions recorded in the auditor's agency's part of the trail, alphabetically (for a choice list). */
    public List<String> actions() {
        return search.actions(requireAuditor());
    }

    private static void putIfGiven(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    /** The auditor's agency; refuses anyone else (supervisors and analysts read a case's trail, not the whole). */
    private String requireAuditor() {
        var caller = access.caller();
        if (!caller.hasRole(Role.AUDITOR) || caller.agency() == null) {
            throw new AccessDeniedException("Only auditors may search the audit trail of their agency.");
        }
        return caller.agency();
    }

    /**
     * Recomputes the chain: auditors and administrators check that nobody rewrote history. The check is
     * itself recorded (who ran it and what it found), after the events it checked.
     */
    public ChainReport verify() {
        if (!access.canVerifyAuditTrail()) {
            throw new AccessDeniedException("Only auditors and administrators may verify the audit trail.");
        }
        var verification = trail.verify();
        Instant brokenAt = null;
        String brokenActor = null;
        if (verification.firstBrokenEventId() != null) {
            var broken = search.event(verification.firstBrokenEventId());
            if (broken.isPresent()) {
                brokenAt = broken.get().occurredAt();
                String agency = access.caller().agency();
                brokenActor = agency != null && agency.equals(broken.get().actorAgency()) ? broken.get().actor() : null;
            }
        }
        ChainReport report = new ChainReport(verification.intact(), verification.eventsChecked(),
                verification.firstBrokenEventId(), verification.problem(), brokenAt, brokenActor);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("intact", report.intact());
        facts.put("eventsChecked", report.eventsChecked());
        putIfGiven(facts, "firstBrokenEvent", report.firstBrokenEventId());
        audit.event(VERIFIED, "audit", null, facts);
        return report;
    }

    /**
     * The last verification of the chain recorded in the auditor's agency's part of the trail (who ran it,
     * when, and what it found), if any: every {@link #verify} is itself an audit event.
     */
    public Optional<AuditEventView> lastVerification() {
        String agency = requireAuditor();
        return search.find(new AuditTrailSearch.Criteria(agency, null, false, VERIFIED, null, null, null, null), 0, 1)
                .stream().findFirst().map(AuditEventView::of);
    }
}
