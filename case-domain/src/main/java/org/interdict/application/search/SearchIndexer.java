package org.interdict.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.designation.Designation;
import org.interdict.domain.model.designation.DesignationRepository;
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

    /** For the CDI container's client proxy. */
    protected SearchIndexer() {
    }

    @Inject
    public SearchIndexer(SearchOutbox outbox, SearchIndex index, SearchRebuilds rebuilds, SavedSearchAlerts alerts,
            PartyRepository parties, CaseRepository cases, DesignationRepository designations, TradeImports trade) {
        this.outbox = outbox;
        this.index = index;
        this.rebuilds = rebuilds;
        this.alerts = alerts;
        this.parties = parties;
        this.cases = cases;
        this.designations = designations;
        this.trade = trade;
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

    /** One batch: returns how many outbox entries it handled (0 when none was due). */
    @Transactional
    public int drainOnce() {
        List<SearchOutbox.Entry> entries = outbox.claim(BATCH);
        if (entries.isEmpty()) {
            return 0;
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
        try {
            failures = index.write(documents, deletions, alsoInto);
            alerts.indexed(documents);
            available();
        } catch (SearchUnavailableException e) {
            unavailable(e);
            for (SearchOutbox.Entry entry : entries) {
                outbox.retryLater(entry.id(), e.getMessage(), UNAVAILABLE_RETRY, false);
            }
            return entries.size();
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
        return entries.size();
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
        List<String> ids = rebuilds.recordIds(type, after, BATCH);
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
        versions.forEach((key, version) -> {
            RecordType type = RecordType.valueOf(key.substring(0, key.indexOf(':')));
            String id = key.substring(key.indexOf(':') + 1);
            switch (type) {
                case PARTY -> partyIds.add(UUID.fromString(id));
                case CASE -> cases.findByReference(id).ifPresent(c -> documents.add(caseFile(c, version)));
                case DESIGNATION -> designations.find(UUID.fromString(id)).ifPresent(d -> documents.add(designation(d, version)));
                case TRADE_RECORD -> tradeIds.add(UUID.fromString(id));
            }
        });
        for (TradeImports.StoredRecord record : trade.records(tradeIds)) {
            documents.add(tradeRecord(record, versions.get(RecordType.TRADE_RECORD + ":" + record.id())));
        }
        if (!partyIds.isEmpty()) {
            Map<UUID, java.util.Set<String>> throughCases = parties.sharedCaseAgencies(partyIds);
            for (Party party : parties.findAll(partyIds)) {
                documents.add(party(party, versions.get(RecordType.PARTY + ":" + party.id()),
                        throughCases.getOrDefault(party.id(), java.util.Set.of())));
            }
        }
        return documents;
    }

    private static SearchDocument party(Party party, long version, java.util.Set<String> throughCases) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", party.kind().name());
        fields.put("title", party.primaryName());
        fields.put("primaryName", party.primaryName());
        fields.put("names", List.copyOf(party.allNames()));
        fields.put("aliases", party.aliases().stream().map(a -> Map.of("name", a.name(), "script", a.script())).toList());
        fields.put("identifiers", party.identifiers().stream().map(i -> i.type() + ":" + i.value()).toList());
        fields.put("country", party.country());
        fields.put("tradeRoles", party.tradeRoles().stream().map(Enum::name).sorted().toList());
        fields.put("designationStatus", party.designationStatus().name());
        fields.put("recordVersion", party.version());
        fields.put("updatedAt", party.updatedAt().toString());
        fields.put("recordDate", party.updatedAt().toString());
        java.util.Set<String> releasedTo = new java.util.TreeSet<>(throughCases);
        releasedTo.addAll(party.releasedTo());
        return new SearchDocument(RecordType.PARTY, party.id().toString(), version, party.owningAgency(),
                List.copyOf(releasedTo), false, fields);
    }

    private SearchDocument caseFile(CaseFile caseFile, long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reference", caseFile.reference());
        fields.put("title", caseFile.title());
        fields.put("summary", caseFile.summary());
        fields.put("status", caseFile.status().name());
        fields.put("priority", caseFile.priority().name());
        fields.put("tags", List.copyOf(caseFile.tags()));
        fields.put("assignee", caseFile.assignee());
        fields.put("dueDate", caseFile.dueDate() == null ? null : caseFile.dueDate().toString());
        fields.put("subjects", parties.findAll(caseFile.subjects()).stream().map(Party::primaryName).toList());
        fields.put("recordVersion", caseFile.version());
        fields.put("updatedAt", caseFile.updatedAt().toString());
        fields.put("recordDate", caseFile.updatedAt().toString());
        return new SearchDocument(RecordType.CASE, caseFile.reference(), version, caseFile.owningAgency(),
                List.copyOf(caseFile.releasedTo()), false, fields);
    }

    private static SearchDocument tradeRecord(TradeImports.StoredRecord r, long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", r.exporter() + " → " + r.consignee());
        fields.put("declarationNumber", r.declaration());
        fields.put("lineNumber", r.item());
        fields.put("hsCode", r.hsCode());
        fields.put("hsChapter", r.hsCode().substring(0, 2));
        fields.put("chpTier", r.chpTier());
        fields.put("flagged", r.flagged());
        fields.put("goodsDescription", r.description());
        fields.put("exporter", r.exporter());
        fields.put("consignee", r.consignee());
        fields.put("exporterParty", r.exporterParty() == null ? null : r.exporterParty().toString());
        fields.put("consigneeParty", r.consigneeParty() == null ? null : r.consigneeParty().toString());
        fields.put("names", List.of(r.exporter(), r.consignee()));
        fields.put("country", r.destination());
        fields.put("originCountry", r.origin());
        fields.put("dispatchCountry", r.dispatch());
        fields.put("value", r.value());
        fields.put("currency", r.currency());
        fields.put("valueUsd", r.valueUsd());
        fields.put("netWeightKg", r.netWeightKg());
        fields.put("importBatch", r.batch().toString());
        fields.put("recordDate", r.date().toString());
        return new SearchDocument(RecordType.TRADE_RECORD, r.id().toString(), version, r.agency(), List.of(), false, fields);
    }

    private static SearchDocument designation(Designation designation, long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", designation.primaryName());
        fields.put("primaryName", designation.primaryName());
        List<String> names = new ArrayList<>(List.of(designation.primaryName()));
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(designation.aliasesJson()))) {
            reader.readArray().getValuesAs(jakarta.json.JsonObject.class).forEach(alias -> names.add(alias.getString("name")));
        }
        fields.put("names", names);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(designation.identifiersJson()))) {
            fields.put("identifiers", reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(id -> id.getString("type") + ":" + id.getString("value")).toList());
        }
        fields.put("partyKind", designation.partyKind().name());
        fields.put("country", designation.country());
        fields.put("measure", designation.measure().name());
        fields.put("legalBasis", designation.legalBasis());
        fields.put("effectiveDate", designation.effectiveDate().toString());
        fields.put("publishedAt", designation.publishedAt().toString());
        fields.put("recordDate", designation.publishedAt().toString());
        return new SearchDocument(RecordType.DESIGNATION, designation.id().toString(), version,
                designation.owningAgency(), List.of(), true, fields);
    }
}
