package org.interdict.domain.model.trade;

/**
 * How a name written in an agency's trade records came to stand for a party: the import
 * {@link #LINKED} it to a party the name matcher was sure of, {@link #CREATED} a party for it, or
 * {@link #PROPOSED} a party for an analyst, who {@link #CONFIRMED} or {@link #REJECTED} it.
 */
public enum ResolutionStatus {
    LINKED, CREATED, PROPOSED, CONFIRMED, REJECTED;

    /** Whether the name still waits for an analyst's decision. */
    public boolean isOpen() {
        return this == PROPOSED;
    }
}
