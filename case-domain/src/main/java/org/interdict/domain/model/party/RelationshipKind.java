package org.interdict.domain.model.party;

/**
 * How one party stands to another. {@code ACTS_FOR}: an agent (a forwarder, a customs broker, a trading
 * house) that ships or receives on behalf of its principal, as customs records name them
 * ({@code ALFA LLC FOR OOO ROMASHKA}, {@code … BY ORDER OF …}, {@code … П/П …}).
 */
public enum RelationshipKind { OWNS, CONTROLS, SUBSIDIARY_OF, SAME_AS, SHIPS_TO, ACTS_FOR }
