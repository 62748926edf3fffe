package org.interdict.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Proposal;
import org.interdict.domain.model.party.PartyRepository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trade records as evidence of a case: an analyst or supervisor of the case's agency links records of
 * that agency (named, or all the flagged shipments of one of its parties) and unlinks them, while the
 * case is not closed; linking is idempotent and says how many links are new. Each change is an audit
 * event on the case. The case's evidence list shows the linked records beside its files; a partner
 * sees a linked record only when both the case and the record are released to it, and learns nothing
 * of the others. A record that a standing proposal relies on cannot be unlinked.
 */
@ApplicationScoped
@Transactional
public class TradeEvidenceService {

    private static final String CASE_TARGET = "case";

    private TradeEvidence links;
    private TradeImports records;
    private CaseRepository cases;
    private PartyRepository parties;
    private EvidenceService files;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected TradeEvidenceService() {
    }

    @Inject
    public TradeEvidenceService(TradeEvidence links, TradeImports records, CaseRepository cases, PartyRepository parties,
            EvidenceService files, AccessPolicy access, AuditRecorder audit) {
        this.links = links;
        this.records = records;
        this.cases = cases;
        this.parties = parties;
        this.files = files;
        this.access = access;
        this.audit = audit;
    }

    /** What a link request did: how many records it named and how many of them were newly linked (the others were already). */
    public record Linked(String caseReference, int requested, int linked, List<UUID> newlyLinked) {
    }

    /** Links the named trade records (at most {@value TradeLinks#MAX_PER_CALL}); all or nothing. */
    public Linked link(String reference, List<UUID> ids) {
        CaseFile caseFile = workableCase(reference);
        List<UUID> wanted = TradeLinks.requested(ids);
        Map<UUID, String> agencyOf = records.records(wanted).stream()
                .collect(Collectors.toMap(TradeImports.StoredRecord::id, TradeImports.StoredRecord::agency));
        List<UUID> refused = TradeLinks.refused(wanted, agencyOf, caseFile.owningAgency());
        if (!refused.isEmpty()) {
            throw new InvalidInputException(TradeLinks.refusal(refused, caseFile.owningAgency()));
        }
        return record(caseFile, wanted, Map.of());
    }

    /** Links every flagged shipment that a party of the case's agency exported or received. */
    public Linked linkFlaggedOf(String reference, UUID partyId) {
        CaseFile caseFile = workableCase(reference);
        parties.find(partyId).filter(p -> p.owningAgency().equals(caseFile.owningAgency()))
                .orElseThrow(() -> new InvalidInputException("No party " + partyId + " of agency " + caseFile.owningAgency()
                        + ": only the flagged shipments of the case's own agency's parties can be linked."));
        return record(caseFile, links.flaggedOf(partyId, caseFile.owningAgency()), Map.of("party", partyId.toString()));
    }

    /**
     * Unlinks a record from the case; unlinking one that is not linked changes nothing. A record that a
     * pending or approved proposal of the case relies on stays linked (409): the decision was, or will
     * be, taken on it.
     */
    public void unlink(String reference, UUID tradeRecord) {
        CaseFile caseFile = workableCase(reference);
        EvidenceRef relied = EvidenceRef.tradeRecord(tradeRecord);
        cases.proposalsOf(caseFile.id()).stream().filter(Proposal::stands).filter(p -> p.evidence().contains(relied))
                .findFirst().ifPresent(p -> {
                    throw new ConflictException("Trade record " + tradeRecord + " stays linked to case " + reference
                            + ": the " + (p.isDecided() ? "approved" : "pending") + " proposal " + p.id() + " ("
                            + p.measure().name() + ", proposed by " + p.proposedBy() + " on "
                            + p.proposedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ") relies on it.");
                });
        if (links.unlink(caseFile.id(), tradeRecord)) {
            audit.event("TRADE_RECORD_UNLINKED", CASE_TARGET, reference, Map.of("tradeRecord", tradeRecord.toString()));
        }
    }

    /** The case's evidence the caller may see, files and trade records, oldest first. */
    public List<EvidenceItem> evidence(String reference) {
        List<EvidenceView> attached = files.list(reference);
        CaseFile caseFile = cases.findByReference(reference)
                .filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        return TradeLinks.merged(attached, linked(caseFile));
    }

    /** The trade records linked to the case that the caller may see, oldest link first (the case report's table). */
    public List<TradeEvidenceView> linkedRecords(CaseFile caseFile) {
        return linked(caseFile);
    }

    private List<TradeEvidenceView> linked(CaseFile caseFile) {
        Map<UUID, TradeEvidence.Link> byRecord = links.ofCase(caseFile.id()).stream()
                .collect(Collectors.toMap(TradeEvidence.Link::tradeRecord, Function.identity()));
        if (byRecord.isEmpty()) {
            return List.of();
        }
        Map<UUID, TradeImports.StoredRecord> stored = records.records(byRecord.keySet()).stream()
                .collect(Collectors.toMap(TradeImports.StoredRecord::id, Function.identity()));
        Map<UUID, String> owners = new HashMap<>();
        stored.values().forEach(r -> owners.put(r.id(), r.agency()));
        Set<UUID> visible = access.visible(RecordType.TRADE_RECORD, owners);
        return stored.values().stream().filter(r -> visible.contains(r.id()))
                .map(r -> TradeEvidenceView.of(r, caseFile.reference(), byRecord.get(r.id())))
                .sorted(Comparator.comparing(TradeEvidenceView::addedAt)
                        .thenComparing(TradeEvidenceView::declarationNumber, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                        .thenComparing(TradeEvidenceView::lineNumber, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private Linked record(CaseFile caseFile, List<UUID> wanted, Map<String, Object> extra) {
        List<UUID> linked = wanted.isEmpty() ? List.of()
                : links.link(caseFile.id(), wanted, access.caller().username(), EvidenceService.now());
        if (!linked.isEmpty()) {
            Map<String, Object> facts = TradeLinks.linkedFacts(caseFile.reference(), wanted.size(), linked);
            facts.putAll(extra);
            audit.event("TRADE_RECORDS_LINKED", CASE_TARGET, caseFile.reference(), facts);
        }
        return new Linked(caseFile.reference(), wanted.size(), linked.size(), linked);
    }

    private CaseFile workableCase(String reference) {
        // Locked, so that a closure and a link do not pass each other.
        CaseFile caseFile = cases.findByReferenceForUpdate(reference)
                .filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        access.requireWork(caseFile.owningAgency(), "link trade records to cases");
        if (caseFile.isClosed()) {
            throw new ConflictException("Case " + caseFile.reference() + " is closed: its evidence no longer changes; "
                    + "open a new case for new findings.");
        }
        return caseFile;
    }
}
