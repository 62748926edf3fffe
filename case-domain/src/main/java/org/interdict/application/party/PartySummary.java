package org.interdict.application.party;

import org.interdict.domain.model.party.Party;

import java.util.UUID;

/** A party named in another record (a case's subjects, a relationship's ends). */
public record PartySummary(UUID id, String kind, String primaryName, String country, String designationStatus) {

    public static PartySummary of(Party party) {
        return new PartySummary(party.id(), party.kind().name(), party.primaryName(), party.country(),
                party.designationStatus().name());
    }
}
