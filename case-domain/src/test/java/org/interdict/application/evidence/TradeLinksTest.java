package org.interdict.application.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

class TradeLinksTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    @Test
    void aRequestNamesEachRecordOnceInItsOrder() {
        assertEquals(List.of(B, A), TradeLinks.requested(List.of(B, A, B)));
        assertEquals(List.of(), TradeLinks.requested(List.of()));
    }

    @Test
    void aRequestWithoutListWithAnEmptyIdOrWithTooManyIdsIsRefused() {
        assertThrows(InvalidInputException.class, () -> TradeLinks.requested(null));
        assertThrows(InvalidInputException.class, () -> TradeLinks.requested(Arrays.asList(A, null)));
        List<UUID> many = IntStream.range(0, TradeLinks.MAX_PER_CALL + 1).mapToObj(i -> UUID.randomUUID()).toList();
        InvalidInputException tooMany = assertThrows(InvalidInputException.class, () -> TradeLinks.requested(many));
        assertTrue(tooMany.getMessage().contains("1000"));
        assertEquals(TradeLinks.MAX_PER_CALL, TradeLinks.requested(many.subList(0, TradeLinks.MAX_PER_CALL)).size());
    }

    @Test
    void unknownRecordsAndOtherAgenciesRecordsAreRefusedInTheSameWords() {
        List<UUID> refused = TradeLinks.refused(List.of(A, B, C), Map.of(A, "ECA", B, "OSI"), "ECA");
        assertEquals(List.of(B, C), refused);
        String unknown = TradeLinks.refusal(List.of(C), "ECA");
        String foreign = TradeLinks.refusal(List.of(B), "ECA");
        assertEquals(unknown.replace(C.toString(), "?"), foreign.replace(B.toString(), "?"));
        assertFalse(foreign.contains("OSI"), "the other agency is not named");
    }

    @Test
    void aRefusalNamesTenIdsAndCountsTheRest() {
        List<UUID> refused = IntStream.range(0, 25).mapToObj(i -> UUID.randomUUID()).toList();
        String message = TradeLinks.refusal(refused, "ECA");
        assertTrue(message.contains("these 25"));
        assertTrue(message.contains(refused.get(9).toString()));
        assertFalse(message.contains(refused.get(10).toString()));
        assertTrue(message.contains("and 15 more"));
    }

    @Test
    void theAuditEventListsAtMostAHundredIdsAndAlwaysTheCount() {
        List<UUID> linked = IntStream.range(0, 250).mapToObj(i -> UUID.randomUUID()).toList();
        Map<String, Object> facts = TradeLinks.linkedFacts("ICT-2026-000001", 300, linked);
        assertEquals(250, facts.get("count"));
        assertEquals(300, facts.get("requested"));
        assertEquals(TradeLinks.IDS_IN_EVENT, ((List<?>) facts.get("tradeRecords")).size());
        assertEquals(linked.get(0).toString(), ((List<?>) facts.get("tradeRecords")).get(0));
        assertEquals(150, facts.get("more"));
        assertEquals(0, TradeLinks.linkedFacts("ICT-2026-000001", 2, List.of(A, B)).get("more"));
    }

    @Test
    void filesAndTradeRecordsAreOneListOldestFirstFilesFirstAmongEquals() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        EvidenceView early = file(t0);
        EvidenceView late = file(t0.plusSeconds(20));
        TradeEvidenceView sameTime = trade(t0);
        TradeEvidenceView between = trade(t0.plusSeconds(10));
        List<TradeEvidenceView> trades = new ArrayList<>(List.of(between, sameTime));
        Collections.reverse(trades);
        assertEquals(List.of(early, sameTime, between, late), TradeLinks.merged(List.of(early, late), trades));
        assertEquals(EvidenceItem.FILE, early.kind());
        assertEquals(EvidenceItem.TRADE_RECORD, between.kind());
    }

    @Test
    void aFileIsOfKindFile() {
        assertThrows(IllegalArgumentException.class, () -> new EvidenceView(null, "ICT-2026-000001", "a", null, null, null, null,
                null, null, "text/plain", 0, "0".repeat(64), "INTERNAL", List.of(), Instant.now(), "alice", Instant.now(), 0, null,
                EvidenceItem.TRADE_RECORD));
    }

    private static EvidenceView file(Instant at) {
        return new EvidenceView(UUID.randomUUID(), "ICT-2026-000001", "a.pdf", null, null, null, null, null, null,
                "application/pdf", 1, "0".repeat(64), "INTERNAL", List.of(), at, "alice", at, 0, null);
    }

    private static TradeEvidenceView trade(Instant at) {
        return new TradeEvidenceView(EvidenceItem.TRADE_RECORD, UUID.randomUUID(), "ICT-2026-000001", "D-1", 1,
                LocalDate.of(2024, 3, 1), org.interdict.domain.model.trade.DatePrecision.DAY, false, "854231", "1", true, new BigDecimal("1000.00"), "EUR", new BigDecimal("1080.00"), null, null, null,
                "Exporter", "Consignee", "CN", "RU", at, "alice");
    }
}
