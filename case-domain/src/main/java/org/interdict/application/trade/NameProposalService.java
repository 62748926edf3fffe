package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.trade.NameAlreadyDecidedException;
import org.interdict.domain.model.trade.NameResolution;
import org.interdict.domain.model.trade.RegistryNumbers;
import org.interdict.domain.model.trade.ResolutionStatus;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The names an import could not settle alone: the name matcher found a party close to them but not
 * close enough to link without a person. An analyst or supervisor of the agency confirms (the
 * records that wrote the name are linked to that party) or rejects (a party is created for the name
 * and the records linked to it); either way the name stays resolved for later imports. A name is
 * decided once ({@link NameResolution}): a second decision is refused with 409, also when two people
 * decide the same name at once.
 */
@ApplicationScoped
public class NameProposalService {

    private NameResolutions resolutions;
    private PartyRepository parties;
    private SearchOutbox outbox;
    private AccessPolicy access;
    private AuditRecorder audit;

    /** For the CDI container's client proxy. */
    protected NameProposalService() {
    }

    @Inject
    public NameProposalService(NameResolutions resolutions, PartyRepository parties, SearchOutbox outbox, AccessPolicy access,
            AuditRecorder audit) {
        this.resolutions = resolutions;
        this.parties = parties;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
    }

    /** A proposal as an analyst reads it: the name, the party it may be, how sure and why, and how many records wrote it. */
    public record ProposalView(UUID id, String name, UUID candidate, String candidateName, Double score, String evidence,
            long records, UUID importId, Instant proposedAt, ResolutionStatus status, UUID party) {
    }

    @Transactional
    public Page<ProposalView> open(int offset, int limit) {
        Page.checkWindow(offset, limit, Page.MAX_LIMIT);
        String agency = access.caller().agency();
        // A proposal shows party content (names, ids, evidence): the agency's case readers only, not its administrators.
        if (!access.canRead(agency)) {
            throw new AccessDeniedException("Only the agency's analysts, supervisors and auditors see its name proposals.");
        }
        List<NameResolutions.Proposal> proposals = resolutions.proposals(agency, offset, limit);
        Map<UUID, String> names = names(proposals.stream().map(p -> p.resolution().candidate()).collect(Collectors.toSet()));
        return new Page<>(proposals.stream().map(p -> view(p.resolution(), p.records(), names)).toList(),
                resolutions.countProposals(agency), offset, limit);
    }

    /** The name is the proposed party: its records are linked to it. */
    @Transactional
    public ProposalView confirm(UUID id) {
        NameResolution proposal = decidable(id);
        Party party = parties.find(proposal.candidate()).orElseThrow(() -> new RecordNotFoundException("party", proposal.candidate()));
        decided(() -> proposal.confirm(party.id(), access.caller().username(), Instant.now()));
        return record(proposal, "TRADE_NAME_CONFIRMED");
    }

    /** The name is not the proposed party: a party is created for it and its records are linked to that one. */
    @Transactional
    public ProposalView reject(UUID id) {
        NameResolution proposal = decidable(id);
        var seen = resolutions.firstSeen(proposal.agency(), proposal.name());
        Party party = PartyResolution.partyFor(RegistryNumbers.in(proposal.name()), seen.map(NameResolutions.Seen::country).orElse(null),
                seen.map(s -> Set.of(s.role())).orElse(Set.of()), proposal.agency(), access.caller().username(), Instant.now());
        decided(() -> proposal.reject(party.id(), access.caller().username(), Instant.now()));
        parties.add(party);
        parties.flush();
        outbox.enqueue(RecordType.PARTY, party.id().toString());
        audit.event("PARTY_RECORDED", "party", party.id().toString(),
                Map.of("primaryName", party.primaryName(), "kind", party.kind().name(), "writtenAs", proposal.name()));
        return record(proposal, "TRADE_NAME_REJECTED");
    }

    /** The decision on the proposal, or 409 when it was decided already. */
    private static void decided(Runnable decision) {
        try {
            decision.run();
        } catch (NameAlreadyDecidedException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    /** Stores the decision unless someone decided the name first (409), links the name's records, and audits it. */
    private ProposalView record(NameResolution decided, String action) {
        if (!resolutions.decide(decided)) {
            throw new ConflictException("The name '" + decided.name() + "' was decided already.");
        }
        List<UUID> linked = resolutions.linkRecords(decided.agency(), decided.name(), decided.party());
        outbox.enqueueAll(RecordType.TRADE_RECORD, linked.stream().map(UUID::toString).toList());
        audit.event(action, "trade-name", decided.id().toString(), Map.of("name", decided.name(),
                "proposedParty", decided.candidate().toString(), "party", decided.party().toString(), "records", linked.size()));
        NameResolution stored = resolutions.find(decided.id()).orElseThrow();
        return view(stored, linked.size(), names(new HashSet<>(List.of(decided.candidate(), decided.party()))));
    }

    /** A proposal of the caller's agency that the caller may decide; 404 for another agency's. */
    private NameResolution decidable(UUID id) {
        NameResolution proposal = resolutions.find(id).filter(r -> access.canSeeImports(r.agency()))
                .orElseThrow(() -> new RecordNotFoundException("name proposal", id));
        access.requireWork(proposal.agency(), "decide which party a name in the trade records stands for");
        return proposal;
    }

    private ProposalView view(NameResolution r, long records, Map<UUID, String> names) {
        return new ProposalView(r.id(), r.name(), r.candidate(), names.get(r.candidate()), r.score(), r.evidence(), records,
                r.batch(), r.createdAt(), r.status(), r.party());
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return parties.findAll(wanted).stream().collect(Collectors.toMap(Party::id, Party::primaryName, (a, b) -> a));
    }
}
