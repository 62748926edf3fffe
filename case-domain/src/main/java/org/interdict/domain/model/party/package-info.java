/**
 * Parties: companies, persons, vessels and aircraft under investigation, with their aliases across
 * scripts, identifiers, addresses, trade roles and the relationships between them.
 */
package org.interdict.domain.model.party;
