package org.interdict.application.casefile;

import org.interdict.application.party.PartySummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as callers see it, with the workflow steps the caller may take now (so that a UI offers
 * only those) and the proposal waiting for a decision, if any. A partner agency sees what a shared
 * case shows: no assignee, proposal or creator, and only its own agency among the recipients.
 */
public record CaseView(String reference, String title, String summary, String status, String priority,
        String owningAgency, String assignee, LocalDate dueDate, List<String> tags, List<PartySummary> subjects,
        ProposalView pendingProposal, List<String> allowedSteps, String releasability, List<String> sharedWith,
        Instant createdAt, String createdBy,
        Instant updatedAt, long version) {
}
