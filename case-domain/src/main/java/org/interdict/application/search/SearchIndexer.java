package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.evidence.EvidenceTexts;
import org.interdict.application.evidence.TextStatus;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.projection.SearchUnavailableException;
import org.interdict.application.security.EffectiveReleases;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.designation.Designation;
import org.interdict.domain.model.designation.DesignationRepository;
import org.interdict.domain.model.evidence.EvidenceRepository;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drains the search outbox into the index: claims a batch (rows another node holds are skipped),
 * builds each record's document from the database as it is now, and writes them in one bulk request
 * versioned by the outbox id. While the engine is unreachable every entry waits and is retried; an
 * entry that the engine refuses for a reason of its own is retried with backoff and parked after
 * {@value #PARK_AFTER} attempts, with its error, for an operator.
 */
@ApplicationScoped
public class SearchIndexer {

    public static final int BATCH = 1000;
    /**
     * Evidence documents in one batch: each carries the text of a file (up to a million characters), so that
     * a batch stays well under Elasticsearch's request limit and the heap, also when a rebuild writes it twice.
     */
    public static final int EVIDENCE_BATCH = 10;
    static final int PARK_AFTER = 8;
    static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(3);

    private SearchOutbox outbox;
    private SearchIndex index;
    private SearchRebuilds rebuilds;
    private SavedSearchAlerts alerts;
    private volatile boolean unavailable;
    private PartyRepository parties;
    private CaseRepository cases;
    private DesignationRepository designations;
    private TradeImports trade;
    private EffectiveReleases releases;
    private EvidenceRepository evidence;
    private EvidenceTexts texts;

    /** For the CDI container's client proxy. */
    protected SearchIndexer() {
    }

    @Inject
    public SearchIndexer(SearchOutbox outbox, SearchIndex index, SearchRebuilds rebuilds, SavedSearchAlerts alerts,
            PartyRepository parties, CaseRepository cases, DesignationRepository designations, TradeImports trade,
            EffectiveReleases releases, EvidenceRepository evidence, EvidenceTexts texts) {
        this.outbox = outbox;
        this.index = index;
        this.rebuilds = rebuilds;
        this.alerts = alerts;
        this.parties = parties;
        this.cases = cases;
        this.designations = designations;
        this.trade = trade;
        this.releases = releases;
        this.evidence = evidence;
        this.texts = texts;
    }

    /** What preparing the indices found. */
    public enum Preparation { READY, OUTDATED, UNAVAILABLE }

    /** Creates the indices where missing; says whether they are of the current mapping, or unreachable. */
    public Preparation prepare() {
        try {
            boolean current = index.prepare();
            available();
            return current ? Preparation.READY : Preparation.OUTDATED;
        } catch (SearchUnavailableException e) {
            unavailable(e);
            return Preparation.UNAVAILABLE;
        }
    }

    /**
     * What one batch did: the outbox entries it handled (0 when none was due; {@link #BATCH} when more
     * may be waiting), and the records it checked against saved searches.
     */
    public record Drained(int entries, int alertsChecked) {
    }

    /** One batch, in one transaction: the entries are claimed, written, alerted on and marked together. */
    @Transactional
    public Drained drainOnce() {
        List<SearchOutbox.Entry> entries = outbox.claim(BATCH, EVIDENCE_BATCH);
        if (entries.isEmpty()) {
            return new Drained(0, 0);
        }
        // Several changes of one record in a batch: the newest decides the document and its version.
        Map<String, SearchOutbox.Entry> latest = new LinkedHashMap<>();
        List<Long> superseded = new ArrayList<>();
        for (SearchOutbox.Entry entry : entries) {
            SearchOutbox.Entry previous = latest.put(entry.type() + ":" + entry.recordId(), entry);
            if (previous != null) {
                superseded.add(previous.id());
            }
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        latest.forEach((key, entry) -> versions.put(key, entry.id()));
        List<SearchDocument> documents = documents(versions);
        List<SearchIndex.Deletion> deletions = new ArrayList<>();
        java.util.Set<String> found = new java.util.HashSet<>();
        documents.forEach(d -> found.add(d.type() + ":" + d.id()));
        for (SearchOutbox.Entry entry : latest.values()) {
            if (!found.contains(entry.type() + ":" + entry.recordId())) {
                deletions.add(new SearchIndex.Deletion(entry.type(), entry.recordId(), entry.id()));
            }
        }
        // A running rebuild gets every change too, so that its indices miss nothing when the aliases move.
        Map<RecordType, String> alsoInto = rebuilds.running().map(SearchRebuilds.Rebuild::targets).orElse(Map.of());
        Map<Long, String> failures;
        int checked;
        try {
            failures = index.write(documents, deletions, alsoInto);
            checked = alerts.indexed(documents);
            available();
        } catch (SearchUnavailableException e) {
            unavailable(e);
            for (SearchOutbox.Entry entry : entries) {
                outbox.retryLater(entry.id(), e.getMessage(), UNAVAILABLE_RETRY, false);
            }
            return new Drained(entries.size(), 0);
        }
        List<Long> done = new ArrayList<>(superseded);
        for (SearchOutbox.Entry entry : latest.values()) {
            String error = failures.get(entry.id());
            if (error == null) {
                done.add(entry.id());
            } else if (entry.attempts() + 1 >= PARK_AFTER) {
                SearchLog.LOG.parked(entry.id(), entry.type(), entry.recordId(), entry.attempts() + 1, error);
                outbox.park(entry.id(), error);
            } else {
                outbox.retryLater(entry.id(), error, backoff(entry.attempts() + 1), true);
            }
        }
        outbox.done(done);
        return new Drained(entries.size(), checked);
    }

    private void unavailable(SearchUnavailableException e) {
        if (!unavailable) {
            unavailable = true;
            SearchLog.LOG.searchUnavailable(e.getMessage());
        }
    }

    private void available() {
        if (unavailable) {
            unavailable = false;
            SearchLog.LOG.searchAvailable();
        }
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 8)));
    }

    /**
     * One batch of a rebuild: the next records of a type after {@code after}, read from the database as
     * they are now, as documents for the rebuild's indices (version 0: the outbox's writes, versions
     * from 1, are as new or newer and win over these).
     */
    @Transactional
    public RebuildBatch rebuildBatch(RecordType type, String after) {
        List<String> ids = rebuilds.recordIds(type, after, type == RecordType.EVIDENCE ? EVIDENCE_BATCH : BATCH);
        if (ids.isEmpty()) {
            return new RebuildBatch(null, 0, List.of());
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        ids.forEach(id -> versions.put(type + ":" + id, 0L));
        return new RebuildBatch(ids.get(ids.size() - 1), ids.size(), documents(versions));
    }

    /** How far a rebuild batch got (the last id read, how many records) and its documents. */
    public record RebuildBatch(String lastId, int records, List<SearchDocument> documents) {
    }

    /**
     * The documents of records as the database holds them now, by "TYPE:id" with the version each is
     * written at; records that no longer exist have none. Parties, the bulk of any batch, are read
     * together (their collections a hundred at a time), not one by one.
     */
    private List<SearchDocument> documents(Map<String, Long> versions) {
        List<SearchDocument> documents = new ArrayList<>();
        List<UUID> partyIds = new ArrayList<>();
        List<UUID> tradeIds = new ArrayList<>();
        List<UUID> evidenceIds = new ArrayList<>();
        versions.forEach((key, version) -> {
            RecordType type = RecordType.valueOf(key.substring(0, key.indexOf(':')));
            String id = key.substring(key.indexOf(':') + 1);
            switch (type) {
                case PARTY -> partyIds.add(UUID.fromString(id));
                case CASE -> cases.findByReference(id).ifPresent(c -> documents.add(caseFile(c, version)));
                case DESIGNATION -> designations.find(UUID.fromString(id)).ifPresent(d -> documents.add(designation(d, version)));
                case TRADE_RECORD -> tradeIds.add(UUID.fromString(id));
                case EVIDENCE -> evidenceIds.add(UUID.fromString(id));
            }
        });
        documents.addAll(evidence(evidenceIds, versions));
        List<TradeImports.StoredRecord> records = trade.records(tradeIds);
        java.util.Set<UUID> linkedIds = new java.util.HashSet<>();
        records.forEach(r -> {
            if (r.exporterParty() != null) {
                linkedIds.add(r.exporterParty());
            }
            if (r.consigneeParty() != null) {
                linkedIds.add(r.consigneeParty());
            }
        });
        Map<UUID, Party> linked = new java.util.HashMap<>();
        if (!linkedIds.isEmpty()) {
            parties.findAll(linkedIds).forEach(p -> linked.put(p.id(), p));
        }
        Map<UUID, java.util.Set<String>> tradeReleases = releases.of(RecordType.TRADE_RECORD, tradeIds);
        Map<UUID, java.util.Set<String>> linkedReleases = releases.of(RecordType.PARTY, linkedIds);
        for (TradeImports.StoredRecord record : records) {
            java.util.Set<String> releasedTo = tradeReleases.getOrDefault(record.id(), java.util.Set.of());
            // A resolved party's names show in the record's document only where everyone who may find the
            // record may also see the party; otherwise the names as the declaration wrote them.
            Map<UUID, Party> shown = new java.util.HashMap<>();
            linked.forEach((id, party) -> {
                if (party.owningAgency().equals(record.agency())
                        && linkedReleases.getOrDefault(id, java.util.Set.of()).containsAll(releasedTo)) {
                    shown.put(id, party);
                }
            });
            documents.add(tradeRecord(record, versions.get(RecordType.TRADE_RECORD + ":" + record.id()), shown, linked, releasedTo));
        }
        if (!partyIds.isEmpty()) {
            Map<UUID, java.util.Set<String>> partyReleases = releases.of(RecordType.PARTY, partyIds);
            for (Party party : parties.findAll(partyIds)) {
                documents.add(party(party, versions.get(RecordType.PARTY + ":" + party.id()),
                        partyReleases.getOrDefault(party.id(), java.util.Set.of())));
            }
        }
        return documents;
    }

    /**
     * Evidence items' documents: what is written about each, and the text read from its file (none until
     * it is read). {@code releasedTo} is the item's effective release: shared with its case.
     */
    private List<SearchDocument> evidence(List<UUID> ids, Map<String, Long> versions) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, EvidenceTexts.State> states = texts.states(ids);
        Map<UUID, String> contents = texts.texts(ids);
        Map<UUID, java.util.Set<String>> released = releases.of(RecordType.EVIDENCE, ids);
        Map<UUID, String> references = new java.util.HashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (UUID id : ids) {
            evidence.find(id).ifPresent(item -> {
                String reference = references.computeIfAbsent(item.caseId(),
                        caseId -> cases.findById(caseId).map(CaseFile::reference).orElse(null));
                EvidenceTexts.State state = states.get(id);
                var d = item.details();
                documents.add(new SearchDocument(RecordType.EVIDENCE, id.toString(), versions.get(RecordType.EVIDENCE + ":" + id),
                        item.owningAgency(), List.copyOf(released.getOrDefault(id, java.util.Set.of())), false,
                        new Indexed.EvidenceRecord(reference, d.name(), d.description(), d.source(), d.obtainedFrom(), item.mediaType(),
                                item.size(), item.sha256(), state == null ? TextStatus.PENDING.name() : state.status().name(),
                                state == null ? null : state.language(), contents.get(id), item.addedBy(), item.addedAt())));
            });
        }
        return documents;
    }

    /** A party's document: {@code releasedTo} is its effective release (directly, or through the cases it is a subject of). */
    private static SearchDocument party(Party party, long version, java.util.Set<String> releasedTo) {
        return new SearchDocument(RecordType.PARTY, party.id().toString(), version, party.owningAgency(),
                List.copyOf(releasedTo), false, new Indexed.PartyRecord(party.kind().name(), party.primaryName(),
                        List.copyOf(party.allNames()),
                        party.aliases().stream().map(a -> new Indexed.ScriptedName(a.name(), a.script())).toList(),
                        party.identifiers().stream().map(i -> i.type() + ":" + i.value()).toList(), party.country(),
                        party.tradeRoles().stream().map(Enum::name).sorted().toList(), party.designationStatus().name(),
                        party.version(), party.updatedAt()));
    }

    private SearchDocument caseFile(CaseFile caseFile, long version) {
        return new SearchDocument(RecordType.CASE, caseFile.reference(), version, caseFile.owningAgency(),
                List.copyOf(releases.of(RecordType.CASE, caseFile.id())), false, new Indexed.CaseRecord(caseFile.reference(), caseFile.title(),
                        caseFile.summary(), caseFile.status().name(), caseFile.priority().name(), List.copyOf(caseFile.tags()),
                        caseFile.assignee(), caseFile.dueDate(),
                        parties.findAll(caseFile.subjects()).stream().map(Party::primaryName).toList(),
                        caseFile.version(), caseFile.updatedAt()));
    }

    /**
     * A trade record is found by its parties' names as they are now once resolved (those of {@code linked}),
     * by the name as written before.
     */
    private static SearchDocument tradeRecord(TradeImports.StoredRecord r, long version, Map<UUID, Party> shown,
            Map<UUID, Party> linked, java.util.Set<String> releasedTo) {
        List<String> names = new ArrayList<>();
        names.addAll(namesOf(r.exporterParty(), r.exporter(), shown));
        names.addAll(namesOf(r.consigneeParty(), r.consignee(), shown));
        // The owning agency finds the record by its parties' current names also where partners are shown the written ones.
        List<String> resolvedNames = new ArrayList<>();
        for (UUID partyId : java.util.Arrays.asList(r.exporterParty(), r.consigneeParty())) {
            Party party = partyId == null ? null : linked.get(partyId);
            if (party != null && party.owningAgency().equals(r.agency())) {
                resolvedNames.addAll(party.allNames());
            }
        }
        return new SearchDocument(RecordType.TRADE_RECORD, r.id().toString(), version, r.agency(), List.copyOf(releasedTo), false,
                new Indexed.TradeRecord(r.exporter(), r.consignee(), shownName(r.exporterParty(), r.exporter(), shown),
                        shownName(r.consigneeParty(), r.consignee(), shown),
                        r.exporterParty() == null ? null : r.exporterParty().toString(),
                        r.consigneeParty() == null ? null : r.consigneeParty().toString(), List.copyOf(names),
                        List.copyOf(resolvedNames),
                        r.declaration(), r.item(), r.hsCode(), r.chpTier(), r.flagged(), r.description(), r.destination(),
                        r.origin(), r.dispatch(), r.value(), r.currency(), r.valueUsd(), r.netWeightKg(), r.batch().toString(),
                        r.date()));
    }

    private static String shownName(UUID partyId, String asWritten, Map<UUID, Party> linked) {
        Party party = partyId == null ? null : linked.get(partyId);
        return party == null ? asWritten : party.primaryName();
    }

    private static List<String> namesOf(UUID partyId, String asWritten, Map<UUID, Party> linked) {
        Party party = partyId == null ? null : linked.get(partyId);
        return party == null ? List.of(asWritten) : List.copyOf(party.allNames());
    }

    /**
     * A designation is found by its party's names as they are now (a renamed party by its new name);
     * the name it was published under stays its listed name. A deleted party leaves the published names.
     */
    private SearchDocument designation(Designation designation, long version) {
        List<String> published = new ArrayList<>(List.of(designation.primaryName()));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(designation.aliasesJson()))) {
            reader.readArray().getValuesAs(jakarta.json.JsonObject.class).forEach(alias -> published.add(alias.getString("name")));
        }
        List<String> identifiers;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(designation.identifiersJson()))) {
            identifiers = reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(id -> id.getString("type") + ":" + id.getString("value")).toList();
        }
        java.util.Optional<Party> party = parties.find(designation.partyId());
        String title = party.map(Party::primaryName).orElse(designation.primaryName());
        List<String> names = party.<List<String>>map(p -> List.copyOf(p.allNames())).orElse(published);
        return new SearchDocument(RecordType.DESIGNATION, designation.id().toString(), version,
                designation.owningAgency(), List.of(), true, new Indexed.DesignationRecord(title, designation.primaryName(), names,
                        identifiers, designation.partyKind().name(), designation.country(), designation.measure().name(),
                        designation.legalBasis(), designation.effectiveDate(), designation.publishedAt()));
    }
}
