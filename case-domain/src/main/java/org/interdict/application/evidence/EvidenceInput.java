package org.interdict.application.evidence;

import org.interdict.application.InvalidInputException;
import org.interdict.domain.model.evidence.EvidenceDetails;

import java.time.LocalDate;

/** What a caller writes about an evidence item, unchecked; {@link #toDetails} applies the rules. */
public record EvidenceInput(String name, String description, String source, String obtainedBy, String obtainedFrom,
        LocalDate obtainedOn, String handlingMarking) {

    EvidenceDetails toDetails() {
        return InvalidInputException.check(() -> new EvidenceDetails(name, description, source, obtainedBy, obtainedFrom,
                obtainedOn, handlingMarking));
    }
}
