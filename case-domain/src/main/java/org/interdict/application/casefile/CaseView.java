package org.interdict.application.casefile;

import org.interdict.application.party.PartySummary;
import org.interdict.application.security.InternalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as callers see it, with the workflow steps the caller may take now (so that a UI offers
 * only those) and the proposal waiting for a decision, if any. A partner agency sees what a shared
 * case shows: {@link #asPartnerSees} leaves out every {@link InternalField}.
 *
 * <p>{@code overdue}: the due date has passed while work goes on (not closed, not designated).
 * {@code openTasks}: how many of its tasks are open; null where the caller may not see its tasks.
 */
public record CaseView(String reference, String title, String summary, String status, String priority,
        String owningAgency, String assignee, LocalDate dueDate, List<String> tags, List<PartySummary> subjects,
        ProposalView pendingProposal, List<String> allowedSteps, String releasability, List<String> sharedWith,
        Instant createdAt, String createdBy,
        Instant updatedAt, long version, boolean overdue, Integer openTasks) {

    /**
     * The case as a partner agency sees it: without each {@link InternalField} the view holds, and with
     * only the partner's own agency among the recipients. Notes, proposals and the audit trail are not
     * part of this view; their own operations refuse partners, and so do those of tasks.
     */
    public CaseView asPartnerSees(String partnerAgency) {
        CaseView shown = this;
        for (InternalField field : InternalField.values()) {
            CaseView v = shown;
            shown = switch (field) {
                case ASSIGNEE -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, null,
                        v.dueDate, v.tags, v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, v.openTasks);
                case PRIORITY -> new CaseView(v.reference, v.title, v.summary, v.status, null, v.owningAgency, v.assignee,
                        v.dueDate, v.tags, v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, v.openTasks);
                case TAGS -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, v.assignee,
                        v.dueDate, List.of(), v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, v.openTasks);
                case PROPOSALS -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, v.assignee,
                        v.dueDate, v.tags, v.subjects, null, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, v.openTasks);
                case CREATOR -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, v.assignee,
                        v.dueDate, v.tags, v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, null, v.updatedAt, v.version, v.overdue, v.openTasks);
                case RECIPIENTS -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, v.assignee,
                        v.dueDate, v.tags, v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, List.of(partnerAgency),
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, v.openTasks);
                case TASKS -> new CaseView(v.reference, v.title, v.summary, v.status, v.priority, v.owningAgency, v.assignee,
                        v.dueDate, v.tags, v.subjects, v.pendingProposal, v.allowedSteps, v.releasability, v.sharedWith,
                        v.createdAt, v.createdBy, v.updatedAt, v.version, v.overdue, null);
                case NOTES, AUDIT, RESOLVED_PARTIES -> v;
            };
        }
        return shown;
    }
}
