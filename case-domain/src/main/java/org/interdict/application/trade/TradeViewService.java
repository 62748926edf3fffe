package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.InvalidInputException;
import org.interdict.application.party.PartyService;
import org.interdict.application.projection.RecordType;
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
 * A party's trade as the caller may see it: the risk view (what it shipped or received, the flagged
 * shipments by CHP tier, month and counterpart) and its trade network. Both count only the trade
 * records the caller may see (its agency's, or those released to a partner), and name only the
 * parties the caller may see: a partner is shown the name a declaration wrote for a counterpart whose
 * party is not released to it, and such a party in a network as an undisclosed node.
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
                risk.flaggedByCounterpart().stream().map(c -> c.party() == null ? c : names.containsKey(c.party())
                        ? new TradeViews.Counterpart(c.party(), names.get(c.party()), c.role(), c.shipments(), c.valueUsd())
                        : new TradeViews.Counterpart(null, c.name(), c.role(), c.shipments(), c.valueUsd())).toList());
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
        // A party the caller may not see keeps its place in the network under a label that says nothing of it.
        Map<String, String> shown = new java.util.HashMap<>();
        for (TradeViews.Node node : network.nodes()) {
            shown.put(node.party(), names.containsKey(node.party()) ? node.party() : "undisclosed-" + (shown.size() + 1));
        }
        return new TradeViews.Network(network.root(), network.depth(), network.nodes().stream()
                .map(n -> new TradeViews.Node(shown.get(n.party()), names.get(n.party()), n.distance(), n.roles())).toList(),
                network.edges().stream().map(e -> new TradeViews.Edge(shown.getOrDefault(e.from(), e.from()),
                        shown.getOrDefault(e.to(), e.to()), e.shipments(), e.flagged(), e.valueUsd(), e.first(), e.last())).toList(),
                network.truncated());
    }

    private Party readable(UUID partyId) {
        return partyService.visible(partyId);
    }

    /** Primary names of the parties the caller may see, by id (those that no longer exist or are not visible are left out). */
    private Map<String, String> names(List<String> ids) {
        Set<UUID> wanted = new HashSet<>();
        ids.stream().filter(id -> id != null).forEach(id -> wanted.add(UUID.fromString(id)));
        List<Party> found = parties.findAll(wanted);
        Set<UUID> visible = access.visible(RecordType.PARTY,
                found.stream().collect(Collectors.toMap(Party::id, Party::owningAgency)));
        return found.stream().filter(p -> visible.contains(p.id()))
                .collect(Collectors.toMap(p -> p.id().toString(), Party::primaryName, (a, b) -> a));
    }
}
