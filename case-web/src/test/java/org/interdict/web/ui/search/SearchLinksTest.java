package org.interdict.web.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.search.UserQuery;
import org.junit.jupiter.api.Test;

class SearchLinksTest {

    @Test
    void aFacetAddsItsFilterToTheText() {
        assertEquals("silva country:RU", SearchLinks.with(" silva ", UserQuery.Field.COUNTRY, "RU"));
        assertEquals("type:party", SearchLinks.with(null, UserQuery.Field.TYPE, "party"));
        assertEquals("silva agency:\"X Y\"", SearchLinks.with("silva", UserQuery.Field.AGENCY, "X Y"));
    }

    @Test
    void aChipRemovesExactlyItsFilterAndKeepsTheRest() {
        UserQuery query = UserQuery.parse("silva \"body armour\" -helmets type:trade flagged:true country:RU");
        UserQuery.Filter flagged = SearchLinks.find(query, UserQuery.Field.FLAGGED, "true").orElseThrow();
        assertEquals("silva \"body armour\" -helmets type:trade country:RU", SearchLinks.without(query, flagged));
    }

    @Test
    void recordTypesCompareByTheTypeTheyName() {
        UserQuery query = UserQuery.parse("type:trade silva");
        assertTrue(SearchLinks.has(query, UserQuery.Field.TYPE, "trade_record"));
    }
}
