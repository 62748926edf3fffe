package org.interdict.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.interdict.application.InvalidInputException;
import org.interdict.application.projection.RecordType;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.evidence.EvidenceRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which ids are evidence of a case, and what they show: used wherever something relies on a case's
 * evidence (a proposal and its reasons), so that "evidence of this case" means one thing everywhere.
 * An id is evidence of a case when it is an evidence file attached to that case or a trade record
 * linked to it, and the caller may see it ({@link AccessPolicy}). Any other id (unknown, another case's,
 * a record not linked, one the caller may not see) gets the same answer, so that nothing is learnt
 * about what exists elsewhere.
 *
 * <p>Runs in the caller's transaction; it changes nothing.
 */
@ApplicationScoped
public class CaseEvidence {

    private EvidenceRepository files;
    private TradeEvidence links;
    private TradeImports records;
    private AccessPolicy access;

    /** For the CDI container's client proxy. */
    protected CaseEvidence() {
    }

    @Inject
    public CaseEvidence(EvidenceRepository files, TradeEvidence links, TradeImports records, AccessPolicy access) {
        this.files = files;
        this.links = links;
        this.records = records;
        this.access = access;
    }

    /**
     * The evidence of the case that the ids name, in the order given, each once.
     *
     * @param what how the request names the list, for the message (e.g. "evidence", "the evidence of reason 2")
     * @throws InvalidInputException naming the first id that is no evidence of the case the caller may see
     */
    public List<EvidenceRef> require(CaseFile caseFile, List<String> ids, String what) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> given = ids.stream().map(id -> parsed(id, caseFile, what)).toList();
        Set<UUID> linked = links.ofCase(caseFile.id()).stream().map(TradeEvidence.Link::tradeRecord)
                .filter(given::contains).collect(Collectors.toSet());
        Set<UUID> visibleRecords = visibleRecords(linked);
        Map<UUID, EvidenceRef> named = new LinkedHashMap<>();
        for (UUID id : given) {
            if (named.containsKey(id)) {
                continue;
            }
            boolean file = files.find(id).filter(e -> e.caseId().equals(caseFile.id()))
                    .filter(e -> access.canSeeEvidence(e.id(), e.owningAgency())).isPresent();
            if (file) {
                named.put(id, EvidenceRef.file(id));
            } else if (visibleRecords.contains(id)) {
                named.put(id, EvidenceRef.tradeRecord(id));
            } else {
                throw new InvalidInputException(notEvidence(id.toString(), caseFile, what));
            }
        }
        return List.copyOf(named.values());
    }

    /** What each reference shows, as the caller may see it; an item they may not see shows only its kind and id. */
    public Map<EvidenceRef, ReliedEvidence> resolve(CaseFile caseFile, Collection<EvidenceRef> refs) {
        Map<EvidenceRef, ReliedEvidence> resolved = new HashMap<>();
        Set<UUID> recordIds = refs.stream().filter(r -> r.kind() == EvidenceRef.Kind.TRADE_RECORD).map(EvidenceRef::itemId)
                .collect(Collectors.toSet());
        Map<UUID, TradeImports.StoredRecord> stored = recordIds.isEmpty() ? Map.of()
                : records.records(recordIds).stream().collect(Collectors.toMap(TradeImports.StoredRecord::id, Function.identity()));
        Set<UUID> visibleRecords = access.visible(RecordType.TRADE_RECORD, stored.values().stream()
                .collect(Collectors.toMap(TradeImports.StoredRecord::id, TradeImports.StoredRecord::agency)));
        Map<UUID, Instant> linkedAt = recordIds.isEmpty() ? Map.of() : links.ofCase(caseFile.id()).stream()
                .collect(Collectors.toMap(TradeEvidence.Link::tradeRecord, TradeEvidence.Link::linkedAt));
        for (EvidenceRef ref : refs) {
            ReliedEvidence shown = switch (ref.kind()) {
                case AS_WRITTEN -> ReliedEvidence.asWritten(ref.writtenAs());
                case FILE -> files.find(ref.itemId()).filter(e -> e.caseId().equals(caseFile.id()))
                        .filter(e -> access.canSeeEvidence(e.id(), e.owningAgency()))
                        .map(ReliedEvidence::file).orElseGet(() -> ReliedEvidence.unavailable(ref));
                case TRADE_RECORD -> visibleRecords.contains(ref.itemId())
                        ? ReliedEvidence.tradeRecord(stored.get(ref.itemId()), linkedAt.get(ref.itemId()))
                        : ReliedEvidence.unavailable(ref);
            };
            resolved.put(ref, shown);
        }
        return resolved;
    }

    private Set<UUID> visibleRecords(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return access.visible(RecordType.TRADE_RECORD, records.records(ids).stream()
                .collect(Collectors.toMap(TradeImports.StoredRecord::id, TradeImports.StoredRecord::agency)));
    }

    private static UUID parsed(String given, CaseFile caseFile, String what) {
        if (given == null || given.isBlank()) {
            throw new InvalidInputException("An id in " + what + " is empty: name the id of a file attached to case "
                    + caseFile.reference() + " or of a trade record linked to it.");
        }
        try {
            UUID id = UUID.fromString(given.strip());
            if (id.toString().equalsIgnoreCase(given.strip())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below, like any other id that names no evidence of the case
        }
        throw new InvalidInputException(notEvidence(given.strip().length() > 100 ? given.strip().substring(0, 100) + "…"
                : given.strip(), caseFile, what));
    }

    /** The same words whether the id exists elsewhere or not at all. */
    static String notEvidence(String id, CaseFile caseFile, String what) {
        return "'" + id + "' in " + what + " is not evidence of case " + caseFile.reference() + ": name the id of a file "
                + "attached to this case or of a trade record linked to it (GET /api/cases/" + caseFile.reference()
                + "/evidence lists them).";
    }

    /** Why a proposal with no evidence is refused, and what to do about it. */
    public static String noEvidence(String reference) {
        return "A proposal must rely on at least one piece of evidence of case " + reference + ": attach a file or link "
                + "trade records to the case if it has none, then cite them in the reasons (or name them as its evidence).";
    }
}
