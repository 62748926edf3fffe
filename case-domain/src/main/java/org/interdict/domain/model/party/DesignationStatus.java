package org.interdict.domain.model.party;

/** Whether a measure is proposed against a party, or published. */
public enum DesignationStatus { NONE, PROPOSED, DESIGNATED }
