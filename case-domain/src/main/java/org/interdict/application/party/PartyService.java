package org.interdict.application.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.Enums;
import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Releases;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyDetails;
import org.interdict.domain.model.party.PartyRepository.PartyQuery;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.party.Relationship;
import org.interdict.domain.model.party.RelationshipKind;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recording and maintaining parties and their relationships. Analysts and supervisors of an agency
 * record parties for it; its auditors read them; every change is audited.
 */
@ApplicationScoped
@Transactional
public class PartyService {

    static final String TARGET = "party";

    private PartyRepository parties;
    private AccessPolicy access;
    private AuditRecorder audit;
    private Releases releases;
    private SearchOutbox outbox;

    /** For the CDI container's client proxy. */
    protected PartyService() {
    }

    @Inject
    public PartyService(PartyRepository parties, AccessPolicy access, AuditRecorder audit, Releases releases,
            SearchOutbox outbox) {
        this.parties = parties;
        this.access = access;
        this.audit = audit;
        this.releases = releases;
        this.outbox = outbox;
    }

    public PartyView record(PartyInput input) {
        PartyDetails details = input.toDetails();
        String agency = access.requireWorkInOwnAgency("record parties");
        Party party = new Party(details, agency, access.caller().username(), now());
        parties.add(party);
        changed(party.id());
        audit.event("PARTY_RECORDED", TARGET, party.id().toString(),
                Map.of("primaryName", party.primaryName(), "kind", party.kind().name()));
        return view(party);
    }

    public PartyView get(UUID id) {
        Party party = visible(id);
        audit.event("PARTY_VIEWED", TARGET, id.toString(), Map.of());
        return view(party);
    }

    public Page<PartyView> list(String name, String country, String kind, int offset, int limit) {
        Page.checkWindow(offset, limit, Page.MAX_LIMIT);
        PartyQuery query = new PartyQuery(Inputs.optionalLine(name, "the name", 300), Inputs.country(country, "the country"),
                Enums.parse(org.interdict.domain.model.party.PartyKind.class, "kind", kind), offset, limit);
        String agency = access.caller().agency();
        String owner = access.canRead(agency) ? agency : null;
        String partner = access.partnerAgency();
        return new Page<>(parties.list(owner, partner, query).stream().map(this::view).toList(),
                parties.count(owner, partner, query), query.offset(), query.limit());
    }

    public PartyView revise(UUID id, Long expectedVersion, PartyInput input) {
        PartyDetails details = input.toDetails();
        Party party = visible(id);
        access.requireWork(party.owningAgency(), "edit parties");
        checkVersion("Party " + party.primaryName(), party.version(), expectedVersion);
        var changes = party.revise(details, now());
        if (!changes.isEmpty()) {
            audit.changed("PARTY_EDITED", TARGET, id.toString(), changes);
            embeddersChanged(id);
            parties.flush();
        }
        return view(party);
    }

    public void delete(UUID id, Long expectedVersion) {
        Party party = visible(id);
        access.requireWork(party.owningAgency(), "delete parties");
        checkVersion("Party " + party.primaryName(), party.version(), expectedVersion);
        if (parties.isReferenced(id)) {
            throw new ConflictException("Party " + party.primaryName()
                    + " is a subject of a case or a proposal and cannot be deleted.");
        }
        // Every document that shows it must follow (its trade records lose the link: the database sets it
        // to null); the embedders are found while the links still exist.
        embeddersChanged(id);
        parties.remove(party);
        audit.event("PARTY_DELETED", TARGET, id.toString(), Map.of("primaryName", party.primaryName()));
    }

    public RelationshipView relate(UUID fromId, String kindName, UUID toId, String note) {
        RelationshipKind kind = Enums.required(RelationshipKind.class, "kind", kindName);
        Party from = visible(fromId);
        Party to = visible(toId);
        access.requireWork(from.owningAgency(), "relate parties");
        boolean exists = parties.relationshipsOf(fromId).stream()
                .anyMatch(r -> r.fromPartyId().equals(fromId) && r.toPartyId().equals(toId) && r.kind() == kind);
        if (exists) {
            throw new ConflictException(from.primaryName() + " already " + kind + " " + to.primaryName() + ".");
        }
        Relationship relationship = InvalidInputException.check(() -> new Relationship(fromId, kind, toId, note,
                from.owningAgency(), access.caller().username(), now()));
        parties.add(relationship);
        audit.event("RELATIONSHIP_RECORDED", TARGET, fromId.toString(),
                Map.of("relationship", relationship.id().toString(), "kind", kind.name(), "to", toId.toString()));
        return view(relationship, Map.of(fromId, from, toId, to));
    }

