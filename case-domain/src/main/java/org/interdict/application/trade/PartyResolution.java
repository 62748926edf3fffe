package org.interdict.application.trade;

import org.interdict.domain.model.party.Identifier;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyDetails;
import org.interdict.domain.model.party.PartyKind;
import org.interdict.domain.model.party.TradeRole;
import org.interdict.domain.model.party.RelationshipKind;
import org.interdict.domain.model.trade.AgentConstruction;
import org.interdict.domain.model.trade.ImportBatch;
import org.interdict.domain.model.trade.NameResolution;
import org.interdict.domain.model.trade.RegistryNumbers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the exporter and consignee names of one import to the agency's parties. A name is
 * resolved once per agency and remembered ({@link NameResolutions}); a new one is matched with the
 * name matcher against the parties in the index and those this import linked or created moments ago:
 * from {@value #LINK} it is linked, from {@value #PROPOSE} it is proposed to an analyst (its records
 * stay unlinked until then), and below that a party is created for it, with the registry numbers
 * written into the name as its identifiers (an identical number scores as strong evidence). A name
 * no party can be made of (the party's own rules refuse it) is refused, with the reason, and its
 * lines with it; a party planned for a chunk the database did not take is never matched again.
 *
 * <p>A name that is an agent construction ({@code ALFA LLC FOR OOO ROMASHKA}, {@code … BY ORDER OF …},
 * {@code … П/П …}; see {@link AgentConstruction}) stands for two parties: its principal, the record's
 * exporter or consignee, and its agent (an intermediary), each resolved as a name of its own; once both
 * are parties, the agent is recorded as acting for the principal ({@link RelationshipKind#ACTS_FOR}).
 *
 * <p>One instance per import run; not thread-safe.
 */
public final class PartyResolution implements ImportNames {

    static final double LINK = 0.9;
    static final double PROPOSE = 0.75;
    /** Names kept in memory; the rest are asked of the database again. */
    private static final int REMEMBERED = 200_000;

    private final ImportBatch batch;
    private final NameResolutions resolutions;
    private final PartyMatcher.Session matcher;
    /** Names as written → who they stand for: the principal and the agent of an agent construction. */
    private final Map<String, AgentConstruction.Split> splits = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AgentConstruction.Split> eldest) {
            return size() > REMEMBERED;
        }
    };
    /** Agent constructions whose relationship was planned by this import already (agent and principal as written). */
    private final Set<List<String>> related = new HashSet<>();
    /** Parties planned for chunks or lines the database did not take: they do not exist, whatever the matcher remembers. */
    private final Set<UUID> lost = new HashSet<>();
    /** Name as written → its party; null for a name proposed and not decided. */
    private final Map<String, UUID> partyOf = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UUID> eldest) {
            return size() > REMEMBERED;
        }
    };

    PartyResolution(ImportBatch batch, NameResolutions resolutions, PartyMatcher matcher) {
        this.batch = batch;
        this.resolutions = resolutions;
        this.matcher = matcher.open(batch.agency());
    }

    /**
     * What a chunk's new names resolve to, the parties to create for some of them, and the names no
     * party can be made of, each with the reason.
     */
    public record Plan(List<NameResolution> resolutions, Map<UUID, Party> newParties, Map<String, String> refused,
            List<AgentLink> agents) {

        static final Plan NONE = new Plan(List.of(), Map.of(), Map.of(), List.of());
    }

    /** An agent construction first seen in a chunk: the agent and the principal as written, and the words between them. */
    public record AgentLink(String agent, String principal, String marker, String writtenAs) {
    }

    /** Decides the names of these lines not resolved before. */
    Plan plan(List<CustomsFile.Line> lines) {
        Map<String, Sighting> fresh = new LinkedHashMap<>();
        List<AgentLink> agents = new ArrayList<>();
        for (CustomsFile.Line line : lines) {
            sightParties(fresh, agents, line.exporter(), TradeRole.EXPORTER,
                    line.dispatch() != null ? line.dispatch() : line.origin());
            sightParties(fresh, agents, line.consignee(), TradeRole.CONSIGNEE, line.destination());
        }
        if (fresh.isEmpty()) {
            return agents.isEmpty() ? Plan.NONE : new Plan(List.of(), Map.of(), Map.of(), agents);
        }
        resolutions.known(batch.agency(), fresh.keySet()).forEach((name, resolution) -> {
            partyOf.put(name, resolution.party());
            fresh.remove(name);
        });
        if (fresh.isEmpty()) {
            return agents.isEmpty() ? Plan.NONE : new Plan(List.of(), Map.of(), Map.of(), agents);
        }
        List<Sighting> sightings = List.copyOf(fresh.values());
        List<PartyMatcher.Match> indexed = matcher.indexed(sightings.stream().map(Sighting::name).toList(), PROPOSE);
        List<NameResolution> decided = new ArrayList<>(sightings.size());
        Map<UUID, Party> created = new HashMap<>();
        Map<String, String> refused = new HashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < sightings.size(); i++) {
            Sighting sighting = sightings.get(i);
            PartyMatcher.Match best = better(indexed.get(i), existing(matcher.remembered(sighting.name())));
            if (best != null && best.score() >= LINK) {
                matcher.remember(best.party(), best.partyName(), sighting.name());
                decided.add(NameResolution.linked(batch.agency(), sighting.written(), best.party(), best.score(), best.evidence(),
                        batch.id(), now));
            } else if (best != null && best.score() >= PROPOSE) {
                decided.add(NameResolution.proposed(batch.agency(), sighting.written(), best.party(), best.score(),
                        best.evidence(), batch.id(), now));
            } else {
                Party party;
                try {
                    party = newParty(sighting, now);
                } catch (IllegalArgumentException e) {
                    refused.put(sighting.written(), e.getMessage() == null ? "it is not a name" : e.getMessage());
                    continue;
                }
                created.put(party.id(), party);
                matcher.remember(party.id(), party.primaryName(), sighting.name());
                decided.add(NameResolution.created(batch.agency(), sighting.written(), party.id(), "no party of the agency matches",
                        batch.id(), now));
            }
        }
        return new Plan(decided, created, refused, agents);
    }

    /** The names as the database now holds them, after the chunk's transaction claimed them. */
    void settled(Map<String, NameResolutions.Settled> settled) {
        settled.forEach((name, s) -> partyOf.put(name, s.resolution().party()));
    }

    /**
     * The database did not take the chunk this plan was for: the parties it would have created do
     * not exist, so no later name is linked to them (its names are planned again when next seen).
     */
    void abandoned(Plan plan) {
        lost.addAll(plan.newParties().keySet());
        plan.agents().forEach(a -> related.remove(List.of(a.agent(), a.principal())));
    }

    /**
     * The party a name as written stands for, resolved before (null when it is not, or is only proposed):
     * of an agent construction, its principal.
     */
    UUID partyOf(String name) {
        return partyOf.get(split(name).principal());
    }

    /** The party of a name as resolved before, taken as it is (an agent or a principal of a construction). */
    @Override
    public UUID resolved(String name) {
        return partyOf.get(name);
    }

    @Override
    public String principal(String written) {
        return split(written).principal();
    }

    /** Who a name stands for: a principal and its agent, or (most often) one party. */
    AgentConstruction.Split split(String written) {
        AgentConstruction.Split split = splits.get(written);
        if (split == null) {
            split = AgentConstruction.of(written);
            if (!split.hasAgent()) {
                split = new AgentConstruction.Split(written, null, null);
            }
            splits.put(written, split);
        }
        return split;
    }

    /** Sights the parties a name stands for: itself, or the principal and the agent of a construction. */
    private void sightParties(Map<String, Sighting> fresh, List<AgentLink> agents, String written, TradeRole role,
            String country) {
        AgentConstruction.Split split = split(written);
        if (!split.hasAgent()) {
            sight(fresh, written, role, country);
            return;
        }
        sight(fresh, split.principal(), role, country);
        sight(fresh, split.agent(), TradeRole.INTERMEDIARY, country);
        if (related.add(List.of(split.agent(), split.principal()))) {
            agents.add(new AgentLink(split.agent(), split.principal(), split.marker(), written));
        }
    }

    /** A party for a name nothing matched: a company in the country it ships from or to, in the role it plays. */
    Party newParty(Sighting sighting, Instant now) {
        return partyFor(sighting.found(), sighting.country(), Set.of(sighting.role()), batch.agency(), batch.startedBy(), now);
    }

    /**
     * A company for a name as trade records write it: the name without its registry numbers, which
     * become its identifiers; the import creates one, and so does an analyst rejecting a proposal.
     */
    static Party partyFor(RegistryNumbers.Found found, String country, Set<TradeRole> roles, String agency, String createdBy,
            Instant now) {
        List<Identifier> identifiers = found.numbers().stream()
                .map(n -> new Identifier(n.type(), n.value(), n.country())).distinct().toList();
        PartyDetails details = new PartyDetails(PartyKind.COMPANY, found.name(), country, null, List.of(), identifiers,
                List.of(), roles);
        return new Party(details, agency, createdBy, now);
    }

    private void sight(Map<String, Sighting> fresh, String written, TradeRole role, String country) {
        if (!partyOf.containsKey(written) && !fresh.containsKey(written)) {
            fresh.put(written, new Sighting(written, RegistryNumbers.in(written), role, country));
        }
    }

    /** The match, unless its party was planned for a chunk the database did not take. */
    private PartyMatcher.Match existing(PartyMatcher.Match remembered) {
        return remembered == null || lost.contains(remembered.party()) ? null : remembered;
    }

    private static PartyMatcher.Match better(PartyMatcher.Match a, PartyMatcher.Match b) {
        if (a == null) {
            return b;
        }
        return b == null || a.score() >= b.score() ? a : b;
    }

    /** A name first seen in this chunk: as written, without its registry numbers, in its role and country. */
    record Sighting(String written, RegistryNumbers.Found found, TradeRole role, String country) {

        PartyMatcher.Name name() {
            return new PartyMatcher.Name(found.name(), country == null ? null : country.toUpperCase(Locale.ROOT),
                    found.numbers().stream().map(RegistryNumbers.Number::key).toList());
        }
    }
}
