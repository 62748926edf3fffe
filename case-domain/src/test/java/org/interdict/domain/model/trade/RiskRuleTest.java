package org.interdict.domain.model.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

class RiskRuleTest {

    private final RiskRule rule = RiskRule.forDestinations(List.of("RU", "BY", "IR", "KP", "SY"));

    @Test
    void listedGoodsOfEveryTierToASanctionedDestinationRaiseAFlag() {
        for (ChpTier tier : ChpTier.values()) {
            assertTrue(rule.flags(tier, "RU"), tier.label());
        }
        assertTrue(rule.flags(ChpTier.TIER_3B, "KP"));
    }

    @Test
    void listedGoodsElsewhereUnlistedGoodsAndRecordsWithoutADestinationRaiseNone() {
        assertFalse(rule.flags(ChpTier.TIER_1, "KZ"));
        assertFalse(rule.flags(null, "RU"));
        assertFalse(rule.flags(ChpTier.TIER_1, null));
    }

    @Test
    void theRuleFollowsItsListNotAConstant() {
        RiskRule withoutSyria = RiskRule.forDestinations(List.of("RU", "BY", "IR", "KP"));
        assertFalse(withoutSyria.flags(ChpTier.TIER_1, "SY"));
        RiskRule none = RiskRule.forDestinations(List.of());
        assertFalse(none.flags(ChpTier.TIER_1, "RU"));
    }

    @Test
    void onlyTheFlaggedTiersRaiseAFlag() {
        RiskRule electronics = new RiskRule(Set.of("RU"), EnumSet.of(ChpTier.TIER_1, ChpTier.TIER_2));
        assertTrue(electronics.flags(ChpTier.TIER_2, "RU"));
        assertFalse(electronics.flags(ChpTier.TIER_4A, "RU"));
    }

    @Test
    void destinationsAreCountryCodes() {
        assertThrows(IllegalArgumentException.class, () -> RiskRule.forDestinations(List.of("ru")));
        assertThrows(IllegalArgumentException.class, () -> RiskRule.forDestinations(List.of("RUS")));
        assertEquals(Set.of("BY", "RU"), RiskRule.forDestinations(List.of("RU", "BY")).sanctionedDestinations());
    }
}
