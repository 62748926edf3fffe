package org.interdict.web.api.evidence;

import jakarta.validation.constraints.Size;

import org.interdict.application.evidence.EvidenceInput;

import java.time.LocalDate;

/** What is written about an evidence item; the content itself never changes. */
public record EvidenceRequest(
        @Size(max = 1000) String name,
        @Size(max = 20000) String description,
        @Size(max = 1000) String source,
        @Size(max = 400) String obtainedBy,
        @Size(max = 1000) String obtainedFrom,
        LocalDate obtainedOn,
        @Size(max = 128) String handlingMarking) {

    EvidenceInput toInput() {
        return new EvidenceInput(name, description, source, obtainedBy, obtainedFrom, obtainedOn, handlingMarking);
    }
}
