package org.interdict.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    @Test
    void factsReadAsNamesAndValues() {
        assertEquals("evidence: 42; name: invoice.pdf; sha256: ab12",
                AuditDetails.readable("{\"evidence\":\"42\",\"name\":\"invoice.pdf\",\"sha256\":\"ab12\"}"));
    }

    @Test
    void aChangeReadsBeforeAndAfter() {
        assertEquals("priority: MEDIUM → HIGH; assignee: — → bruno",
                AuditDetails.readable("{\"changes\":{\"priority\":{\"before\":\"MEDIUM\",\"after\":\"HIGH\"},"
                        + "\"assignee\":{\"before\":null,\"after\":\"bruno\"}}}"));
    }

    @Test
    void listsBooleansAndCamelCase() {
        assertEquals("shared with: PCU, OSI; intact: yes; handling marking: OFFICIAL; subjects: none",
                AuditDetails.readable("{\"sharedWith\":[\"PCU\",\"OSI\"],\"intact\":true,\"handlingMarking\":\"OFFICIAL\",\"subjects\":[]}"));
    }

    @Test
    void longListsAreCut() {
        String ids = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "\"" + i + "\"").collect(java.util.stream.Collectors.joining(","));
        assertEquals("ids: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 2 more", AuditDetails.readable("{\"ids\":[" + ids + "]}"));
    }

    @Test
    void textThatIsNoJsonStaysAsItIs() {
        assertEquals("not json", AuditDetails.readable("not json"));
        assertEquals("", AuditDetails.readable(null));
    }
}
