package org.interdict.application.projection;

/** The kinds of record that search finds (evidence: by the text inside its files). */
public enum RecordType { PARTY, CASE, DESIGNATION, TRADE_RECORD, EVIDENCE }
