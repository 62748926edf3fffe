package org.interdict.application.casefile;

import java.util.List;
import java.util.UUID;

/**
 * A proposed measure: which (ENTITY_LISTING, ASSET_FREEZE, EXPORT_BAN, TRAVEL_BAN), on what legal
 * basis, for what reasons, against which of the case's subjects (all of them if none are named),
 * relying on which evidence.
 */
public record ProposalInput(String measure, String legalBasis, String statementOfReasons, List<UUID> subjects,
        List<String> evidence) {
}
