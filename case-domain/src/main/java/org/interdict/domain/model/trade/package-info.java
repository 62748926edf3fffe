/**
 * Trade records and how they are brought in: an import batch and its states, how a name written in
 * the records resolved to a party (and an analyst's decision on a proposed one), what a name field
 * carries besides a name (registry numbers, an agent acting for the principal), the Common High
 * Priority tiers of HS codes, and the risk rule that flags a shipment of listed goods to a
 * sanctioned destination.
 */
package org.interdict.domain.model.trade;
