package org.interdict.domain.model.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: cases, their notes and proposals. */
public interface CaseRepository {

    /** The next number of the case reference sequence (unique across nodes). */
    long nextNumber();

    void add(CaseFile caseFile);

    Optional<CaseFile> findByReference(String reference);

    Optional<CaseFile> findById(UUID id);

    /** The case, with its row locked until the transaction ends: concurrent state changes queue up. */
    Optional<CaseFile> findByReferenceForUpdate(String reference);

    /** Writes pending changes now, so that a concurrent edit is detected inside the caller's request. */
    void flush();

    /** Cases that match the filter, in its order, one page of it. */
    List<CaseFile> list(CaseFilter filter);

    long count(CaseFilter filter);

    void add(CaseNote note);

    List<CaseNote> notesOf(UUID caseId);

    void add(Proposal proposal);

    List<Proposal> proposalsOf(UUID caseId);

    /** The proposal of the case that waits for a decision, if any. */
    Optional<Proposal> pendingProposalOf(UUID caseId);

    /**
     * What a list of cases is narrowed by. Null fields do not narrow. A case matches when its owning
     * agency is one of {@code agencies}, or when it is shared with {@code sharedWith}; the access
     * policy fills both, so at least one of them names something. {@code excludeProposedBy} leaves out cases whose pending proposal was
     * made by that person (a supervisor's "awaiting my decision" queue).
     */
    record CaseFilter(List<String> agencies, List<CaseStatus> statuses, String assignee, UUID subject,
            LocalDate dueBefore, String excludeProposedBy, Sort sort, int offset, int limit, String sharedWith) {

        public CaseFilter(List<String> agencies, List<CaseStatus> statuses, String assignee, UUID subject,
                LocalDate dueBefore, String excludeProposedBy, Sort sort, int offset, int limit) {
            this(agencies, statuses, assignee, subject, dueBefore, excludeProposedBy, sort, offset, limit, null);
        }
    }

    /** The orders a list of cases can come in. */
    enum Sort {
        REFERENCE, REFERENCE_DESC, DUE_DATE, UPDATED_DESC, PRIORITY_DESC
    }
}
