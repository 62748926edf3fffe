package org.interdict.web.api.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.interdict.application.casefile.CaseInput;
import org.interdict.application.casefile.ProposalInput;
import org.interdict.application.casefile.TaskInput;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The bodies the case API accepts. Enum values (priority, measure, outcome) are checked by the
 * application, and so are text lengths: Bean Validation counts UTF-16 units, so the limits here are
 * twice the application's (which counts characters and decides) and only keep absurd bodies out.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    /** Opening or editing a case. {@code subjects} counts only when opening. */
    record CaseRequest(
            @NotBlank(message = "A case needs a title") @Size(max = 400) String title,
            @Size(max = 20_000) String summary,
            @Size(max = 20) String priority,
            LocalDate dueDate,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> tags,
            @Size(max = 200) String assignee,
            @Size(max = 100) List<@NotNull UUID> subjects) {

        CaseInput toInput() {
            return new CaseInput(title, summary, priority, dueDate, tags, assignee, subjects);
        }
    }

    record AssignmentRequest(@NotBlank(message = "Name the user to assign the case to") @Size(max = 200) String assignee) {
    }

    record NoteRequest(@NotBlank(message = "A note needs some text") @Size(max = 40_000) String text) {
    }

    /** Adding or editing a task: an edit replaces all three (no assignee: nobody; no due date: none). */
    record TaskRequest(
            @NotBlank(message = "A task needs a title") @Size(max = 400) String title,
            @Size(max = 200) String assignee,
            LocalDate dueDate) {

        TaskInput toInput() {
            return new TaskInput(title, assignee, dueDate);
        }
    }

    /**
     * A proposal: the evidence it relies on are ids of the case's files and linked trade records, named in
     * {@code evidence} or cited by {@code reasons}; whether each is evidence of the case, and that there is
     * some, the application checks (422). The statement may be left out when reasons are given.
     */
    record ProposalRequest(
            @NotBlank(message = "Name the measure: ENTITY_LISTING, ASSET_FREEZE, EXPORT_BAN or TRAVEL_BAN") @Size(max = 48) String measure,
            @NotBlank(message = "A proposal needs a legal basis") @Size(max = 2000) String legalBasis,
            @Size(max = 40_000) String statementOfReasons,
            @Size(max = 100) List<@NotNull UUID> subjects,
            @Size(max = 200) List<@NotBlank @Size(max = 200) String> evidence,
            @Size(max = 100) List<@NotNull @Valid ReasonRequest> reasons) {

        ProposalInput toInput() {
            return new ProposalInput(measure, legalBasis, statementOfReasons, subjects, evidence,
                    reasons == null ? null : reasons.stream().map(r -> new ProposalInput.ReasonInput(r.text(), r.evidence())).toList());
        }
    }

    /** One reason of the statement and the ids of the evidence that supports it. */
    record ReasonRequest(
            @NotBlank(message = "A reason needs a text") @Size(max = 10_000) String text,
            @Size(max = 200) List<@NotBlank @Size(max = 200) String> evidence) {
    }

    record DecisionRequest(
            @NotBlank(message = "Name the outcome: APPROVED, RETURNED or REJECTED") @Size(max = 32) String outcome,
            @NotBlank(message = "A decision needs a written rationale") @Size(max = 40_000) String rationale) {
    }

    record PublicationRequest(LocalDate effectiveDate) {
    }

    record ClosureRequest(@Size(max = 40_000) String rationale) {
    }
}
