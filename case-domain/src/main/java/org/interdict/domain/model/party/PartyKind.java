package org.interdict.domain.model.party;

/** What a party is. */
public enum PartyKind { COMPANY, PERSON, VESSEL, AIRCRAFT }
