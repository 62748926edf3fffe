package org.interdict.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.InvalidInputException;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;
import org.interdict.application.audit.AuditEventView;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.Releases;
import org.interdict.domain.model.audit.AuditTrail;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.evidence.Evidence;
import org.interdict.domain.model.evidence.EvidenceDetails;
import org.interdict.domain.model.evidence.EvidenceRepository;
import org.interdict.domain.model.shared.Changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Evidence on cases as analysts, supervisors, auditors and partners use it: attaching a file, reading
 * and correcting what is known about it, sharing it, downloading and verifying it, and its chain of
 * custody. Who may see an item is {@link AccessPolicy}'s answer (a partner: released to it with its
 * case); an item the caller may not see answers as if it did not exist. Every access to an item
 * (attached, viewed, edited, shared, downloaded, verified) is an audit event on it, in the same
 * transaction; the events about an item are its chain of custody.
 *
 * <p>Files are received outside any transaction by {@link EvidenceUploads}; this service records them.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    static final String TARGET = "evidence";
    private static final String CASE_TARGET = "case";

    private EvidenceRepository evidence;
    private CaseRepository cases;
    private EvidenceStore store;
    private AccessPolicy access;
    private AuditRecorder audit;
    private AuditTrail trail;
    private Releases releases;
    private EvidenceTexts texts;
    private SearchOutbox outbox;

    /** For the CDI container's client proxy. */
    protected EvidenceService() {
    }

    @Inject
    public EvidenceService(EvidenceRepository evidence, CaseRepository cases, EvidenceStore store, AccessPolicy access,
            AuditRecorder audit, AuditTrail trail, Releases releases, EvidenceTexts texts, SearchOutbox outbox) {
        this.evidence = evidence;
        this.cases = cases;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.trail = trail;
        this.releases = releases;
        this.texts = texts;
        this.outbox = outbox;
    }

    /** The checked request to attach a file, before its content is read: refusals come before the upload. */
    public record Attachment(EvidenceDetails details, Releases.Release release) {
    }

    /**
     * Refuses an attachment that would be refused whatever the file: no such case (or none the caller
     * may see), not an analyst or supervisor of its agency, a closed case, invalid metadata, sharing by
     * someone who is no supervisor.
     */
    public Attachment checkAttachment(String reference, EvidenceInput input, String releasability, List<String> agencies) {
        CaseFile caseFile = workableCase(reference, false);
        EvidenceDetails details = input.toDetails();
        Releases.Release release = null;
        if (releasability != null && !releasability.isBlank()) {
            release = releases.check(releasability, agencies);
            requireRelease(caseFile.owningAgency());
            var checked = release;
            InvalidInputException.check(() -> org.interdict.domain.model.shared.Sharing.recipients(checked.releasability(),
                    checked.agencies(), caseFile.owningAgency()));
        } else if (agencies != null && !agencies.isEmpty()) {
            throw new InvalidInputException("Name the releasability (SHARED) with the agencies to share the evidence with.");
        }
        return new Attachment(details, release);
    }

    /**
     * Records a received file on the case, after its content was checked: keeps the file, then writes
     * the row (so that no row ever points at nothing). Content the case already holds is not stored
     * twice: the answer is the item attached before.
     */
    public Attached attach(String reference, Attachment attachment, EvidenceStore.Staged staged, String mediaType) {
        // Locked, so that the same content sent twice at once is attached once.
        CaseFile caseFile = workableCase(reference, true);
        var existing = evidence.findByContent(caseFile.id(), staged.sha256());
        if (existing.isPresent()) {
            Evidence item = existing.get();
            audit.event("EVIDENCE_RESUBMITTED", TARGET, item.id().toString(), Map.of("case", reference, "sha256", item.sha256(),
                    "name", attachment.details().name()));
            return new Attached(true, view(item, caseFile));
        }
        try {
            staged.keep();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = now();
        Evidence item = InvalidInputException.check(() -> new Evidence(caseFile.id(), caseFile.owningAgency(), attachment.details(),
                mediaType, staged.size(), staged.sha256(), access.caller().username(), now));
        if (attachment.release() != null) {
            item.releaseTo(attachment.release().releasability(), attachment.release().agencies(), now);
        }
        evidence.add(item);
        // Its text is read in the background (EvidenceTextService); its document is searchable by what is written about it now.
        texts.queue(item.id());
        outbox.enqueue(RecordType.EVIDENCE, item.id().toString());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("case", reference);
        facts.put("name", item.name());
        facts.put("mediaType", mediaType);
        facts.put("size", item.size());
        facts.put("sha256", item.sha256());
        facts.put("handlingMarking", attachment.details().handlingMarking());
        facts.put("releasability", item.releasability().name());
        facts.put("sharedWith", List.copyOf(item.sharedWith()));
        audit.event("EVIDENCE_ADDED", TARGET, item.id().toString(), facts);
        audit.event("EVIDENCE_ATTACHED", CASE_TARGET, reference, Map.of("evidence", item.id().toString(), "name", item.name(),
                "sha256", item.sha256()));
        evidence.flush();
        return new Attached(false, view(item, caseFile));
    }

    /** The items of a case the caller may see, oldest first: a partner sees only those released to it, and no count of the others. */
    public List<EvidenceView> list(String reference) {
        CaseFile caseFile = visibleCase(reference);
        List<Evidence> items = evidence.ofCase(caseFile.id());
        Set<UUID> visible = access.visibleEvidence(items.stream().collect(Collectors.toMap(Evidence::id, Evidence::owningAgency)));
        List<Evidence> shown = items.stream().filter(e -> visible.contains(e.id())).toList();
        Map<UUID, EvidenceTexts.State> states = texts.states(shown.stream().map(Evidence::id).toList());
        return shown.stream().map(e -> view(e, caseFile, states.get(e.id()))).toList();
    }

    /** One item's metadata; reading it is a custody event. */
    public EvidenceView get(UUID id) {
        Evidence item = visible(id);
        audit.event("EVIDENCE_VIEWED", TARGET, id.toString(), Map.of());
        return view(item);
    }

    /** Corrects what is written about an item (analysts and supervisors of its agency, its case not closed). */
    public EvidenceView edit(UUID id, Long expectedVersion, EvidenceInput input) {
        Evidence item = workable(id, expectedVersion, "edit evidence");
        EvidenceDetails details = input.toDetails();
        Changes changes = item.describe(details, now());
        if (!changes.isEmpty()) {
            audit.changed("EVIDENCE_EDITED", TARGET, id.toString(), changes);
            outbox.enqueue(RecordType.EVIDENCE, id.toString());
            evidence.flush();
        }
        return view(item);
    }

    /** Shares an item with named partner agencies, or withdraws it: supervisors of its agency. */
    public EvidenceView release(UUID id, Long expectedVersion, String releasability, List<String> agencies) {
        Releases.Release release = releases.check(releasability, agencies);
        Evidence item = workable(id, expectedVersion, "share evidence");
        requireRelease(item.owningAgency());
        Changes changes = InvalidInputException.check(() -> item.releaseTo(release.releasability(), release.agencies(), now()));
        if (!changes.isEmpty()) {
            audit.changed(release.agencies().isEmpty() ? "EVIDENCE_WITHDRAWN" : "EVIDENCE_SHARED", TARGET, id.toString(), changes);
            outbox.enqueue(RecordType.EVIDENCE, id.toString());
            evidence.flush();
        }
        return view(item);
    }

    /** The file of an item, to send; the download is a custody event, recorded when it is asked for. */
    public Download download(UUID id) {
        Evidence item = visible(id);
        if (!store.exists(item.sha256())) {
            throw new ConflictException("The file of evidence " + id + " is missing from the evidence store; verify it and tell an administrator.");
        }
        audit.event("EVIDENCE_DOWNLOADED", TARGET, id.toString(), Map.of("sha256", item.sha256(), "size", item.size()));
        String sha256 = item.sha256();
        return new Download(view(item), () -> store.open(sha256));
    }

    /** Recomputes the file's SHA-256 and compares it with the one recorded when it was received. */
    public Verification verify(UUID id) {
        Evidence item = visible(id);
        String found;
        try {
            found = store.recompute(item.sha256()).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean intact = item.sha256().equals(found);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("intact", intact);
        facts.put("recorded", item.sha256());
        facts.put("found", found);
        audit.event("EVIDENCE_VERIFIED", TARGET, id.toString(), facts);
        return new Verification(id, intact, item.sha256(), found, now());
    }

    /** Everything that happened to an item, oldest first, with actor and time: its own agency's readers only. */
    public List<AuditEventView> custody(UUID id) {
        Evidence item = visible(id);
        if (!access.canReadAudit(item.owningAgency())) {
            throw new AccessDeniedException("The chain of custody of evidence stays within the agency that owns it ("
                    + item.owningAgency() + ").");
        }
        List<AuditEventView> events = trail.about(TARGET, id.toString()).stream().map(AuditEventView::of).toList();
        audit.event("CUSTODY_VIEWED", TARGET, id.toString(), Map.of("events", events.size()));
        return events;
    }

    // ---------------------------------------------------------------------------------------------

    private Evidence visible(UUID id) {
        return evidence.find(id).filter(e -> access.canSeeEvidence(e.id(), e.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("evidence", id));
    }

    private Evidence workable(UUID id, Long expectedVersion, String what) {
        Evidence item = visible(id);
        access.requireWork(item.owningAgency(), what);
        if (expectedVersion == null) {
            throw new VersionRequiredException("evidence " + id);
        }
        if (expectedVersion != item.version()) {
            throw new StaleVersionException("Evidence " + id, item.version());
        }
        CaseFile caseFile = cases.findById(item.caseId()).orElseThrow(() -> new RecordNotFoundException("evidence", id));
        requireOpen(caseFile);
        return item;
    }

    private CaseFile visibleCase(String reference) {
        return cases.findByReference(reference).filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
    }

    private CaseFile workableCase(String reference, boolean lock) {
        CaseFile caseFile = (lock ? cases.findByReferenceForUpdate(reference) : cases.findByReference(reference))
                .filter(c -> access.canSee(RecordType.CASE, c.id(), c.owningAgency()))
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        access.requireWork(caseFile.owningAgency(), "attach evidence to cases");
        requireOpen(caseFile);
        return caseFile;
    }

    private static void requireOpen(CaseFile caseFile) {
        if (caseFile.isClosed()) {
            throw new ConflictException("Case " + caseFile.reference() + " is closed: its evidence no longer changes; "
                    + "open a new case for new findings.");
        }
    }

    private void requireRelease(String owningAgency) {
        if (!access.canRelease(owningAgency)) {
            throw new AccessDeniedException("Only supervisors of agency " + owningAgency + " may share or withdraw its evidence.");
        }
    }

    private EvidenceView view(Evidence item) {
        CaseFile caseFile = cases.findById(item.caseId()).orElseThrow(() -> new RecordNotFoundException("evidence", item.id()));
        return view(item, caseFile);
    }

    private EvidenceView view(Evidence item, CaseFile caseFile) {
        return view(item, caseFile, texts.states(List.of(item.id())).get(item.id()));
    }

    private EvidenceView view(Evidence item, CaseFile caseFile, EvidenceTexts.State text) {
        EvidenceView view = EvidenceView.of(item, caseFile.reference(), TextState.of(text));
        return access.canRead(item.owningAgency()) ? view : view.asPartnerSees(access.caller().agency());
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
