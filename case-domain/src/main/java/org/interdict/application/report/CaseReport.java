package org.interdict.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a case report shows, as plain records for a renderer: nothing in it is an entity, and every
 * part that a reader may not see is already left out (null or empty), so a renderer shows what it is
 * given and decides nothing.
 *
 * <p>{@code marking}: the handling marking printed in every page's header ({@link HandlingMarkings}).
 * {@code edition}: FULL for the owning agency's readers, PARTNER for a partner agency the case is shared with.
 * {@code proposal}: the pending or last proposal (null when none, or in a partner's edition);
 * {@code decisions} and {@code audit}: empty in a partner's edition ({@code auditShown} tells a renderer
 * whether to print the section at all; {@code auditOmitted}: older events left out of the excerpt).
 */
public record CaseReport(Edition edition, String marking, String preparedFor, Instant generatedAt, Summary summary,
        List<Subject> subjects, Proposal proposal, List<Decision> decisions, List<EvidenceItem> evidence,
        List<TradeLine> tradeRecords, boolean auditShown, List<AuditLine> audit, int auditOmitted) {

    public CaseReport {
        subjects = List.copyOf(subjects);
        decisions = List.copyOf(decisions);
        evidence = List.copyOf(evidence);
        tradeRecords = List.copyOf(tradeRecords);
        audit = List.copyOf(audit);
    }

    /** Who the report was made for: its owning agency in full, or a partner agency without the internals. */
    public enum Edition { FULL, PARTNER }

    /** The case itself; {@code priority} and {@code assignee} are null in a partner's edition. */
    public record Summary(String reference, String title, String description, String status, String priority,
            String assignee, LocalDate dueDate, String owningAgency, String releasability, List<String> sharedWith) {
        public Summary {
            sharedWith = List.copyOf(sharedWith);
        }
    }

    /** A subject party with its names in every script and its identifiers. */
    public record Subject(String primaryName, String kind, String country, String designationStatus,
            List<Alias> aliases, List<Identifier> identifiers) {
        public Subject {
            aliases = List.copyOf(aliases);
            identifiers = List.copyOf(identifiers);
        }
    }

    public record Alias(String name, String script, String language) {
    }

    public record Identifier(String type, String value, String country) {
    }

    /**
     * A designation proposal: the measure, its legal basis and statement of reasons; {@code outcome} null while
     * pending. {@code reasons}: the numbered reasons, each with what it cites; {@code reliedOn}: every piece of
     * evidence the proposal relies on, named as a reader finds it in the evidence list (a file's name, a
     * declaration and line).
     */
    public record Proposal(String measure, String legalBasis, String statementOfReasons, String proposedBy,
            Instant proposedAt, String outcome, List<Reason> reasons, List<String> reliedOn) {
        public Proposal {
            reasons = List.copyOf(reasons);
            reliedOn = List.copyOf(reliedOn);
        }
    }

    /** One reason of a statement, numbered as the statement numbers it, with the evidence it cites. */
    public record Reason(int number, String text, List<String> citations) {
        public Reason {
            citations = List.copyOf(citations);
        }
    }

    /** A decision on a proposal (or its withdrawal), with who took it and why. */
    public record Decision(String measure, String outcome, String decidedBy, Instant decidedAt, String rationale) {
    }

    /** An evidence item: what is known about the file and where it came from. */
    public record EvidenceItem(String name, String mediaType, long size, String sha256, String source, String obtainedBy,
            String obtainedFrom, LocalDate obtainedOn, String handlingMarking) {
    }

    /** A customs declaration line linked to the case as evidence, with the names as the declaration wrote them. */
    public record TradeLine(String declarationNumber, Integer lineNumber, LocalDate date, String hsCode, String chpTier, boolean flagged,
            java.math.BigDecimal value, String currency, java.math.BigDecimal valueUsd, String exporter, String consignee,
            String originCountry, String destinationCountry) {
    }

    /** One event of the case's audit trail; {@code details} are its facts in words ({@link org.interdict.application.audit.AuditDetails}). */
    public record AuditLine(Instant occurredAt, String actor, String actorAgency, String action, String details) {
    }
}
