package org.interdict.web.ui.parties;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.interdict.application.trade.TradeViews;
import org.interdict.web.ui.Texts;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A party's trade risk and trade network as the JSON the page's charts read from a
 * {@code <script type="application/json">} block: the service's figures, shaped for the charts, with the
 * texts they draw. Written so that it cannot end the script element it sits in.
 */
final class TradeJson {

    /** The most months a chart spreads the flagged shipments over (ten years). */
    private static final int MAX_MONTHS = 120;

    private TradeJson() {
    }

    static String risk(TradeViews.Risk risk, String contextPath) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("lang", Texts.locale().toLanguageTag())
                .add("partyUrl", contextPath + "/party.xhtml?id=")
                .add("texts", texts())
                .add("shipments", risk.all().shipments())
                .add("flagged", risk.flagged().shipments());
        JsonArrayBuilder tiers = Json.createArrayBuilder();
        risk.flaggedByTier().stream().sorted(Comparator.comparing(TradeViews.Bucket::key))
                .forEach(b -> tiers.add(bucket(b.key(), b.shipments(), b.valueUsd())));
        json.add("tiers", tiers);
        JsonArrayBuilder months = Json.createArrayBuilder();
        months(risk.flaggedByMonth()).forEach(b -> months.add(bucket(b.key(), b.shipments(), b.valueUsd())));
        json.add("months", months);
        JsonArrayBuilder counterparts = Json.createArrayBuilder();
        risk.flaggedByCounterpart().stream().limit(10).forEach(c -> {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("name", c.name() == null ? "" : c.name())
                    .add("role", c.role() == null ? "" : c.role())
                    .add("shipments", c.shipments())
                    .add("valueUsd", c.valueUsd());
            if (c.party() != null && PartyEdit.parse(c.party()).isPresent()) {
                o.add("id", c.party());
            }
            counterparts.add(o);
        });
        json.add("counterparts", counterparts);
        return safe(json.build());
    }

    static String network(TradeViews.Network network, String contextPath) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("lang", Texts.locale().toLanguageTag())
                .add("partyUrl", contextPath + "/party.xhtml?id=")
                .add("texts", texts())
                .add("root", network.root())
                .add("depth", network.depth())
                .add("truncated", network.truncated());
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (TradeViews.Node node : network.nodes()) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            node.roles().stream().sorted().forEach(roles::add);
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("id", node.party())
                    .add("distance", node.distance())
                    .add("roles", roles)
                    .add("known", node.name() != null && PartyEdit.parse(node.party()).isPresent());
            if (node.name() != null) {
                o.add("name", node.name());
            }
            nodes.add(o);
        }
        json.add("nodes", nodes);
        JsonArrayBuilder edges = Json.createArrayBuilder();
        for (TradeViews.Edge edge : network.edges()) {
            edges.add(Json.createObjectBuilder()
                    .add("from", edge.from())
                    .add("to", edge.to())
                    .add("shipments", edge.shipments())
                    .add("flagged", edge.flagged())
                    .add("valueUsd", edge.valueUsd())
                    .add("first", day(edge.first()))
                    .add("last", day(edge.last())));
        }
        json.add("edges", edges);
        return safe(json.build());
    }

    /** Every month from the first to the last with flagged shipments, those without any as zero. */
    static List<TradeViews.Bucket> months(List<TradeViews.Bucket> byMonth) {
        Map<YearMonth, TradeViews.Bucket> known = new LinkedHashMap<>();
        for (TradeViews.Bucket bucket : byMonth) {
            try {
                known.put(YearMonth.parse(bucket.key().length() > 7 ? bucket.key().substring(0, 7) : bucket.key()), bucket);
            } catch (DateTimeParseException notAMonth) {
                return byMonth;
            }
        }
        if (known.isEmpty()) {
            return List.of();
        }
        YearMonth first = known.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = known.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        List<TradeViews.Bucket> all = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last) && all.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            TradeViews.Bucket b = known.get(m);
            all.add(new TradeViews.Bucket(m.toString(), b == null ? 0 : b.shipments(), b == null ? 0 : b.valueUsd()));
        }
        return all;
    }

    private static JsonObject bucket(String key, long shipments, double valueUsd) {
        return Json.createObjectBuilder().add("key", key).add("shipments", shipments).add("valueUsd", valueUsd).build();
    }

    /** The texts under {@code js.} in the parties bundle, for the charts to draw. */
    private static JsonObject texts() {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.PARTIES, Texts.locale(), TradeJson.class.getClassLoader());
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (key.startsWith("js.")) {
                texts.add(key.substring(3), bundle.getString(key));
            }
        }
        return texts.build();
    }

    private static String day(String value) {
        return value == null ? "" : value.length() > 10 ? value.substring(0, 10) : value;
    }

    /**
     * The JSON with {@code <}, {@code >} and {@code &} written as Unicode escapes: the same value for
     * JSON.parse, and no {@code </script>} or comment opener can appear in the page.
     */
    static String safe(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
