package org.interdict.application.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the search projection knows of a record, in the application's terms: values, never index
 * field names. The {@code search} module alone turns each kind into its document (one class per
 * kind), so that a field is named in exactly one place.
 *
 * <p>Names that a record shows of other records (a case's subjects, a trade record's parties, a
 * designation's party) are read when the document is built, so that they follow renames; which
 * records embed which is declared in {@link ProjectionDependencies}.
 */
public sealed interface Indexed {

    /** The headline a person sees for the record in a hit or a notification. */
    String title();

    /** A name in the script it is written in. */
    record ScriptedName(String name, String script) {
    }

    record PartyRecord(String kind, String primaryName, List<String> names, List<ScriptedName> aliases,
            List<String> identifiers, String country, List<String> tradeRoles, String designationStatus, long recordVersion,
            Instant updatedAt) implements Indexed {

        @Override
        public String title() {
            return primaryName;
        }
    }

    record CaseRecord(String reference, String title, String summary, String status, String priority, List<String> tags,
            String assignee, LocalDate dueDate, List<String> subjectNames, long recordVersion, Instant updatedAt)
            implements Indexed {
    }

    /**
     * A published designation. {@code names} are the designated party's names as they are now (so a
     * renamed party is found by its new name); {@code listedName} is the name it was published under.
     */
    record DesignationRecord(String title, String listedName, List<String> names, List<String> identifiers, String partyKind,
            String country, String measure, String legalBasis, LocalDate effectiveDate, Instant publishedAt)
            implements Indexed {
    }

    /**
     * One customs declaration line. {@code exporter} and {@code consignee} are the names as written;
     * {@code exporterName} and {@code consigneeName} as shown (a resolved party's name as it is now);
     * {@code names} are the names it is found by: a resolved party's names as they are now, the name as
     * written while it is unresolved.
     */
    record TradeRecord(String exporter, String consignee, String exporterName, String consigneeName, String exporterParty,
            String consigneeParty, List<String> names, List<String> resolvedNames,
            String declarationNumber, Integer lineNumber, String hsCode, String chpTier, boolean flagged, String goodsDescription,
            String destinationCountry, String originCountry, String dispatchCountry, BigDecimal value, String currency,
            BigDecimal valueUsd, BigDecimal netWeightKg, String importBatch, LocalDate date) implements Indexed {

        @Override
        public String title() {
            return exporterName + " → " + consigneeName;
        }
    }

    /**
     * An evidence file, found by what is written about it and by the text inside it ({@code text}: null
     * until it is read; {@code textStatus} says where reading stands). {@code addedBy} is internal.
     */
    record EvidenceRecord(String caseReference, String name, String description, String source, String obtainedFrom,
            String mediaType, long size, String sha256, String textStatus, String language, String text, String addedBy,
            Instant addedAt) implements Indexed {

        @Override
        public String title() {
            return name;
        }
    }
}
