package org.interdict.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.evidence.CaseEvidence;
import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.application.evidence.TradeEvidenceService;
import org.interdict.application.party.PartySummary;
import org.interdict.application.party.PartyView;
import org.interdict.application.projection.RecordType;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.audit.AuditEvent;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Proposal;
import org.interdict.domain.model.evidence.Evidence;
import org.interdict.domain.model.evidence.EvidenceRepository;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case report: one document with what a case holds, for a reader to keep or pass on within their
 * agency. The owning agency's readers (analysts, supervisors, auditors) get it in full; a partner agency
 * that the case is shared with gets what it may see of the case anyway ({@link CaseView#asPartnerSees},
 * the subjects and the evidence released to it) and none of the internals; anyone else is told the case
 * does not exist. Each report handed out is an audit event on the case (REPORT_EXPORTED).
 */
@ApplicationScoped
@Transactional
public class CaseReportService {

    /** The newest events of the trail that a report prints; older ones are counted, not printed. */
    static final int AUDIT_EXCERPT = 200;

    private CaseRepository cases;
    private PartyRepository parties;
    private EvidenceRepository evidence;
    private AuditTrail trail;
    private AccessPolicy access;
    private AuditRecorder audit;
    private CaseReports reports;
    private CaseEvidence caseEvidence;
    private TradeEvidenceService tradeEvidence;

    /** For the CDI container's client proxy. */
    protected CaseReportService() {
    }

    @Inject
    public CaseReportService(CaseRepository cases, PartyRepository parties, EvidenceRepository evidence, AuditTrail trail,
            AccessPolicy access, AuditRecorder audit, CaseReports reports, CaseEvidence caseEvidence, TradeEvidenceService tradeEvidence) {
        this.cases = cases;
        this.parties = parties;
        this.evidence = evidence;
        this.trail = trail;
        this.access = access;
        this.audit = audit;
        this.reports = reports;
        this.caseEvidence = caseEvidence;
        this.tradeEvidence = tradeEvidence;
    }

    /** A report ready to be written: its file name, media type and the rendering, to run after the transaction. */
    public record Download(String fileName, String mediaType, CaseReport report, Rendering rendering) {
        public void writeTo(OutputStream out) throws IOException {
            rendering.render(report, out);
        }
    }

    /** Writes a report to a stream. */
    @FunctionalInterface
    public interface Rendering {
        void render(CaseReport report, OutputStream out) throws IOException;
    }

    /**
     * The report of a case as the caller may have it; 404 when they may not see the case, 503 when
     * reports cannot be rendered now (checked before anything is recorded).
     */
    public Download report(String reference) {
        CaseFile caseFile = cases.findByReference(reference)
                .filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        reports.requireAvailable();
        boolean full = access.canRead(caseFile.owningAgency());
        CaseReport report = assemble(caseFile, full);
        audit.event("REPORT_EXPORTED", "case", caseFile.reference(), Map.of(
                "edition", report.edition().name(), "marking", report.marking(),
                "subjects", report.subjects().size(), "evidence", report.evidence().size(), "tradeRecords", report.tradeRecords().size()));
        return new Download(caseFile.reference() + "-report.pdf", reports.mediaType(), report, reports::render);
    }

    private CaseReport assemble(CaseFile c, boolean full) {
        String agency = access.caller().agency();
        CaseView view = caseView(c, full, agency);

        List<Party> subjectParties = c.subjects().isEmpty() ? List.of() : parties.findAll(c.subjects());
        Set<UUID> visibleParties = access.visible(RecordType.PARTY,
                subjectParties.stream().collect(Collectors.toMap(Party::id, Party::owningAgency)));
        Map<UUID, Party> byId = subjectParties.stream().collect(Collectors.toMap(Party::id, Function.identity()));
        List<CaseReport.Subject> subjects = c.subjects().stream().filter(visibleParties::contains).map(byId::get)
                .filter(Objects::nonNull)
                .map(p -> subject(access.canRead(p.owningAgency()) ? PartyView.of(p) : PartyView.of(p).asPartnerSees()))
                .toList();

        List<Evidence> items = evidence.ofCase(c.id());
        Set<UUID> visibleItems = access.visibleEvidence(items.stream().collect(Collectors.toMap(Evidence::id, Evidence::owningAgency)));
        List<CaseReport.EvidenceItem> shownItems = items.stream().filter(e -> visibleItems.contains(e.id()))
                .map(CaseReportService::item).toList();
        String marking = HandlingMarkings.mostRestrictive(shownItems.stream().map(CaseReport.EvidenceItem::handlingMarking).toList());
        List<CaseReport.TradeLine> tradeLines = tradeEvidence.linkedRecords(c).stream()
                .map(t -> new CaseReport.TradeLine(t.declarationNumber(), t.lineNumber(), t.declarationDate(), t.hsCode(), t.chpTier(),
                        t.flagged(), t.value(), t.currency(), t.valueUsd(), t.exporterName(), t.consigneeName(), t.originCountry(),
                        t.destinationCountry()))
                .toList();

        CaseReport.Proposal proposal = null;
        List<CaseReport.Decision> decisions = List.of();
        if (full) {
            List<Proposal> proposals = cases.proposalsOf(c.id());
            if (!proposals.isEmpty()) {
                proposal = proposal(c, proposals.get(proposals.size() - 1));
            }
            decisions = proposals.stream().filter(p -> p.outcome() != null)
                    .map(p -> new CaseReport.Decision(p.measure().name(), p.outcome().name(), p.decidedBy(), p.decidedAt(), p.rationale()))
                    .toList();
        }

        boolean auditShown = full && access.canReadAudit(c.owningAgency());
        List<CaseReport.AuditLine> auditLines = List.of();
        int omitted = 0;
        if (auditShown) {
            List<AuditEvent> events = trail.about("case", c.reference());
            omitted = Math.max(0, events.size() - AUDIT_EXCERPT);
            auditLines = events.subList(omitted, events.size()).stream()
                    .map(e -> new CaseReport.AuditLine(e.occurredAt(), e.actor(), e.actorAgency(), e.action(),
                            org.interdict.application.audit.AuditDetails.readable(e.detailsJson())))
                    .toList();
        }

        CaseReport.Summary summary = new CaseReport.Summary(view.reference(), view.title(), view.summary(), view.status(),
                view.priority(), view.assignee(), view.dueDate(), view.owningAgency(), view.releasability(), view.sharedWith());
        return new CaseReport(full ? CaseReport.Edition.FULL : CaseReport.Edition.PARTNER, marking,
                access.caller().username() + " (" + agency + ")", Instant.now(), summary, subjects, proposal, decisions,
                shownItems, tradeLines, auditShown, auditLines, omitted);
    }

    /** The proposal with its reasons and evidence named as a reader finds them in the report's evidence list. */
    private CaseReport.Proposal proposal(CaseFile c, Proposal p) {
        Map<EvidenceRef, ReliedEvidence> shown = caseEvidence.resolve(c, p.evidence());
        List<Proposal.Reason> given = p.reasons();
        List<CaseReport.Reason> reasons = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            reasons.add(new CaseReport.Reason(i + 1, given.get(i).text(),
                    given.get(i).evidence().stream().map(ref -> shown.get(ref).label()).toList()));
        }
        return new CaseReport.Proposal(p.measure().name(), p.legalBasis(), p.statementOfReasons(), p.proposedBy(),
                p.proposedAt(), p.outcome() == null ? null : p.outcome().name(), reasons,
                p.evidence().stream().map(ref -> shown.get(ref).label()).toList());
    }

    /** The case as the caller sees it: one home for what a partner is shown ({@link CaseView#asPartnerSees}). */
    private static CaseView caseView(CaseFile c, boolean full, String agency) {
        CaseView view = new CaseView(c.reference(), c.title(), c.summary(), c.status().name(), c.priority().name(),
                c.owningAgency(), c.assignee(), c.dueDate(), List.copyOf(c.tags()), List.<PartySummary>of(), null, List.of(),
                c.releasability().name(), List.copyOf(c.sharedWith()), c.createdAt(), c.createdBy(), c.updatedAt(),
                c.version(), c.isOverdue(LocalDate.now(ZoneOffset.UTC)), null);
        return full ? view : view.asPartnerSees(agency);
    }

    private static CaseReport.Subject subject(PartyView p) {
        return new CaseReport.Subject(p.primaryName(), p.kind(), p.country(), p.designationStatus(),
                p.aliases().stream().map(a -> new CaseReport.Alias(a.name(), a.script(), a.language())).toList(),
                p.identifiers().stream().map(i -> new CaseReport.Identifier(i.type(), i.value(), i.country())).toList());
    }

    private static CaseReport.EvidenceItem item(Evidence e) {
        var d = e.details();
        return new CaseReport.EvidenceItem(d.name(), e.mediaType(), e.size(), e.sha256(), d.source(), d.obtainedBy(),
                d.obtainedFrom(), d.obtainedOn(), d.handlingMarking());
    }
}
