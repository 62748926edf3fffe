package org.interdict.domain.model.trade;

import java.util.Arrays;

/**
 * The tiers of the Common High Priority items list (EU, US, UK and Japan): tier 1 are the integrated
 * circuits that Russia's weapons cannot do without, tier 2 the other electronics they need, tiers 3
 * and 4 the parts and machine tools that can be sourced elsewhere more easily.
 */
public enum ChpTier {
    TIER_1("1"), TIER_2("2"), TIER_3A("3.A"), TIER_3B("3.B"), TIER_4A("4.A"), TIER_4B("4.B");

    private final String label;

    ChpTier(String label) {
        this.label = label;
    }

    /** As the list writes it: 1, 2, 3.A, 3.B, 4.A, 4.B. */
    public String label() {
        return label;
    }

    public static ChpTier ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No CHP tier '" + label + "'"));
    }
}
