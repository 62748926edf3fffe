package org.interdict.application.projection;

import java.util.Arrays;
import java.util.List;

/**
 * Which documents show what of another record: the one place that says whose change must reach whose
 * document. A change of the embedded record (a party renamed, re-scripted, released differently or
 * deleted) re-indexes every document that embeds it; the outbox follows these rules
 * ({@link SearchOutbox#enqueueWithEmbedders}).
 */
public enum Embedding {

    /** A case's document names its subjects: found by their names. */
    CASE_SUBJECTS(RecordType.PARTY, RecordType.CASE),
    /** A trade record is found by the names of the parties its exporter and consignee resolve to. */
    TRADE_RECORD_PARTIES(RecordType.PARTY, RecordType.TRADE_RECORD),
    /** A designation is found by its party's names as they are now. */
    DESIGNATION_PARTY(RecordType.PARTY, RecordType.DESIGNATION),
    /** An evidence item is released only with its case: sharing or withdrawing the case changes who finds the item. */
    CASE_EVIDENCE(RecordType.CASE, RecordType.EVIDENCE);

    private final RecordType embedded;
    private final RecordType embedder;

    Embedding(RecordType embedded, RecordType embedder) {
        this.embedded = embedded;
        this.embedder = embedder;
    }

    /** The kind of record whose change matters. */
    public RecordType embedded() {
        return embedded;
    }

    /** The kind of record whose document shows it. */
    public RecordType embedder() {
        return embedder;
    }

    /** The rules that a change of this kind of record sets off. */
    public static List<Embedding> of(RecordType changed) {
        return Arrays.stream(values()).filter(e -> e.embedded == changed).toList();
    }
}
