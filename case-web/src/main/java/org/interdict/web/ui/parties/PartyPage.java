package org.interdict.web.ui.parties;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.interdict.application.Page;
import org.interdict.application.casefile.CaseListQuery;
import org.interdict.application.casefile.CaseService;
import org.interdict.application.casefile.CaseView;
import org.interdict.application.party.PartyService;
import org.interdict.application.party.PartySummary;
import org.interdict.application.party.PartyView;
import org.interdict.application.party.RelationshipView;
import org.interdict.application.trade.TradeViewService;
import org.interdict.application.trade.TradeViews;
import org.interdict.web.ui.Formats;
import org.interdict.web.ui.Texts;
import org.interdict.web.ui.Ui;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A party's page (/party.xhtml?id=): what is known of it, its relationships and cases, and its trade:
 * the risk view (key figures and charts) and the trade network (a graph whose depth the reader chooses).
 * The charts read the service's figures from JSON blocks in the page; no other request is needed.
 */
@Named("partyPage")
@ViewScoped
public class PartyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CASES_SHOWN = 10;

    @Inject
    PartyService parties;

    @Inject
    TradeViewService trade;

    @Inject
    CaseService cases;

    @Inject
    Formats fmt;

    private String id;
    private PartyView party;
    private List<RelationshipView> relationships = List.of();
    private List<CaseView> partyCases = List.of();
    private long caseTotal;

    private TradeViews.Risk risk;
    private String riskJson = "{}";
    private String riskError;
    private String firstShipment;
    private String lastShipment;

    private int depth = 2;
    private TradeViews.Network network;
    private String networkJson = "{}";
    private String networkError;

    private String relateKind = PartyForm.RELATIONSHIP_KINDS.get(0);
    private PartyView relateTo;
    private String relateNote;
    private final Map<String, PartyView> suggestions = new HashMap<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        Optional<UUID> uuid = PartyEdit.parse(id);
        party = uuid.flatMap(u -> Ui.attempt(() -> parties.get(u))).orElse(null);
        if (party == null) {
            // No such party, or none the caller may see: the same page and the same status, whatever the reason.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        loadRelationships();
        Ui.attempt(() -> cases.list(new CaseListQuery(null, null, null, party.id(), null, null, 0, CASES_SHOWN)))
                .ifPresent(page -> {
                    partyCases = page.items();
                    caseTotal = page.total();
                });
        loadRisk();
        loadNetwork();
    }

    private void loadRelationships() {
        relationships = Ui.attempt(() -> parties.relationships(party.id())).orElse(List.of());
    }

    private void loadRisk() {
        try {
            risk = trade.risk(party.id());
            riskJson = TradeJson.risk(risk, contextPath());
        } catch (RuntimeException e) {
            riskError = Ui.inWords(e).orElseThrow(() -> e);
        }
    }

    private void loadNetwork() {
        try {
            network = trade.network(party.id(), depth, null);
            networkJson = TradeJson.network(network, contextPath());
            networkError = null;
            String root = network.root();
            List<TradeViews.Edge> own = network.edges().stream()
                    .filter(e -> root.equals(e.from()) || root.equals(e.to())).toList();
            own.stream().map(TradeViews.Edge::first).filter(d -> d != null && !d.isBlank()).min(Comparator.naturalOrder())
                    .ifPresent(d -> firstShipment = d);
            own.stream().map(TradeViews.Edge::last).filter(d -> d != null && !d.isBlank()).max(Comparator.naturalOrder())
                    .ifPresent(d -> lastShipment = d);
        } catch (RuntimeException e) {
            network = null;
            networkJson = "{}";
            networkError = Ui.inWords(e).orElseThrow(() -> e);
        }
    }

    /** The reader chose another depth: the network is read again and the graph redrawn by the script. */
    public void changeDepth() {
        if (party != null) {
            depth = Math.max(1, Math.min(4, depth));
            loadNetwork();
        }
    }

    // Relationships

    public List<PartyView> complete(String query) {
        if (query == null || query.strip().length() < 2 || party == null) {
            return List.of();
        }
        List<PartyView> found = Ui.attempt(() -> parties.list(query.strip(), null, null, 0, 12)).map(Page::items)
                .orElse(List.of()).stream().filter(p -> !p.id().equals(party.id())).toList();
        found.forEach(p -> suggestions.put(p.id().toString(), p));
        return found;
    }

    public void relate() {
        if (relateTo == null) {
            Ui.error(Texts.text(Texts.PARTIES, "page.relate.pick"));
            return;
        }
        PartyView other = relateTo;
        Ui.attempt(() -> parties.relate(party.id(), relateKind, other.id(), PartyForm.blank(relateNote))).ifPresent(r -> {
            Ui.info(Texts.text(Texts.PARTIES, "page.relationship.added", party.primaryName(),
                    Texts.text(Texts.PARTIES, "rel." + r.kind()).toLowerCase(Texts.locale()), other.primaryName()));
            relateTo = null;
            relateNote = null;
            loadRelationships();
        });
    }

    public void unrelate(RelationshipView relationship) {
        if (Ui.run(() -> parties.unrelate(party.id(), relationship.id()))) {
            Ui.info(Texts.text(Texts.PARTIES, "page.relationship.removed"));
        }
        loadRelationships();
    }

    public boolean outgoing(RelationshipView relationship) {
        return relationship.from().id().equals(party.id());
    }

    /** The other end of the relationship, seen from this party. */
    public PartySummary other(RelationshipView relationship) {
        return outgoing(relationship) ? relationship.to() : relationship.from();
    }

    /** "Owns", "Owned by" …: how this party stands to the other. */
    public String relationLabel(RelationshipView relationship) {
        return Texts.text(Texts.PARTIES, (outgoing(relationship) ? "rel." : "relin.") + relationship.kind());
    }

    public String removeMessage(RelationshipView relationship) {
        return Texts.text(Texts.PARTIES, "page.relationship.remove.message", relationship.from().primaryName(),
                relationship.to().primaryName());
    }

    public Converter<PartyView> getPartyConverter() {
        return new SuggestionConverter(suggestions);
    }

    /** Turns a suggested party into its id and back (from the suggestions this view has shown). */
    private static final class SuggestionConverter implements Converter<PartyView>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, PartyView> suggestions;

        SuggestionConverter(Map<String, PartyView> suggestions) {
            this.suggestions = suggestions;
        }

        @Override
        public PartyView getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null ? null : suggestions.get(value.strip());
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, PartyView value) {
            return value == null ? "" : value.id().toString();
        }
    }

    // Trade risk, in words

    public boolean isHasTrade() {
        return risk != null && risk.all().shipments() > 0;
    }

    public boolean isHasFlagged() {
        return risk != null && risk.flagged().shipments() > 0;
    }

    /** Share of the shipments that are flagged, from 0 to 1. */
    public double getFlaggedShare() {
        return isHasTrade() ? (double) risk.flagged().shipments() / risk.all().shipments() : 0;
    }

    public List<TradeViews.Bucket> getTiers() {
        return risk == null ? List.of()
                : risk.flaggedByTier().stream().sorted(Comparator.comparing(TradeViews.Bucket::key)).toList();
    }

    public List<TradeViews.Bucket> getMonths() {
        return risk == null ? List.of() : TradeJson.months(risk.flaggedByMonth());
    }

    public List<TradeViews.Counterpart> getCounterparts() {
        return risk == null ? List.of() : risk.flaggedByCounterpart().stream().limit(10).toList();
    }

    public String getTiersSummary() {
        return summary("risk.tiers.summary", getTiers().stream()
                .map(b -> tier(b.key()) + ": " + fmt.number(b.shipments())));
    }

    public String getMonthsSummary() {
        return summary("risk.months.summary", risk == null ? java.util.stream.Stream.empty()
                : risk.flaggedByMonth().stream().map(b -> month(b.key()) + ": " + fmt.number(b.shipments())));
    }

    public String getCounterpartsSummary() {
        return summary("risk.counterparts.summary", getCounterparts().stream()
                .map(c -> c.name() + ": " + fmt.number(c.shipments())));
    }

    public String getValuesSummary() {
        return summary("risk.values.summary", risk == null ? java.util.stream.Stream.empty()
                : risk.flaggedByMonth().stream().map(b -> month(b.key()) + ": " + fmt.money(b.valueUsd(), "USD")));
    }

    private static String summary(String key, java.util.stream.Stream<String> parts) {
        return Texts.text(Texts.PARTIES, key, parts.collect(Collectors.joining("; ")));
    }

    public String tier(String key) {
        return Texts.text(Texts.PARTIES, "risk.tier", key);
    }

    /** "Mar 2023" for "2023-03", in the reader's language. */
    public String month(String key) {
        try {
            return java.time.YearMonth.parse(key).format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Texts.locale()));
        } catch (RuntimeException notAMonth) {
            return key;
        }
    }

    // Trade network, in words

    public List<Integer> getDepths() {
        return List.of(1, 2, 3, 4);
    }

    public String depthLabel(int hops) {
        return Texts.text(Texts.PARTIES, "network.depth.option", hops);
    }

    public String getNetworkSummary() {
        if (network == null) {
            return "";
        }
        long flagged = network.edges().stream().filter(e -> e.flagged() > 0).count();
        return Texts.text(Texts.PARTIES, "network.summary", network.nodes().size(), network.edges().size(), flagged);
    }

    /** One line of the network's table: both ends named (or said to be undisclosed), with the figures. */
    public record Link(String fromId, String fromName, boolean fromKnown, String toId, String toName, boolean toKnown,
            TradeViews.Edge edge) {
    }

    public List<Link> getLinks() {
        if (network == null) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        network.nodes().forEach(n -> names.put(n.party(), n.name()));
        String undisclosed = Texts.text(Texts.PARTIES, "network.undisclosed");
        List<Link> links = new ArrayList<>();
        for (TradeViews.Edge e : network.edges()) {
            String from = names.get(e.from());
            String to = names.get(e.to());
            links.add(new Link(e.from(), from == null ? undisclosed : from, from != null && PartyEdit.parse(e.from()).isPresent(),
                    e.to(), to == null ? undisclosed : to, to != null && PartyEdit.parse(e.to()).isPresent(), e));
        }
        links.sort(Comparator.comparing((Link l) -> l.edge().flagged()).reversed()
                .thenComparing(Comparator.comparing((Link l) -> l.edge().shipments()).reversed()));
        return links;
    }

    // Labels

    public String countryName(String code) {
        return Countries.name(code);
    }

    public String addressLine(PartyView.AddressView a) {
        return java.util.stream.Stream.of(a.street(), a.city(), a.region(), a.postalCode(), Countries.name(a.country()))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** The screening page with this party's primary name filled in. */
    public String getScreeningUrl() {
        return contextPath() + "/screening.xhtml?name=" + URLEncoder.encode(party.primaryName(), StandardCharsets.UTF_8);
    }

    public String caseUrl(String reference) {
        return contextPath() + "/case.xhtml?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    // Properties

    /** A text of the parties bundle with its argument filled in, for labels the page builds per row. */
    public String text(String key, Object argument) {
        return Texts.text(Texts.PARTIES, key, argument);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PartyView getParty() {
        return party;
    }

    public List<RelationshipView> getRelationships() {
        return relationships;
    }

    public List<CaseView> getCases() {
        return partyCases;
    }

    public long getCaseTotal() {
        return caseTotal;
    }

    public long getMoreCases() {
        return Math.max(0, caseTotal - partyCases.size());
    }

    public TradeViews.Risk getRisk() {
        return risk;
    }

    public String getRiskJson() {
        return riskJson;
    }

    public String getRiskError() {
        return riskError;
    }

    public String getFirstShipment() {
        return firstShipment;
    }

    public String getLastShipment() {
        return lastShipment;
    }

    public int getDepth() {
        return depth;
    }

    public void setDepth(int depth) {
        this.depth = depth;
    }

    public TradeViews.Network getNetwork() {
        return network;
    }

    public String getNetworkJson() {
        return networkJson;
    }

    public String getNetworkError() {
        return networkError;
    }

    public List<String> getRelationshipKinds() {
        return PartyForm.RELATIONSHIP_KINDS;
    }

    public String getRelateKind() {
        return relateKind;
    }

    public void setRelateKind(String relateKind) {
        this.relateKind = relateKind;
    }

    public PartyView getRelateTo() {
        return relateTo;
    }

    public void setRelateTo(PartyView relateTo) {
        this.relateTo = relateTo;
    }

    public String getRelateNote() {
        return relateNote;
    }

    public void setRelateNote(String relateNote) {
        this.relateNote = relateNote;
    }
}
