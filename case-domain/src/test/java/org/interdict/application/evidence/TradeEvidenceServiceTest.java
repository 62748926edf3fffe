package org.interdict.application.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interdict.application.ConflictException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Caller;
import org.interdict.application.security.NoReleases;
import org.interdict.application.security.Role;
import org.interdict.application.trade.TradeImports;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.casefile.CaseDetails;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.DecisionOutcome;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.casefile.Priority;
import org.interdict.domain.model.casefile.Proposal;
import org.interdict.domain.model.party.PartyRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A trade record that a standing proposal relies on stays linked; once the proposal no longer stands, it may go. */
class TradeEvidenceServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final CaseFile caseFile = new CaseFile("ICT-2026-000007", new CaseDetails("Case", null, Priority.HIGH, null, Set.of(),
            null), "ECA", "alice", NOW);
    private final UUID record = UUID.randomUUID();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<UUID> unlinked = new ArrayList<>();

    private final TradeEvidenceService service = new TradeEvidenceService(
            proxy(TradeEvidence.class, (method, args) -> {
                if (method.equals("unlink")) {
                    unlinked.add((UUID) args[1]);
                    return false;
                }
                throw new AssertionError(method);
            }),
            proxy(TradeImports.class, (method, args) -> {
                throw new AssertionError(method);
            }),
            proxy(CaseRepository.class, (method, args) -> switch (method) {
                case "findByReferenceForUpdate" -> Optional.of(caseFile);
                case "proposalsOf" -> List.copyOf(proposals);
                default -> throw new AssertionError(method);
            }),
            proxy(PartyRepository.class, (method, args) -> {
                throw new AssertionError(method);
            }),
            null,
            new AccessPolicy(() -> new Caller("alice", "Alice", "ECA", Set.of(Role.ANALYST)), new NoReleases()),
            new AuditRecorder(() -> new Caller("alice", "Alice", "ECA", Set.of(Role.ANALYST)), proxy(AuditTrail.class, (method, args) -> {
                throw new AssertionError("nothing is unlinked, so nothing is audited: " + method);
            })));

    private Proposal relyingOnTheRecord() {
        return new Proposal(caseFile.id(), Measure.EXPORT_BAN, "Art. 4", "Shipments.", List.of(), Set.of(UUID.randomUUID()),
                List.of(EvidenceRef.tradeRecord(record)), "alice", NOW);
    }

    @Test
    void aRecordThatAPendingProposalReliesOnStaysLinked() {
        Proposal pending = relyingOnTheRecord();
        proposals.add(pending);
        ConflictException refused = assertThrows(ConflictException.class, () -> service.unlink(caseFile.reference(), record));
        assertTrue(refused.getMessage().contains("pending proposal " + pending.id()), refused.getMessage());
        assertTrue(refused.getMessage().contains("relies on it"), refused.getMessage());
        assertEquals(List.of(), unlinked);
    }

    @Test
    void aRecordThatAnApprovedProposalReliesOnStaysLinked() {
        Proposal approved = relyingOnTheRecord();
        approved.decide(DecisionOutcome.APPROVED, "Holds.", "carla", NOW);
        proposals.add(approved);
        ConflictException refused = assertThrows(ConflictException.class, () -> service.unlink(caseFile.reference(), record));
        assertTrue(refused.getMessage().contains("approved proposal " + approved.id()), refused.getMessage());
    }

    @Test
    void aRecordOfAReturnedProposalOrOfNoneMayBeUnlinked() {
        Proposal returned = relyingOnTheRecord();
        returned.decide(DecisionOutcome.RETURNED, "More work.", "carla", NOW);
        proposals.add(returned);
        service.unlink(caseFile.reference(), record);
        service.unlink(caseFile.reference(), UUID.randomUUID());
        assertEquals(2, unlinked.size());
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
