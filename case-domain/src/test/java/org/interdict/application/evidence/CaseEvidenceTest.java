package org.interdict.application.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.InvalidInputException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Role;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.casefile.CaseDetails;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Priority;
import org.interdict.domain.model.evidence.Evidence;
import org.interdict.domain.model.evidence.EvidenceDetails;
import org.interdict.domain.model.evidence.EvidenceRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which ids are evidence of a case: files of this case and trade records linked to it, nothing else, in the same words. */
class CaseEvidenceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final CaseFile thisCase = caseFile("ICT-2026-000001");
    private final CaseFile otherCase = caseFile("ICT-2026-000002");
    private final Evidence fileOfThisCase = file(thisCase, "a");
    private final Evidence fileOfOtherCase = file(otherCase, "b");
    private final TradeImports.StoredRecord linked = record();
    private final TradeImports.StoredRecord notLinked = record();

    private final CaseEvidence evidence = new CaseEvidence(files(fileOfThisCase, fileOfOtherCase), links(thisCase, linked.id()),
            records(linked, notLinked), new AccessPolicy(() -> new Caller("alice", "Alice", "ECA", Set.of(Role.ANALYST)),
                    new NoReleases()));

    @Test
    void aFileOfTheCaseAndATradeRecordLinkedToItAreItsEvidence() {
        assertEquals(List.of(EvidenceRef.file(fileOfThisCase.id()), EvidenceRef.tradeRecord(linked.id())),
                evidence.require(thisCase, List.of(fileOfThisCase.id().toString(), linked.id().toString(),
                        fileOfThisCase.id().toString().toUpperCase()), "evidence"));
    }

    @Test
    void anotherCasesFileAnUnlinkedRecordAndAnUnknownIdGetTheSameAnswer() {
        for (UUID id : List.of(fileOfOtherCase.id(), notLinked.id(), UUID.randomUUID())) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> evidence.require(thisCase, List.of(id.toString()), "evidence"));
            assertEquals(CaseEvidence.notEvidence(id.toString(), thisCase, "evidence"), refused.getMessage());
            assertTrue(refused.getMessage().startsWith("'" + id + "' in evidence is not evidence of case ICT-2026-000001"));
        }
    }

    @Test
    void somethingThatIsNoIdIsRefusedByName() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> evidence.require(thisCase, List.of("EV-1"), "the evidence of reason 2"));
        assertTrue(refused.getMessage().startsWith("'EV-1' in the evidence of reason 2 is not evidence of case"));
    }

    @Test
    void theRefusalOfNoEvidenceSaysHowToAttachOrLink() {
        String message = CaseEvidence.noEvidence("ICT-2026-000001");
        assertTrue(message.contains("attach a file"));
        assertTrue(message.contains("link trade records"));
    }

    @Test
    void resolvedEvidenceShowsWhatADecisionNeeds() {
        EvidenceRef fileRef = EvidenceRef.file(fileOfThisCase.id());
        EvidenceRef recordRef = EvidenceRef.tradeRecord(linked.id());
        EvidenceRef written = EvidenceRef.asWritten("EV-7");
        EvidenceRef foreign = EvidenceRef.file(fileOfOtherCase.id());
        Map<EvidenceRef, ReliedEvidence> shown = evidence.resolve(thisCase, List.of(fileRef, recordRef, written, foreign));
        assertEquals("a.txt", shown.get(fileRef).name());
        assertEquals(fileOfThisCase.sha256(), shown.get(fileRef).sha256());
        assertEquals("DECL-1", shown.get(recordRef).declarationNumber());
        assertEquals("Shanghai H Win", shown.get(recordRef).exporterName());
        assertEquals("Declaration DECL-1 line 1 of 2024-03-01", shown.get(recordRef).label());
        assertEquals("EV-7", shown.get(written).label());
        assertFalse(shown.get(foreign).available(), "another case's file is never shown through this case");
    }

    private static CaseFile caseFile(String reference) {
        return new CaseFile(reference, new CaseDetails("Case", null, Priority.MEDIUM, null, Set.of(), null), "ECA", "alice", NOW);
    }

    private static Evidence file(CaseFile caseFile, String name) {
        return new Evidence(caseFile.id(), "ECA", new EvidenceDetails(name + ".txt", null, null, null, null, null, null),
                "text/plain", 10, name.repeat(64), "alice", NOW);
    }

    private static TradeImports.StoredRecord record() {
        return new TradeImports.StoredRecord(UUID.randomUUID(), "ECA", "DECL-1", 1, LocalDate.of(2024, 3, 1),
                org.interdict.domain.model.trade.DatePrecision.DAY, false, "851712",
                "Helmets", "Shanghai H Win", "Silva LLC", "CN", "CN", "RU", BigDecimal.TEN, "USD", BigDecimal.TEN, null, "TIER_1",
                true, UUID.randomUUID(), NOW, null, null, null, null, null);
    }

    private static EvidenceRepository files(Evidence... items) {
        return proxy(EvidenceRepository.class, (method, args) -> switch (method) {
            case "find" -> java.util.Arrays.stream(items).filter(e -> e.id().equals(args[0])).findFirst();
            default -> throw new AssertionError(method);
        });
    }

    private static TradeEvidence links(CaseFile caseFile, UUID linkedRecord) {
        return proxy(TradeEvidence.class, (method, args) -> switch (method) {
            case "ofCase" -> args[0].equals(caseFile.id()) ? List.of(new TradeEvidence.Link(linkedRecord, "alice", NOW)) : List.of();
            default -> throw new AssertionError(method);
        });
    }

    private static TradeImports records(TradeImports.StoredRecord... all) {
        return proxy(TradeImports.class, (method, args) -> switch (method) {
            case "records" -> java.util.Arrays.stream(all).filter(r -> ((Collection<?>) args[0]).contains(r.id())).toList();
            default -> throw new AssertionError(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }

}
