package org.interdict.infrastructure.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fields a hit matched in are named in words in its reasons, never as the index's field names. */
class FieldWordsTest {

    @Test
    void fieldNamesBecomeWords() {
        assertEquals("resolved names", ElasticsearchRecordSearch.inWords("resolvedNames"));
        assertEquals("goods description", ElasticsearchRecordSearch.inWords("goods.description"));
        assertEquals("names", ElasticsearchRecordSearch.inWords("names"));
    }
}
