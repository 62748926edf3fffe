package org.interdict.application.trade;

import jakarta.enterprise.context.ApplicationScoped;

import org.interdict.domain.model.trade.ChpTier;
import org.interdict.domain.model.trade.HsCode;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Common High Priority items list (EU, US, UK and Japan, version of 23 February 2024): 50 HS-6
 * subheadings in six tiers. A declared code is on the list when its first six digits are.
 */
@ApplicationScoped
public class ChpList {

    /** One listed subheading. */
    public record Item(String hs6, ChpTier tier, String description, String listVersion) {
    }

    private final Map<String, Item> byHs6;

    public ChpList() {
        Map<String, Item> items = new HashMap<>();
        ReferenceData.rows(ReferenceData.CHP_LIST, row -> items.put(row.get("hs6"), new Item(row.get("hs6"),
                ChpTier.ofLabel(row.get("tier")), row.get("hs2022_description"), row.get("list_version"))));
        byHs6 = Collections.unmodifiableMap(items);
    }

    public Optional<Item> classify(HsCode code) {
        return Optional.ofNullable(byHs6.get(code.hs6()));
    }

    public Collection<Item> items() {
        return byHs6.values();
    }
}
