package org.interdict.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/json, text/csv;q=0.5",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
            "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "application/problem+json; charset=\"utf-8\"", "text/csv;q=1.000"})
    void acceptHeadersThatClientsSendAreValid(String header) {
        assertTrue(MediaTypes.validList(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=x", "application/json;q=", "application/json;q=2", "a/b/c", ";;;", "json", ""})
    void malformedAcceptHeadersAreNot(String header) {
        assertFalse(MediaTypes.validList(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/csv; charset=UTF-8", "application/json;charset=utf-8"})
    void oneMediaTypeIsAValidContentType(String header) {
        assertTrue(MediaTypes.validSingle(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=", "text/csv;q=0.5", "a/b/c", "application/json, text/plain", ";;;"})
    void listsWeightsAndGarbageAreNoContentType(String header) {
        assertFalse(MediaTypes.validSingle(header), header);
    }
}
