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
import org.interdict.domain.model.party.TradeRole;
import org.interdict.domain.model.trade.RegistryNumbers;

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
 * and the records linked to it); either way the name stays resolved for later imports.
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
            long records, UUID importId, Instant proposedAt, String status, UUID party) {
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
        NameResolutions.Resolution proposal = decidable(id);
        Party party = parties.find(proposal.candidate()).orElseThrow(() -> new RecordNotFoundException("party", proposal.candidate()));
        return decide(proposal, "CONFIRMED", party, "TRADE_NAME_CONFIRMED");
    }

    /** The name is not the proposed party: a party is created for it and its records are linked to that one. */
    @Transactional
    public ProposalView reject(UUID id) {
        NameResolutions.Resolution proposal = decidable(id);
        var seen = resolutions.firstSeen(proposal.agency(), proposal.name());
        Party party = PartyResolution.partyFor(RegistryNumbers.in(proposal.name()), seen.map(NameResolutions.Seen::country).orElse(null),
                seen.map(s -> Set.of(TradeRole.valueOf(s.role()))).orElse(Set.of()), proposal.agency(), access.caller().username(),
                Instant.now());
        parties.add(party);
        parties.flush();
        outbox.enqueue(RecordType.PARTY, party.id().toString());
        audit.event("PARTY_RECORDED", "party", party.id().toString(),
                Map.of("primaryName", party.primaryName(), "kind", party.kind().name(), "writtenAs", proposal.name()));
        return decide(proposal, "REJECTED", party, "TRADE_NAME_REJECTED");
    }

    private ProposalView decide(NameResolutions.Resolution proposal, String status, Party party, String action) {
        Instant now = Instant.now();
        if (!resolutions.decide(proposal.id(), status, party.id(), access.caller().username(), now)) {
            throw new ConflictException("The name '" + proposal.name() + "' was decided already.");
        }
        List<UUID> linked = resolutions.linkRecords(proposal.agency(), proposal.name(), party.id());
        outbox.enqueueAll(RecordType.TRADE_RECORD, linked.stream().map(UUID::toString).toList());
        audit.event(action, "trade-name", proposal.id().toString(), Map.of("name", proposal.name(),
                "proposedParty", proposal.candidate().toString(), "party", party.id().toString(), "records", linked.size()));
        NameResolutions.Resolution decided = resolutions.find(proposal.id()).orElseThrow();
        return view(decided, linked.size(), names(new HashSet<>(List.of(proposal.candidate(), party.id()))));
    }

    /** An open proposal of the caller's agency that the caller may decide; 404 for another agency's, 409 once decided. */
    private NameResolutions.Resolution decidable(UUID id) {
        NameResolutions.Resolution proposal = resolutions.find(id).filter(r -> access.canSeeImports(r.agency()))
                .orElseThrow(() -> new RecordNotFoundException("name proposal", id));
        access.requireWork(proposal.agency(), "decide which party a name in the trade records stands for");
        if (!"PROPOSED".equals(proposal.status())) {
            throw new ConflictException("The name '" + proposal.name() + "' was decided already ("
                    + proposal.status().toLowerCase(java.util.Locale.ROOT) + " by " + proposal.decidedBy() + ").");
        }
        return proposal;
    }

    private ProposalView view(NameResolutions.Resolution r, long records, Map<UUID, String> names) {
        return new ProposalView(r.id(), r.name(), r.candidate(), names.get(r.candidate()), r.score(), r.evidence(), records,
                r.batch(), r.createdAt(), r.status(), r.party());
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return parties.findAll(wanted).stream().collect(Collectors.toMap(Party::id, Party::primaryName, (a, b) -> a));
    }
}
