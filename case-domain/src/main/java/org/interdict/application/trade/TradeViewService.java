package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.party.PartyService;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Visibility;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A party's trade as its agency sees it: the risk view (what it shipped or received, the flagged
 * shipments by CHP tier, month and counterpart) and its trade network. Trade records stay with the
 * agency that imported them, so a partner that may see a shared party does not see its trade.
 */
@ApplicationScoped
public class TradeViewService {

    static final int DEFAULT_DEPTH = 2;
    static final int MAX_DEPTH = 4;
    static final int DEFAULT_EDGES = 200;
    static final int MAX_EDGES = 1000;

    private TradeViews views;
    private PartyService partyService;
    private PartyRepository parties;
    private AccessPolicy access;

    /** For the CDI container's client proxy. */
    protected TradeViewService() {
    }

    @Inject
    public TradeViewService(TradeViews views, PartyService partyService, PartyRepository parties, AccessPolicy access) {
        this.views = views;
        this.partyService = partyService;
        this.parties = parties;
        this.access = access;
    }

    @Transactional
    public TradeViews.Risk risk(UUID partyId) {
        Party party = readable(partyId);
        TradeViews.Risk risk = views.risk(party.id().toString(), Visibility.of(access));
        Map<String, String> names = names(risk.flaggedByCounterpart().stream().map(TradeViews.Counterpart::party).toList());
        return new TradeViews.Risk(risk.all(), risk.flagged(), risk.flaggedByTier(), risk.flaggedByMonth(),
                risk.flaggedByCounterpart().stream().map(c -> c.party() == null ? c : new TradeViews.Counterpart(c.party(),
                        names.getOrDefault(c.party(), c.name()), c.role(), c.shipments(), c.valueUsd())).toList());
    }

    @Transactional
    public TradeViews.Network network(UUID partyId, Integer depth, Integer maxEdges) {
        int hops = depth == null ? DEFAULT_DEPTH : depth;
        int edges = maxEdges == null ? DEFAULT_EDGES : maxEdges;
        if (hops < 1 || hops > MAX_DEPTH) {
            throw new InvalidInputException("depth is the number of hops from the party: 1 to " + MAX_DEPTH + ".");
        }
        if (edges < 1 || edges > MAX_EDGES) {
            throw new InvalidInputException("maxEdges is between 1 and " + MAX_EDGES + ".");
        }
        Party party = readable(partyId);
        TradeViews.Network network = views.network(party.id().toString(), hops, edges, Visibility.of(access));
        Map<String, String> names = names(network.nodes().stream().map(TradeViews.Node::party).toList());
        return new TradeViews.Network(network.root(), network.depth(), network.nodes().stream()
                .map(n -> new TradeViews.Node(n.party(), names.get(n.party()), n.distance(), n.roles())).toList(),
                network.edges(), network.truncated());
    }

    private Party readable(UUID partyId) {
        Party party = partyService.visible(partyId);
        if (!access.canRead(party.owningAgency())) {
            throw new AccessDeniedException("Trade records stay with the agency that imported them: the trade of party "
                    + party.primaryName() + " is for agency " + party.owningAgency() + " to read.");
        }
        return party;
    }

    /** Primary names of the parties, by id (those that no longer exist are left out). */
    private Map<String, String> names(List<String> ids) {
        Set<UUID> wanted = new HashSet<>();
        ids.stream().filter(id -> id != null).forEach(id -> wanted.add(UUID.fromString(id)));
        return parties.findAll(wanted).stream()
                .collect(Collectors.toMap(p -> p.id().toString(), Party::primaryName, (a, b) -> a));
    }
}
