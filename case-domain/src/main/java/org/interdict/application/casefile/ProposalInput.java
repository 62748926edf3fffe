package org.interdict.application.casefile;

import java.util.List;
import java.util.UUID;

/**
 * A proposed measure: which (ENTITY_LISTING, ASSET_FREEZE, EXPORT_BAN, TRAVEL_BAN), on what legal
 * basis, for what reasons, against which of the case's subjects (all of them if none are named),
 * relying on which evidence of the case (ids of its files and of the trade records linked to it).
 *
 * <p>The reasons may be given as a list, each citing the evidence that supports it; the proposal then
 * relies on the evidence named and on all that is cited. Without a {@code statementOfReasons} the
 * statement is composed of the reasons as numbered paragraphs; with one, it is their summary.
 */
public record ProposalInput(String measure, String legalBasis, String statementOfReasons, List<UUID> subjects,
        List<String> evidence, List<ReasonInput> reasons) {

    /** The measures a proposal may name, in the order forms offer them. */
    public static final List<String> MEASURES = java.util.Arrays.stream(org.interdict.domain.model.casefile.Measure.values())
            .map(Enum::name).toList();

    /** The plain form: one statement, the evidence named beside it. */
    public ProposalInput(String measure, String legalBasis, String statementOfReasons, List<UUID> subjects, List<String> evidence) {
        this(measure, legalBasis, statementOfReasons, subjects, evidence, null);
    }

    /** One reason of the statement and the ids of the evidence it cites. */
    public record ReasonInput(String text, List<String> evidence) {
    }
}
