package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.domain.model.audit.AuditEntry;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.party.Relationship;
import org.interdict.domain.model.party.RelationshipKind;
import org.interdict.domain.model.trade.ImportBatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores one chunk of an import in its own transaction: how its new names resolved (and the parties
 * created for some), the new records linked to their parties, their outbox entries, the refused lines
 * and the batch's counts, so that a crash loses at most the chunk in hand.
 */
@ApplicationScoped
public class TradeRecordWriter {

    private TradeImports imports;
    private SearchOutbox outbox;
    private NameResolutions names;
    private PartyRepository parties;
    private AuditTrail audit;

    /** For the CDI container's client proxy. */
    protected TradeRecordWriter() {
    }

    @Inject
    public TradeRecordWriter(TradeImports imports, SearchOutbox outbox, NameResolutions names, PartyRepository parties,
            AuditTrail audit) {
        this.imports = imports;
        this.outbox = outbox;
        this.names = names;
        this.parties = parties;
        this.audit = audit;
    }

    /**
     * Claims the chunk's new names, creates the parties planned for those this import claimed, and
     * stores the records, linked to the parties their names now stand for.
     *
     * @return how each new name is resolved in the database (another import may have claimed one first)
     */
    @Transactional
    public Map<String, NameResolutions.Settled> write(ImportCounts counts, ImportBatch batch,
            List<TradeImports.TradeRecordRow> records, List<CustomsFile.Rejection> rejections, PartyResolution.Plan plan,
            ImportNames known) {
        Map<String, NameResolutions.Settled> settled = plan.resolutions().isEmpty() ? Map.of() : names.settle(plan.resolutions());
        for (NameResolutions.Settled s : settled.values()) {
            Party party = s.ours() && s.resolution().madeItsParty()
                    ? plan.newParties().get(s.resolution().party()) : null;
            if (party != null) {
                parties.add(party);
                outbox.enqueue(RecordType.PARTY, party.id().toString());
                audit.append(new AuditEntry(batch.startedBy(), batch.agency(), "PARTY_RECORDED", "party", party.id().toString(),
                        Json.createObjectBuilder().add("primaryName", party.primaryName()).add("kind", party.kind().name())
                                .add("writtenAs", s.resolution().name()).add("import", batch.id().toString()).build().toString()));
            }
        }
        if (!settled.isEmpty()) {
            parties.flush();
        }
        relateAgents(batch, plan.agents(), name -> {
            NameResolutions.Settled s = settled.get(name);
            return s != null ? s.resolution().party() : known.resolved(name);
        });
        // A record whose name was settled in this chunk gets its party now: the principal's, for an agent construction.
        List<UUID> stored = imports.store(settled.isEmpty() ? records : records.stream().map(r -> r.resolved(written -> {
            NameResolutions.Settled s = settled.get(known.principal(written));
            return s == null ? null : s.resolution().party();
        })).toList());
        outbox.enqueueAll(RecordType.TRADE_RECORD, stored.stream().map(UUID::toString).toList());
        imports.reject(counts.batch(), rejections);
        counts.add(records.size(), stored.size(), rejections.size());
        imports.progress(counts.batch(), counts.linesRead(), counts.stored(), counts.rejected(), counts.duplicates(), counts.bytesRead());
        return settled;
    }

    /**
     * Records each agent as acting for its principal, where both names stand for parties now (a name only
     * proposed waits for an analyst) and the relationship is not recorded yet.
     */
    private void relateAgents(ImportBatch batch, List<PartyResolution.AgentLink> agents,
            java.util.function.Function<String, UUID> partyOf) {
        for (PartyResolution.AgentLink link : agents) {
            UUID agent = partyOf.apply(link.agent());
            UUID principal = partyOf.apply(link.principal());
            if (agent == null || principal == null || agent.equals(principal)) {
                continue;
            }
            boolean known = parties.relationshipsOf(agent).stream().anyMatch(r -> r.fromPartyId().equals(agent)
                    && r.toPartyId().equals(principal) && r.kind() == RelationshipKind.ACTS_FOR);
            if (known) {
                continue;
            }
            Relationship relationship = new Relationship(agent, RelationshipKind.ACTS_FOR, principal,
                    TradeText.capped("Customs records write them as one name (" + link.marker() + "): " + link.writtenAs(), 1000), batch.agency(), batch.startedBy(), Instant.now());
            parties.add(relationship);
            outbox.enqueue(RecordType.PARTY, agent.toString());
            outbox.enqueue(RecordType.PARTY, principal.toString());
            audit.append(new AuditEntry(batch.startedBy(), batch.agency(), "RELATIONSHIP_RECORDED", "party", agent.toString(),
                    Json.createObjectBuilder().add("relationship", relationship.id().toString())
                            .add("kind", RelationshipKind.ACTS_FOR.name()).add("to", principal.toString())
                            .add("writtenAs", link.writtenAs()).add("import", batch.id().toString()).build().toString()));
        }
    }

    /** The running counts of one import. */
    public static final class ImportCounts {

        private final UUID batch;
        private long linesRead;
        private long stored;
        private long rejected;
        private long duplicates;
        private long bytesRead;

        public ImportCounts(UUID batch) {
            this.batch = batch;
        }

        void add(int records, int newRecords, int refused) {
            linesRead += records + refused;
            stored += newRecords;
            duplicates += records - newRecords;
            rejected += refused;
        }

        /** The counts as they are now, to go back to when a transaction that added to them does not commit. */
        public ImportCounts copy() {
            ImportCounts copy = new ImportCounts(batch);
            copy.restore(this);
            return copy;
        }

        /** Back to counts taken earlier by {@link #copy}. */
        public void restore(ImportCounts earlier) {
            linesRead = earlier.linesRead;
            stored = earlier.stored;
            rejected = earlier.rejected;
            duplicates = earlier.duplicates;
            bytesRead = earlier.bytesRead;
        }

        /** How far into the file the reader has come, in bytes: saved with the next counts. */
        public void readUpTo(long bytes) {
            bytesRead = Math.max(bytesRead, bytes);
        }

        public long bytesRead() {
            return bytesRead;
        }

        public UUID batch() {
            return batch;
        }

        public long linesRead() {
            return linesRead;
        }

        public long stored() {
            return stored;
        }

        public long rejected() {
            return rejected;
        }

        public long duplicates() {
            return duplicates;
        }
    }
}
