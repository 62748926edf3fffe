package org.interdict.domain.model.casefile;

/** What a designation does to its subjects. */
public enum Measure {
    /** Listed as an entity: licences for exports to it are presumed denied. */
    ENTITY_LISTING,
    /** Funds and economic resources frozen. */
    ASSET_FREEZE,
    /** Exports of listed goods to it prohibited. */
    EXPORT_BAN,
    /** Entry into the territory refused (persons). */
    TRAVEL_BAN
}
