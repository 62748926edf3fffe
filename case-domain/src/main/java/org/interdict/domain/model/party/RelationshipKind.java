package org.interdict.domain.model.party;

/** How one party stands to another. */
public enum RelationshipKind { OWNS, CONTROLS, SUBSIDIARY_OF, SAME_AS, SHIPS_TO }
