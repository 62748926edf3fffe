package org.interdict.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.casefile.CaseRepository;

import java.util.List;
import java.util.Map;

/** Reading the audit trail: a case's history, and whether the whole chain is intact. */
@ApplicationScoped
@Transactional
public class AuditService {

    private AuditTrail trail;
    private CaseRepository cases;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected AuditService() {
    }

    @Inject
    public AuditService(AuditTrail trail, CaseRepository cases, AccessPolicy access, AuditRecorder audit) {
        this.trail = trail;
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

    /** Recomputes the chain: auditors and administrators check that nobody rewrote history. */
    public ChainReport verify() {
        if (!access.canVerifyAuditTrail()) {
            throw new AccessDeniedException("Only auditors and administrators may verify the audit trail.");
        }
        var verification = trail.verify();
        return new ChainReport(verification.intact(), verification.eventsChecked(), verification.firstBrokenEventId(),
                verification.problem());
    }
}
