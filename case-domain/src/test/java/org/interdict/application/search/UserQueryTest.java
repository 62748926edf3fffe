package org.interdict.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.application.projection.RecordType;
import org.interdict.application.search.UserQuery.Field;
import org.interdict.application.search.UserQuery.Filter;
import org.interdict.application.search.UserQuery.Phrase;
import org.interdict.application.search.UserQuery.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

class UserQueryTest {

    @Test
    void wordsPhrasesExclusionsAndFilters() {
        UserQuery query = UserQuery.parse("thermal \"body armour\" -helmets -\"Hong Kong\" country:CN -status:closed type:\"case\"");
        assertEquals(List.of(new Word("thermal", false), new Phrase("body armour", false), new Word("helmets", true),
                new Phrase("Hong Kong", true), new Filter(Field.COUNTRY, "CN", false), new Filter(Field.STATUS, "closed", true),
                new Filter(Field.TYPE, "case", false)), query.terms());
        assertEquals(List.of("thermal"), query.words());
        assertEquals(3, query.filters().size());
    }

    @Test
    void anUnknownPrefixAndStraySyntaxAreText() {
        UserQuery query = UserQuery.parse("ref*:{x} foo:bar \"unclosed - AND OR ( ) :");
        assertEquals(List.of(new Word("ref*:{x}", false), new Word("foo:bar", false), new Phrase("unclosed - AND OR ( ) :", false)),
                query.terms());
    }

    @Test
    void punctuationAloneAndEmptyFilterValuesAreDropped() {
        assertTrue(UserQuery.parse("  - ... \"\" country: ").isEmpty(), UserQuery.parse(" - ... \"\" country: ").terms().toString());
        assertTrue(UserQuery.parse(null).isEmpty());
    }

    @Test
    void aPartnerCannotFilterOnInternalFields() {
        assertEquals(List.of(new Filter(Field.ASSIGNEE, "alice", false)), UserQuery.parse("assignee:alice", false).terms());
        assertEquals(List.of(new Word("assignee:alice", false)), UserQuery.parse("assignee:alice", true).terms());
        assertEquals(List.of(new Filter(Field.COUNTRY, "RU", false)), UserQuery.parse("country:RU", true).terms());
    }

    @Test
    void prefixesAreCaseInsensitiveAndHaveLongForms() {
        assertEquals(List.of(new Filter(Field.IDENTIFIER, "INN:7701234567", false), new Filter(Field.REFERENCE, "ICT-2026-000001", false)),
                UserQuery.parse("ID:INN:7701234567 reference:ICT-2026-000001").terms());
    }

    @Test
    void overlongTextIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> UserQuery.parse("x".repeat(501)));
        assertTrue(refused.getMessage().contains("500"));
    }

    @Test
    void typeFiltersNameAKindOfRecord() {
        assertEquals(RecordType.PARTY, SearchService.recordType("parties"));
        assertEquals(RecordType.CASE, SearchService.recordType("Case"));
        assertEquals(RecordType.DESIGNATION, SearchService.recordType("designations"));
        assertThrows(InvalidInputException.class, () -> SearchService.recordType("vessel"));
    }
}
