package org.interdict.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessPolicy;
import org.interdict.domain.model.evidence.Evidence;
import org.interdict.domain.model.evidence.EvidenceRepository;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The text inside evidence files: the background reader's steps (claim the next item, record what it
 * read or why it could not), and what people ask of it (the text of an item, reading it again). Each
 * reading is an event in the item's chain of custody, by {@code system:text-extraction}; the text reaches
 * the search index through the outbox, in the transaction that records it.
 */
@ApplicationScoped
@Transactional
public class EvidenceTextService {

    static final String SERVICE = "text-extraction";
    /** Readers that never end with an item (a node dying on it, a parser that hangs) get this many tries. */
    static final int MAX_ATTEMPTS = 3;

    private EvidenceTexts texts;
    private EvidenceRepository evidence;
    private SearchOutbox outbox;
    private AuditRecorder audit;
    private AccessPolicy access;
    private Duration stale;

    /** For the CDI container's client proxy. */
    protected EvidenceTextService() {
    }

    @Inject
    public EvidenceTextService(EvidenceTexts texts, EvidenceRepository evidence, SearchOutbox outbox, AuditRecorder audit,
            AccessPolicy access, @ConfigProperty(name = "interdict.evidence.text-claim-minutes", defaultValue = "30") long staleMinutes) {
        this.texts = texts;
        this.evidence = evidence;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.stale = Duration.ofMinutes(staleMinutes);
    }

    /** The text of an item as read, with where reading stands: a custody event. */
    public EvidenceText text(UUID id) {
        Evidence item = visible(id);
        EvidenceTexts.State state = texts.states(List.of(id)).get(id);
        String content = texts.texts(List.of(id)).get(id);
        audit.event("EVIDENCE_TEXT_VIEWED", EvidenceService.TARGET, id.toString(), Map.of("characters", content == null ? 0 : content.length()));
        TextState shown = TextState.of(state);
        return new EvidenceText(id, access.canRead(item.owningAgency()) ? shown : shown.asPartnerSees(), content);
    }

    /**
     * Reads an item again (after a failure, or with a newer reader): analysts and supervisors of its agency.
     * An item already waiting or being read stays as it is.
     */
    public TextState readAgain(UUID id) {
        Evidence item = visible(id);
        access.requireWork(item.owningAgency(), "have evidence read again");
        EvidenceTexts.State state = texts.states(List.of(id)).get(id);
        if (state != null && (state.status() == TextStatus.PENDING || state.status() == TextStatus.RUNNING)) {
            // Already waiting or being read: asking again changes nothing.
            return TextState.of(state);
        }
        texts.queue(id);
        audit.event("EVIDENCE_TEXT_REQUEUED", EvidenceService.TARGET, id.toString(),
                Map.of("previously", state == null ? "never read" : state.status().name()));
        return TextState.of(texts.states(List.of(id)).get(id));
    }

    /** The next item due, claimed for this node; empty when none waits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<EvidenceTexts.Claim> claim(String node) {
        return texts.claim(node, stale, MAX_ATTEMPTS);
    }

    /** Records what was read from a claimed item: searchable from the next indexing round. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(EvidenceTexts.Claim claim, String node, TextExtraction.Extracted extracted, long millis) {
        if (!texts.done(claim, node, extracted, millis)) {
            // Another reader holds it now, or it was queued again: that reading decides.
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sha256", claim.sha256());
        facts.put("characters", extracted.text().length());
        facts.put("language", extracted.language());
        facts.put("ocr", extracted.ocr());
        facts.put("truncated", extracted.truncated());
        facts.put("millis", millis);
        audit.bySystem(SERVICE, claim.owningAgency(), "EVIDENCE_TEXT_EXTRACTED", EvidenceService.TARGET, claim.evidenceId().toString(), facts);
        outbox.enqueue(RecordType.EVIDENCE, claim.evidenceId().toString());
    }

    /** Records that a claimed item could not be read, and why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(EvidenceTexts.Claim claim, String node, String reason, long millis) {
        if (!texts.failed(claim, node, reason, millis)) {
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("sha256", claim.sha256());
        facts.put("reason", reason);
        facts.put("attempt", claim.attempt());
        audit.bySystem(SERVICE, claim.owningAgency(), "EVIDENCE_TEXT_FAILED", EvidenceService.TARGET, claim.evidenceId().toString(), facts);
        // The item's document says that reading failed (text of an earlier reading stays searchable).
        outbox.enqueue(RecordType.EVIDENCE, claim.evidenceId().toString());
    }

    private Evidence visible(UUID id) {
        return evidence.find(id).filter(e -> access.canSeeEvidence(e.id(), e.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("evidence", id));
    }

    /** An item's text and where reading it stands. */
    public record EvidenceText(UUID id, TextState extraction, String text) {
    }
}
