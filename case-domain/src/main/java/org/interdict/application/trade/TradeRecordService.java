package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Releases;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.shared.Sharing;
import org.interdict.domain.model.trade.ImportBatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Trade records one at a time: reading one (as its agency, or as a partner it is released to), and
 * sharing a record or all the records of an import with partner agencies (supervisors of the
 * importing agency), audited and followed by the search projection.
 */
@ApplicationScoped
@Transactional
public class TradeRecordService {

    static final String TARGET = "TRADE_RECORD";
    static final String BATCH_TARGET = "IMPORT";

    private TradeImports imports;
    private TradeReleases releases;
    private PartyRepository parties;
    private AccessPolicy access;
    private Releases checks;
    private AuditRecorder audit;
    private SearchOutbox outbox;

    /** For the CDI container's client proxy. */
    protected TradeRecordService() {
    }

    @Inject
    public TradeRecordService(TradeImports imports, TradeReleases releases, PartyRepository parties, AccessPolicy access,
            Releases checks, AuditRecorder audit, SearchOutbox outbox) {
        this.imports = imports;
        this.releases = releases;
        this.parties = parties;
        this.access = access;
        this.checks = checks;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The record, when the caller may see it; 404 otherwise, as if it did not exist. */
    public TradeRecordView get(UUID id) {
        return view(visible(id));
    }

    /** Shares the record with named partner agencies, or withdraws it (INTERNAL); supervisors of its agency only. */
    public TradeRecordView release(UUID id, String releasability, List<String> agencies) {
        Releases.Release wanted = checks.check(releasability, agencies);
        TradeImports.StoredRecord record = visible(id);
        requireRelease(record.agency());
        TradeReleases.Release current = releases.of(id).orElseThrow(() -> new RecordNotFoundException("trade record", id));
        Sharing.Release release = InvalidInputException.check(() -> Sharing.release(current.releasability(), current.sharedWith(),
                wanted.releasability(), wanted.agencies(), record.agency()));
        if (!release.changes().isEmpty()) {
            releases.set(id, release.releasability(), release.sharedWith());
            audit.changed(release.sharedWith().isEmpty() ? "TRADE_RECORD_WITHDRAWN" : "TRADE_RECORD_SHARED", TARGET, id.toString(),
                    release.changes());
            outbox.enqueue(RecordType.TRADE_RECORD, id.toString());
        }
        return view(record);
    }

    /** What a release of a whole import did. */
    public record BatchRelease(UUID batch, String releasability, List<String> sharedWith, int records) {
    }

    /**
     * Shares every record an import stored with named partner agencies, or withdraws them all;
     * supervisors of the importing agency only. One audit event names the import and the count.
     */
    public BatchRelease releaseBatch(UUID batchId, String releasability, List<String> agencies) {
        Releases.Release wanted = checks.check(releasability, agencies);
        ImportBatch batch = imports.find(batchId).filter(b -> access.canSeeImports(b.agency()))
                .orElseThrow(() -> new RecordNotFoundException("import", batchId));
        requireRelease(batch.agency());
        Set<String> recipients = InvalidInputException.check(() -> Sharing.recipients(wanted.releasability(), wanted.agencies(),
                batch.agency()));
        List<UUID> ids = releases.setForBatch(batchId, wanted.releasability(), recipients);
        Map<String, Object> facts = new HashMap<>();
        facts.put("releasability", wanted.releasability().name());
        facts.put("sharedWith", List.copyOf(new TreeSet<>(recipients)));
        facts.put("records", ids.size());
        audit.event(recipients.isEmpty() ? "TRADE_BATCH_WITHDRAWN" : "TRADE_BATCH_SHARED", BATCH_TARGET, batchId.toString(), facts);
        outbox.enqueueAll(RecordType.TRADE_RECORD, ids.stream().map(UUID::toString).toList());
        return new BatchRelease(batchId, wanted.releasability().name(), List.copyOf(new TreeSet<>(recipients)), ids.size());
    }

    private void requireRelease(String agency) {
        if (!access.canRelease(agency)) {
            throw new AccessDeniedException("Only supervisors of agency " + agency + " may share or withdraw its trade records.");
        }
    }

    private TradeImports.StoredRecord visible(UUID id) {
        return imports.records(List.of(id)).stream()
                .filter(r -> access.canSee(RecordType.TRADE_RECORD, r.id(), r.agency()))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("trade record", id));
    }

    private TradeRecordView view(TradeImports.StoredRecord r) {
        boolean full = access.canRead(r.agency());
        TradeReleases.Release release = releases.of(r.id()).orElseThrow(() -> new RecordNotFoundException("trade record", r.id()));
        Set<UUID> shownParties = shownParties(r);
        return new TradeRecordView(r.id(), r.agency(), r.declaration(), r.item(), r.date(), r.datePrecision(), r.aggregated(),
                r.hsCode(), r.description(),
                r.exporter(), shownParties.contains(r.exporterParty()) ? r.exporterParty() : null,
                r.consignee(), shownParties.contains(r.consigneeParty()) ? r.consigneeParty() : null,
                r.origin(), r.dispatch(), r.destination(), r.value(), r.currency(), r.valueUsd(), r.usdRate(), r.usdRateMonth(),
                r.usdRateSource(), r.netWeightKg(), r.chpTier(),
                r.flagged(), full ? r.batch() : null, r.createdAt(), release.releasability().name(),
                full ? List.copyOf(release.sharedWith()) : List.of(access.caller().agency()));
    }

    /** The record's resolved parties that the caller may see: a partner is not told which internal party a name resolved to. */
    private Set<UUID> shownParties(TradeImports.StoredRecord r) {
        Map<UUID, String> owners = new HashMap<>();
        Set<UUID> linked = new java.util.HashSet<>();
        if (r.exporterParty() != null) {
            linked.add(r.exporterParty());
        }
        if (r.consigneeParty() != null) {
            linked.add(r.consigneeParty());
        }
        if (linked.isEmpty()) {
            return Set.of();
        }
        parties.findAll(linked).forEach(p -> owners.put(p.id(), p.owningAgency()));
        return access.visible(RecordType.PARTY, owners);
    }

}
