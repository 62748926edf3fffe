package org.interdict.application.projection;

/** The kinds of record that search finds. */
public enum RecordType { PARTY, CASE, DESIGNATION, TRADE_RECORD }
