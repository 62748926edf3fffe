package org.interdict.domain.model.party;

/** The part a party plays in trade, as the records show it. */
public enum TradeRole { MANUFACTURER, EXPORTER, INTERMEDIARY, CONSIGNEE }
