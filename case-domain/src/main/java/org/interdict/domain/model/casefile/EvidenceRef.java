package org.interdict.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;
import java.util.UUID;

/**
 * A piece of evidence that a proposal relies on or a reason cites: an evidence file of the case
 * ({@code FILE}) or a trade record linked to it ({@code TRADE_RECORD}), by id. Proposals made before
 * evidence existed named their evidence in free text; those references are kept as they were written
 * ({@code AS_WRITTEN}), since a decision record is never rewritten.
 */
@Embeddable
public class EvidenceRef {

    /** What kind of item a reference names. */
    public enum Kind {
        FILE, TRADE_RECORD, AS_WRITTEN
    }

    /** How long a reference written by hand before evidence existed may be (the width of the old column). */
    public static final int MAX_WRITTEN = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "written_as", length = MAX_WRITTEN)
    private String writtenAs;

    protected EvidenceRef() {
        // for JPA
    }

    private EvidenceRef(Kind kind, UUID itemId, String writtenAs) {
        this.kind = kind;
        this.itemId = itemId;
        this.writtenAs = writtenAs;
    }

    /** An evidence file attached to the case. */
    public static EvidenceRef file(UUID id) {
        return new EvidenceRef(Kind.FILE, Objects.requireNonNull(id, "An evidence file is named by its id"), null);
    }

    /** A trade record linked to the case. */
    public static EvidenceRef tradeRecord(UUID id) {
        return new EvidenceRef(Kind.TRADE_RECORD, Objects.requireNonNull(id, "A trade record is named by its id"), null);
    }

    /** A reference as an older proposal wrote it, before evidence could be named by id. */
    public static EvidenceRef asWritten(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_WRITTEN) {
            throw new IllegalArgumentException("A reference as written is 1 to " + MAX_WRITTEN + " characters");
        }
        return new EvidenceRef(Kind.AS_WRITTEN, null, text);
    }

    public Kind kind() {
        return kind;
    }

    /** The id of the file or trade record; null for a reference as written. */
    public UUID itemId() {
        return itemId;
    }

    /** The text of a reference as written; null for a file or trade record. */
    public String writtenAs() {
        return writtenAs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceRef r && kind == r.kind && Objects.equals(itemId, r.itemId)
                && Objects.equals(writtenAs, r.writtenAs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, itemId, writtenAs);
    }

    @Override
    public String toString() {
        return kind == Kind.AS_WRITTEN ? writtenAs : kind + " " + itemId;
    }
}