    public List<RelationshipView> relationships(UUID partyId) {
        visible(partyId);
        List<Relationship> relationships = parties.relationshipsOf(partyId);
        List<UUID> ids = relationships.stream().flatMap(r -> java.util.stream.Stream.of(r.fromPartyId(), r.toPartyId()))
                .distinct().toList();
        Map<UUID, Party> byId = parties.findAll(ids).stream().collect(Collectors.toMap(Party::id, Function.identity()));
        return relationships.stream()
                .filter(r -> byId.containsKey(r.fromPartyId()) && byId.containsKey(r.toPartyId())
                        && access.canRead(byId.get(r.fromPartyId()).owningAgency())
                        && access.canRead(byId.get(r.toPartyId()).owningAgency()))
                .map(r -> view(r, byId)).toList();
    }

    public void unrelate(UUID partyId, UUID relationshipId) {
        Party party = visible(partyId);
        Relationship relationship = parties.findRelationship(relationshipId)
                .filter(r -> r.fromPartyId().equals(partyId) || r.toPartyId().equals(partyId))
                .orElseThrow(() -> new RecordNotFoundException("relationship", relationshipId));
        access.requireWork(party.owningAgency(), "remove relationships");
        parties.remove(relationship);
        audit.event("RELATIONSHIP_REMOVED", TARGET, partyId.toString(),
                Map.of("relationship", relationshipId.toString(), "kind", relationship.kind().name()));
    }

    /** Shares the party with named partner agencies, or withdraws it; supervisors of its agency only. */
    public PartyView release(UUID id, Long expectedVersion, String releasability, List<String> agencies) {
        Releases.Release release = releases.check(releasability, agencies);
        Party party = visible(id);
        if (!access.canRelease(party.owningAgency())) {
            throw new AccessDeniedException("Only supervisors of agency " + party.owningAgency() + " may share or withdraw its parties.");
        }
        checkVersion("Party " + party.primaryName(), party.version(), expectedVersion);
        var changes = InvalidInputException.check(() -> party.releaseTo(release.releasability(), release.agencies(), now()));
        if (!changes.isEmpty()) {
            audit.changed(release.agencies().isEmpty() ? "PARTY_WITHDRAWN" : "PARTY_SHARED", TARGET, id.toString(), changes);
            embeddersChanged(id);
            parties.flush();
        }
        return view(party);
    }

    /** The party changed in what other documents show of it (names, releasability, existence): they all follow. */
    private void embeddersChanged(UUID id) {
        outbox.enqueueWithEmbedders(RecordType.PARTY, id.toString());
    }

    /** The party changed: its search document must follow, in this transaction's outbox. */
    private void changed(UUID id) {
        outbox.enqueue(RecordType.PARTY, id.toString());
    }

    /** The party, when the caller may see it (as its agency or as a partner it is released to); 404 otherwise. */
    public Party visible(UUID id) {
        return parties.find(id).filter(p -> access.canSee(RecordType.PARTY, p.id(), p.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("party", id));
    }

    /** Partners see what the party shows, not to whom else it is released. */
    private PartyView view(Party party) {
        PartyView full = PartyView.of(party);
        if (access.canRead(party.owningAgency())) {
            return full;
        }
        return full.asPartnerSees();
    }

    private static RelationshipView view(Relationship r, Map<UUID, Party> byId) {
        return new RelationshipView(r.id(), PartySummary.of(byId.get(r.fromPartyId())), r.kind().name(),
                PartySummary.of(byId.get(r.toPartyId())), r.note(), r.createdAt(), r.createdBy());
    }

    static void checkVersion(String what, long current, Long expected) {
        if (expected == null) {
            throw new VersionRequiredException(what);
        }
        if (expected != current) {
            throw new StaleVersionException(what, current);
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
