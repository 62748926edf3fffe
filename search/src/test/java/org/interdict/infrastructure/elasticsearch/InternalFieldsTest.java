package org.interdict.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.search.UserQuery;
import org.interdict.application.security.InternalField;
import org.interdict.application.security.Visibility;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The index, the search box and the views follow the one list of {@link InternalField}s. */
class InternalFieldsTest {

    private static final Visibility PARTNER = new Visibility(null, "PCU");
    private static final Visibility OWNER = new Visibility("ECA", null);

    @Test
    void aPartnersQueryNeverSearchesAnInternalField() {
        List<String> partnerText = SearchIndices.textFields(PARTNER);
        SearchIndices.internalFields().forEach(field -> assertFalse(partnerText.contains(field), field));
        assertTrue(SearchIndices.textFields(OWNER).containsAll(SearchIndices.INTERNAL_TEXT));
    }

    @Test
    void everyInternalFieldTheIndexSearchesIsOnTheList() {
        assertTrue(SearchIndices.internalFields().containsAll(SearchIndices.INTERNAL_TEXT));
    }

    @Test
    void theIndexHoldsTheInternalFieldsItsDocumentsCarry() {
        Set<String> held = SearchIndices.internalFields().stream().collect(Collectors.toSet());
        assertEquals(Set.of(CaseDocument.ASSIGNEE, CaseDocument.PRIORITY, CaseDocument.TAGS, TradeRecordDocument.RESOLVED_NAMES,
                EvidenceDocument.ADDED_BY), held);
    }

    @Test
    void everyBoxFilterOnAnInternalFieldIsAWordInAPartnersBox() {
        Arrays.stream(UserQuery.Field.values()).filter(UserQuery.Field::internal).forEach(field -> {
            UserQuery owner = UserQuery.parse(field.prefix() + ":x", false);
            UserQuery partner = UserQuery.parse(field.prefix() + ":x", true);
            assertTrue(owner.terms().get(0) instanceof UserQuery.Filter, field.name());
            assertFalse(partner.terms().stream().anyMatch(t -> t instanceof UserQuery.Filter), field.name());
        });
        // and every internal field that the index holds can be filtered by its owners
        Set<InternalField> filterable = Arrays.stream(UserQuery.Field.values()).flatMap(f -> f.internalField().stream())
                .collect(Collectors.toSet());
        Arrays.stream(InternalField.values()).filter(f -> CaseDocument.field(f).isPresent())
                .forEach(f -> assertTrue(filterable.contains(f), f.name()));
    }
}
