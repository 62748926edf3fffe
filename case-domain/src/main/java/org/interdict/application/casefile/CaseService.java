package org.interdict.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.interdict.application.ConflictException;
import org.interdict.application.Enums;
import org.interdict.application.Inputs;
import org.interdict.application.InvalidInputException;
import org.interdict.application.Page;
import org.interdict.application.RecordNotFoundException;
import org.interdict.application.StaleVersionException;
import org.interdict.application.VersionRequiredException;
import org.interdict.application.audit.AuditRecorder;
import org.interdict.application.designation.DesignationView;
import org.interdict.application.evidence.CaseEvidence;
import org.interdict.application.evidence.ReliedEvidence;
import org.interdict.application.identity.UserDirectory;
import org.interdict.application.party.PartySummary;
import org.interdict.application.projection.RecordType;
import org.interdict.application.projection.SearchOutbox;
import org.interdict.application.security.AccessDeniedException;
import org.interdict.application.security.AccessPolicy;
import org.interdict.application.security.InternalField;
import org.interdict.application.security.Caller;
import org.interdict.application.security.Releases;
import org.interdict.domain.model.casefile.CaseDetails;
import org.interdict.domain.model.casefile.CaseFile;
import org.interdict.domain.model.casefile.CaseNote;
import org.interdict.domain.model.casefile.Priority;
import org.interdict.domain.model.casefile.CaseReference;
import org.interdict.domain.model.casefile.CaseRepository.CaseFilter;
import org.interdict.domain.model.casefile.CaseRepository;
import org.interdict.domain.model.casefile.CaseStatus;
import org.interdict.domain.model.casefile.DecisionOutcome;
import org.interdict.domain.model.casefile.EvidenceRef;
import org.interdict.domain.model.casefile.Measure;
import org.interdict.domain.model.casefile.Proposal;
import org.interdict.domain.model.casefile.Transition;
import org.interdict.domain.model.casefile.Workflow.Verdict;
import org.interdict.domain.model.casefile.Workflow;
import org.interdict.domain.model.designation.Designation;
import org.interdict.domain.model.designation.DesignationRepository;
import org.interdict.domain.model.party.Party;
import org.interdict.domain.model.party.PartyRepository;
import org.interdict.domain.model.shared.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The designation workflow, as analysts and supervisors use it: opening and editing cases, linking
 * subjects, writing notes, proposing, deciding, publishing and closing. Every rule of the workflow is
 * checked here (through {@link Workflow} and {@link AccessPolicy}) for every interface alike, and
 * every change and every read of a case is audited in the same transaction.
 *
 * <p>Steps that change a case's state lock its row first, so that two supervisors deciding the same
 * proposal at once are served one after the other: the second finds the proposal decided.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    static final String TARGET = "case";
    private static final int MAX_PAGE = 500;

    private CaseRepository cases;
    private PartyRepository parties;
    private DesignationRepository designations;
    private AccessPolicy access;
    private AuditRecorder audit;
    private Releases releases;
    private SearchOutbox outbox;
    private UserDirectory directory;
    private CaseEvidence evidence;

    /** For the CDI container's client proxy. */
    protected CaseService() {
    }

    @Inject
    public CaseService(CaseRepository cases, PartyRepository parties, DesignationRepository designations,
            AccessPolicy access, AuditRecorder audit, Releases releases, SearchOutbox outbox, UserDirectory directory,
            CaseEvidence evidence) {
        this.cases = cases;
        this.parties = parties;
        this.designations = designations;
        this.access = access;
        this.audit = audit;
        this.releases = releases;
        this.outbox = outbox;
        this.directory = directory;
        this.evidence = evidence;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    public CaseView get(String reference) {
        CaseFile caseFile = visible(reference);
        audit.event("CASE_VIEWED", TARGET, reference, Map.of());
        return view(caseFile);
    }

    public Page<CaseView> list(CaseListQuery query) {
        Caller caller = access.caller();
        List<String> agencies = query.agency() == null || query.agency().isBlank()
                ? List.of(caller.agency()) : List.of(query.agency().strip());
        agencies = agencies.stream().filter(access::canRead).toList();
        int offset = query.offset();
        int limit = query.limit();
        Page.checkWindow(offset, limit, MAX_PAGE);
        String partner = access.partnerAgency();
        if (agencies.isEmpty() && partner == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        List<Priority> priorities = query.priorities() == null ? null
                : query.priorities().stream().map(p -> Enums.required(Priority.class, "priority", p)).toList();
        String tag = blankToNull(query.tag());
        if (agencies.isEmpty() && (blankToNull(query.assignee()) != null
                || java.util.Set.of("priority", "-priority").contains(String.valueOf(blankToNull(query.sort())))
                || (priorities != null && !priorities.isEmpty()) || tag != null)) {
            throw new InvalidInputException("Cases shared with your agency are not filtered by " + InternalField.ASSIGNEE.label()
                    + ", " + InternalField.PRIORITY.label() + " or " + InternalField.TAGS.label() + ", nor sorted by "
                    + InternalField.PRIORITY.label() + ": those stay within the agency that owns a case.");
        }
        List<CaseStatus> statuses = query.statuses() == null ? null
                : query.statuses().stream().map(s -> Enums.required(CaseStatus.class, "status", s)).toList();
        CaseFilter filter = new CaseFilter(agencies, statuses == null || statuses.isEmpty() ? null : statuses,
                blankToNull(query.assignee()), query.subject(), query.dueBefore(), null,
                sort(query.sort()), offset, limit, partner, priorities, tag == null ? null : tag.toLowerCase(java.util.Locale.ROOT));
        return page(filter);
    }

    /** An analyst's work: open cases assigned to them, most urgent first. */
    public Page<CaseView> myQueue(int offset, int limit) {
        Page.checkWindow(offset, limit, MAX_PAGE);
        Caller caller = access.caller();
        if (!access.canRead(caller.agency())) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return page(new CaseFilter(List.of(caller.agency()),
                List.of(CaseStatus.OPEN, CaseStatus.INVESTIGATING, CaseStatus.RETURNED, CaseStatus.PROPOSED, CaseStatus.APPROVED),
                caller.username(), null, null, null, CaseRepository.Sort.PRIORITY_DESC,
                offset, limit));
    }

    /**
     * A supervisor's work: proposals of their agency that wait for a decision they may take (not their
     * own: four eyes), the longest waiting first.
     */
    public Page<CaseView> awaitingDecision(int offset, int limit) {
        Page.checkWindow(offset, limit, MAX_PAGE);
        Caller caller = access.caller();
        if (!access.workflowActors(caller.agency()).contains(Workflow.Actor.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors have proposals awaiting their decision.");
        }
        return page(awaitingDecisionFilter(caller.agency(), caller.username(), offset, limit));
    }

    /**
     * The proposed cases of the agency that the supervisor did not propose, oldest first by their last
     * change: that is when the case was proposed, unless its description was edited while it waits
     * (which then counts as the time it started to wait).
     */
    static CaseFilter awaitingDecisionFilter(String agency, String supervisor, int offset, int limit) {
        return new CaseFilter(List.of(agency), List.of(CaseStatus.PROPOSED), null, null, null,
                supervisor, CaseRepository.Sort.UPDATED, offset, limit);
    }

    public List<NoteView> notes(String reference) {
        CaseFile caseFile = internals(reference, InternalField.NOTES);
        return cases.notesOf(caseFile.id()).stream().map(NoteView::of).toList();
    }

    public List<ProposalView> proposals(String reference) {
        CaseFile caseFile = internals(reference, InternalField.PROPOSALS);
        return cases.proposalsOf(caseFile.id()).stream().map(p -> proposalView(caseFile, p)).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    public CaseView open(CaseInput input) {
        String agency = access.requireWorkInOwnAgency("open cases");
        CaseDetails details = input.toDetails();
        if (details.assignee() != null) {
            details = withAssignee(details, agency);
        }
        // Everything is checked before a reference is taken, so that refused requests leave no gaps in the numbering.
        List<UUID> subjects = input.subjects() == null ? List.of()
                : new LinkedHashSet<>(input.subjects()).stream().map(subject -> subjectParty(subject, agency).id()).toList();
        Instant now = now();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        CaseFile caseFile = new CaseFile(CaseReference.of(year, cases.nextNumber()), details, agency,
                access.caller().username(), now);
        subjects.forEach(subject -> caseFile.addSubject(subject, now));
        cases.add(caseFile);
        changed(caseFile);
        audit.event("CASE_OPENED", TARGET, caseFile.reference(), Map.of(
                "title", caseFile.title(), "priority", caseFile.priority().name(),
                "assignee", caseFile.assignee(), "subjects", ids(caseFile.subjects())));
        return view(caseFile);
    }

    public CaseView edit(String reference, Long expectedVersion, CaseInput input) {
        CaseFile caseFile = workable(reference, expectedVersion, "edit cases", false);
        CaseDetails details = input.subjects() != null ? refuseSubjects() : input.toDetails();
        CaseDetails checked = details.assignee() == null || details.assignee().equals(caseFile.assignee()) ? details
                : withAssignee(details, caseFile.owningAgency());
        var changes = guardedChange(() -> caseFile.edit(checked, now()));
        if (!changes.isEmpty()) {
            audit.changed("CASE_EDITED", TARGET, reference, changes);
            changed(caseFile);
            cases.flush();
        }
        return view(caseFile);
    }

    public CaseView assign(String reference, Long expectedVersion, String assignee) {
        if (PlainText.isBlank(assignee)) {
            throw new InvalidInputException("Name the user to assign the case to.");
        }
        String named = InvalidInputException.check(() -> PlainText.line(assignee, "the assignee", 100));
        CaseFile caseFile = workable(reference, expectedVersion, "assign cases", false);
        String username = requireAssignable(named, caseFile.owningAgency());
        var changes = guardedChange(() -> caseFile.assignTo(username, now()));
        if (!changes.isEmpty()) {
            audit.changed("CASE_ASSIGNED", TARGET, reference, changes);
            changed(caseFile);
            cases.flush();
        }
        return view(caseFile);
    }

    public NoteView addNote(String reference, String text) {
        // A note is added beside the case, not onto it: the case's version does not change, none is needed.
        CaseFile caseFile = cases.findByReference(reference).filter(this::canSee)
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        access.requireWork(caseFile.owningAgency(), "write notes on cases");
        guarded(() -> {
            caseFile.requireOpenForNotes();
            return true;
        });
        CaseNote note = InvalidInputException.check(() -> new CaseNote(caseFile.id(), access.caller().username(), text, now()));
        cases.add(note);
        audit.event("NOTE_ADDED", TARGET, reference, Map.of("note", note.id().toString(), "length", note.text().length()));
        return NoteView.of(note);
    }

    public CaseView addSubject(String reference, Long expectedVersion, UUID partyId) {
        CaseFile caseFile = workable(reference, expectedVersion, "link parties to cases", false);
        Party party = subjectParty(partyId, caseFile.owningAgency());
        if (guarded(() -> caseFile.addSubject(party.id(), now()))) {
            audit.event("SUBJECT_ADDED", TARGET, reference, Map.of("party", party.id().toString(), "name", party.primaryName()));
            changed(caseFile);
            // A subject of a shared case is released with it: who may see the party's names changed.
            outbox.enqueueWithEmbedders(RecordType.PARTY, party.id().toString());
            cases.flush();
        }
        return view(caseFile);
    }

    public CaseView removeSubject(String reference, Long expectedVersion, UUID partyId) {
        CaseFile caseFile = workable(reference, expectedVersion, "unlink parties from cases", false);
        if (!caseFile.subjects().contains(partyId)) {
            throw new RecordNotFoundException("subject", partyId + " on case " + reference);
        }
        if (guarded(() -> caseFile.removeSubject(partyId, now()))) {
            audit.event("SUBJECT_REMOVED", TARGET, reference, Map.of("party", partyId.toString()));
            changed(caseFile);
            outbox.enqueueWithEmbedders(RecordType.PARTY, partyId.toString());
            cases.flush();
        }
        return view(caseFile);
    }

    public CaseView startInvestigation(String reference, Long expectedVersion) {
        return step(reference, expectedVersion, Transition.START_INVESTIGATION, null);
    }

    public CaseView resumeInvestigation(String reference, Long expectedVersion) {
        return step(reference, expectedVersion, Transition.RESUME_INVESTIGATION, null);
    }

    /** Closes a case: after a rejection (CLOSED), or before any approval without action (CLOSED_NO_ACTION). */
    public CaseView close(String reference, Long expectedVersion, String rationale) {
        CaseFile caseFile = workable(reference, expectedVersion, "close cases", true);
        Transition transition = caseFile.status() == CaseStatus.REJECTED ? Transition.CLOSE : Transition.CLOSE_NO_ACTION;
        if (transition == Transition.CLOSE_NO_ACTION) {
            check(caseFile, transition, false, rationale);
            cases.pendingProposalOf(caseFile.id()).ifPresent(pending -> {
                pending.withdraw(rationale, access.caller().username(), now());
                releaseSubjects(pending.subjects());
                audit.event("PROPOSAL_WITHDRAWN", TARGET, reference, Map.of(
                        "proposal", pending.id().toString(), "rationale", pending.rationale()));
            });
        }
        return move(caseFile, transition, rationale, false);
    }

    /**
     * Shares the case with named partner agencies, or withdraws it (INTERNAL): supervisors of the
     * owning agency only. Partners then see what the case shows (its description and subjects),
     * never its notes, proposals or audit trail.
     */
    public CaseView release(String reference, Long expectedVersion, String releasability, List<String> agencies) {
        Releases.Release release = releases.check(releasability, agencies);
        CaseFile caseFile = workable(reference, expectedVersion, "share cases", false);
        if (!access.canRelease(caseFile.owningAgency())) {
            throw new AccessDeniedException("Only supervisors of agency " + caseFile.owningAgency() + " may share or withdraw its cases.");
        }
        var changes = InvalidInputException.check(() -> caseFile.releaseTo(release.releasability(), release.agencies(), now()));
        if (!changes.isEmpty()) {
            audit.changed(release.agencies().isEmpty() ? "CASE_WITHDRAWN" : "CASE_SHARED", TARGET, reference, changes);
            changed(caseFile);
            outbox.enqueueWithEmbedders(RecordType.CASE, reference);
            // Who may find its subjects changed with the case, and so which documents may show their names.
            caseFile.subjects().forEach(subject -> outbox.enqueueWithEmbedders(RecordType.PARTY, subject.toString()));
            cases.flush();
        }
        return view(caseFile);
    }

    public CaseView propose(String reference, Long expectedVersion, ProposalInput input) {
        Measure measure = Enums.required(Measure.class, "measure", input.measure());
        CaseFile caseFile = workable(reference, expectedVersion, "propose designations", true);
        check(caseFile, Transition.PROPOSE, false, null);
        Set<UUID> subjects = input.subjects() == null || input.subjects().isEmpty()
                ? new LinkedHashSet<>(caseFile.subjects()) : new LinkedHashSet<>(input.subjects());
        for (UUID subject : subjects) {
            if (!caseFile.subjects().contains(subject)) {
                throw new InvalidInputException("Party " + subject + " is not a subject of case " + reference
                        + "; link it to the case before proposing it.");
            }
        }
        if (subjects.isEmpty()) {
            throw new InvalidInputException("A proposal must name at least one subject party; case " + reference
                    + " has none: link the parties it concerns first.");
        }
        List<EvidenceRef> named = evidence.require(caseFile, input.evidence(), "evidence");
        List<Proposal.Reason> reasons = reasons(caseFile, input.reasons());
        if (named.isEmpty() && reasons.stream().allMatch(r -> r.evidence().isEmpty())) {
            throw new InvalidInputException(CaseEvidence.noEvidence(reference));
        }
        Proposal proposal = InvalidInputException.check(() -> new Proposal(caseFile.id(), measure, input.legalBasis(),
                input.statementOfReasons(), reasons, subjects, named, access.caller().username(), now()));
        cases.add(proposal);
        parties.findAll(subjects).forEach(party -> {
            party.markProposed();
            outbox.enqueue(RecordType.PARTY, party.id().toString());
        });
        audit.event("PROPOSAL_MADE", TARGET, reference, Map.of(
                "proposal", proposal.id().toString(), "measure", measure.name(), "legalBasis", proposal.legalBasis(),
                "subjects", ids(subjects), "evidence", proposal.evidence().stream().map(EvidenceRef::toString).toList(),
                "reasons", proposal.reasons().size()));
        return move(caseFile, Transition.PROPOSE, null, false);
    }

    /** The reasons as given, each with the evidence of the case it cites (checked as the named evidence is). */
    private List<Proposal.Reason> reasons(CaseFile caseFile, List<ProposalInput.ReasonInput> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > Proposal.MAX_REASONS) {
            throw new InvalidInputException("A statement of reasons has at most " + Proposal.MAX_REASONS + " reasons, not "
                    + given.size() + ".");
        }
        List<Proposal.Reason> reasons = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ProposalInput.ReasonInput reason = given.get(i);
            if (reason == null) {
                throw new InvalidInputException("Reason " + (i + 1) + " is empty (null): give its text and the evidence it cites.");
            }
            reasons.add(new Proposal.Reason(reason.text(), evidence.require(caseFile, reason.evidence(),
                    "the evidence of reason " + (i + 1))));
        }
        return reasons;
    }

    /** A supervisor's decision on the pending proposal: APPROVED, RETURNED or REJECTED, with a rationale. */
    public CaseView decide(String reference, Long expectedVersion, String outcomeName, String rationale) {
        DecisionOutcome outcome = Enums.required(DecisionOutcome.class, "outcome", outcomeName);
        if (!outcome.isDecision()) {
            throw new InvalidInputException("A decision is APPROVED, RETURNED or REJECTED; a proposal is withdrawn by closing its case without action.");
        }
        CaseFile caseFile = workable(reference, expectedVersion, "decide proposals", true);
        Proposal proposal = cases.pendingProposalOf(caseFile.id()).orElseThrow(() -> new ConflictException(
                "Case " + reference + " has no proposal waiting for a decision (it is " + label(caseFile.status()) + ")."));
        boolean proposer = proposal.proposedBy().equals(access.caller().username());
        check(caseFile, outcome.transition(), proposer, rationale);
        proposal.decide(outcome, rationale, access.caller().username(), now());
        if (outcome != DecisionOutcome.APPROVED) {
            releaseSubjects(proposal.subjects());
        }
        audit.event("PROPOSAL_" + outcome.name(), TARGET, reference, Map.of(
                "proposal", proposal.id().toString(), "rationale", proposal.rationale()));
        return move(caseFile, outcome.transition(), rationale, proposer);
    }

    /** Publishes the approved proposal: one designation per subject, effective from the given date (today if none). */
    public List<DesignationView> publish(String reference, Long expectedVersion, LocalDate effectiveDate) {
        CaseFile caseFile = workable(reference, expectedVersion, "publish designations", true);
        check(caseFile, Transition.PUBLISH, false, null);
        Proposal approved = cases.proposalsOf(caseFile.id()).stream()
                .filter(p -> p.outcome() == DecisionOutcome.APPROVED).reduce((a, b) -> b)
                .orElseThrow(() -> new ConflictException("Case " + reference + " has no approved proposal to publish."));
        LocalDate effective = effectiveDate == null ? LocalDate.now(ZoneOffset.UTC) : Inputs.date(effectiveDate, "the effective date");
        Instant now = now();
        List<DesignationView> published = new ArrayList<>();
        for (Party party : parties.findAll(approved.subjects())) {
            Designation designation = new Designation(approved, party, caseFile.owningAgency(), effective,
                    access.caller().username(), now);
            designations.add(designation);
            party.markDesignated();
            outbox.enqueue(RecordType.PARTY, party.id().toString());
            outbox.enqueue(RecordType.DESIGNATION, designation.id().toString());
            published.add(DesignationView.of(designation));
            audit.event("DESIGNATION_PUBLISHED", "designation", designation.id().toString(), Map.of(
                    "case", reference, "party", party.id().toString(), "name", party.primaryName(),
                    "measure", approved.measure().name(), "effectiveDate", effective.toString()));
        }
        move(caseFile, Transition.PUBLISH, null, false);
        return published;
    }

    // ---------------------------------------------------------------------------------------------

    private CaseView step(String reference, Long expectedVersion, Transition transition, String rationale) {
        CaseFile caseFile = workable(reference, expectedVersion, Workflow.verb(transition) + " cases", true);
        return move(caseFile, transition, rationale, false);
    }

    private CaseView move(CaseFile caseFile, Transition transition, String rationale, boolean proposer) {
        check(caseFile, transition, proposer, rationale);
        var changes = caseFile.move(transition, now());
        Map<String, Object> facts = new HashMap<>();
        facts.put("from", changes.asMap().get("status").before().toString());
        facts.put("to", transition.to().name());
        String reasons = InvalidInputException.check(() -> PlainText.optionalParagraphs(rationale, "the rationale", 20_000));
        if (reasons != null) {
            facts.put("rationale", reasons);
        }
        audit.event("CASE_" + transition.name(), TARGET, caseFile.reference(), facts);
        changed(caseFile);
        cases.flush();
        return view(caseFile);
    }

    private void check(CaseFile caseFile, Transition transition, boolean proposer, String rationale) {
        Verdict verdict = Workflow.check(caseFile.status(), transition, access.workflowActors(caseFile.owningAgency()),
                proposer, rationale);
        switch (verdict.outcome()) {
            case ALLOWED -> { }
            case FORBIDDEN -> throw new AccessDeniedException(verdict.reason());
            case CONFLICT -> throw new ConflictException(verdict.reason());
            case INVALID -> throw new InvalidInputException(verdict.reason());
        }
    }

    /**
     * The case, visible to the caller, who must be allowed to work on it, at the version they expect.
     * State changes lock the row so that concurrent steps are taken one after the other.
     */
    private CaseFile workable(String reference, Long expectedVersion, String what, boolean lock) {
        CaseFile caseFile = (lock ? cases.findByReferenceForUpdate(reference) : cases.findByReference(reference))
                .filter(this::canSee)
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
        access.requireWork(caseFile.owningAgency(), what);
        if (expectedVersion == null) {
            throw new VersionRequiredException("case " + reference);
        }
        if (expectedVersion != caseFile.version()) {
            throw new StaleVersionException("Case " + reference, caseFile.version());
        }
        return caseFile;
    }

    private CaseFile visible(String reference) {
        return cases.findByReference(reference).filter(this::canSee)
                .orElseThrow(() -> new RecordNotFoundException("case", reference));
    }

    private boolean canSee(CaseFile caseFile) {
        return access.canSee(RecordType.CASE, caseFile.id(), caseFile.owningAgency());
    }

    /** A case whose internals (notes, proposals) the caller may read: its own agency's readers only. */
    private CaseFile internals(String reference, InternalField what) {
        CaseFile caseFile = visible(reference);
        if (!access.canRead(caseFile.owningAgency())) {
            String label = what.label();
            throw new AccessDeniedException(Character.toUpperCase(label.charAt(0)) + label.substring(1)
                    + " of a case stay within the agency that owns it (" + caseFile.owningAgency() + ").");
        }
        return caseFile;
    }

    private String requireAssignable(String username, String agency) {
        return Assignees.require(directory, username, agency, "a case");
    }

    /** The details with the assignee as the directory spells the name (usernames are matched without regard to case). */
    private CaseDetails withAssignee(CaseDetails details, String agency) {
        return new CaseDetails(details.title(), details.summary(), details.priority(), details.dueDate(), details.tags(),
                requireAssignable(details.assignee(), agency));
    }

    private Party subjectParty(UUID partyId, String agency) {
        return parties.find(partyId).filter(p -> p.owningAgency().equals(agency) && access.canRead(p.owningAgency()))
                .orElseThrow(() -> new InvalidInputException("There is no party " + partyId + " that can be a subject of this case."));
    }

    private void releaseSubjects(Set<UUID> subjects) {
        parties.findAll(subjects).forEach(party -> {
            party.clearProposal();
            outbox.enqueue(RecordType.PARTY, party.id().toString());
        });
    }

    /** The case changed: its search document must follow, in this transaction's outbox. */
    private void changed(CaseFile caseFile) {
        outbox.enqueue(RecordType.CASE, caseFile.reference());
    }

    private static boolean guarded(java.util.function.BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private static CaseDetails refuseSubjects() {
        throw new InvalidInputException("An edit does not change a case's subjects: link or unlink each one with "
                + "PUT or DELETE /cases/{reference}/subjects/{partyId}.");
    }

    private static <T> T guardedChange(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private Page<CaseView> page(CaseFilter filter) {
        List<CaseFile> found = cases.list(filter);
        Map<UUID, Party> subjects = subjectsOf(found);
        Map<UUID, Long> openTasks = openTasksOf(found);
        return new Page<>(found.stream().map(c -> view(c, subjects, openTasks)).toList(), cases.count(filter), filter.offset(),
                filter.limit());
    }

    /** The open task counts of the cases whose tasks the caller may see (their agency's readers). */
    private Map<UUID, Long> openTasksOf(List<CaseFile> found) {
        return cases.openTaskCounts(found.stream().filter(c -> access.canRead(c.owningAgency())).map(CaseFile::id).toList());
    }

    private Map<UUID, Party> subjectsOf(List<CaseFile> found) {
        Set<UUID> ids = found.stream().flatMap(c -> c.subjects().stream()).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : parties.findAll(ids).stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    private CaseView view(CaseFile caseFile) {
        return view(caseFile, subjectsOf(List.of(caseFile)), openTasksOf(List.of(caseFile)));
    }

    private CaseView view(CaseFile c, Map<UUID, Party> subjects, Map<UUID, Long> openTasks) {
        Optional<Proposal> pending = c.status() == CaseStatus.PROPOSED ? cases.pendingProposalOf(c.id()) : Optional.empty();
        boolean proposer = pending.map(p -> p.proposedBy().equals(access.caller().username())).orElse(false);
        Set<Workflow.Actor> actors = access.workflowActors(c.owningAgency());
        List<String> allowed = new ArrayList<>();
        for (Transition t : Workflow.transitionsFrom(c.status())) {
            if (Workflow.check(c.status(), t, actors, proposer, "given").allowed()) {
                allowed.add(t.name());
            }
        }
        CaseView view = new CaseView(c.reference(), c.title(), c.summary(), c.status().name(), c.priority().name(),
                c.owningAgency(), c.assignee(), c.dueDate(), List.copyOf(c.tags()),
                c.subjects().stream().map(subjects::get).filter(java.util.Objects::nonNull).map(PartySummary::of).toList(),
                // A partner never sees proposals (InternalField.PROPOSALS): their evidence is not even looked up.
                pending.filter(p -> access.canRead(c.owningAgency())).map(p -> proposalView(c, p)).orElse(null), allowed,
                c.releasability().name(), List.copyOf(c.sharedWith()),
                c.createdAt(), c.createdBy(), c.updatedAt(), c.version(), c.isOverdue(today()),
                openTasks.getOrDefault(c.id(), 0L).intValue());
        return access.canRead(c.owningAgency()) ? view : view.asPartnerSees(access.caller().agency());
    }

    /** The proposal with its evidence shown as the caller may see it. */
    private ProposalView proposalView(CaseFile caseFile, Proposal proposal) {
        Map<EvidenceRef, ReliedEvidence> shown = evidence.resolve(caseFile, proposal.evidence());
        return ProposalView.of(proposal, shown::get);
    }

    private static CaseRepository.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return CaseRepository.Sort.UPDATED_DESC;
        }
        return switch (sort.strip()) {
            case "reference" -> CaseRepository.Sort.REFERENCE;
            case "-reference" -> CaseRepository.Sort.REFERENCE_DESC;
            case "dueDate" -> CaseRepository.Sort.DUE_DATE;
            case "-dueDate" -> CaseRepository.Sort.DUE_DATE_DESC;
            case "updatedAt" -> CaseRepository.Sort.UPDATED;
            case "-updatedAt" -> CaseRepository.Sort.UPDATED_DESC;
            case "priority" -> CaseRepository.Sort.PRIORITY;
            case "-priority" -> CaseRepository.Sort.PRIORITY_DESC;
            default -> throw new InvalidInputException("sort must be one of reference, -reference, dueDate, -dueDate, "
                    + "updatedAt, -updatedAt, priority, -priority; '" + sort + "' is not.");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static String label(CaseStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    /** The day due dates are compared with: the UTC date, as for effective dates. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
