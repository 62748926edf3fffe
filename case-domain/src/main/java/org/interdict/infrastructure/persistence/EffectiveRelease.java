package org.interdict.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.interdict.application.projection.RecordType;

import java.io.Serializable;
import java.util.UUID;

/**
 * One row of the view {@code effective_release}: a record released to a partner agency. Never written; the
 * repositories' JPQL list queries filter a partner's records with it (see {@link #PARTNER_SEES}), so
 * that they apply the same rule as {@link JpaEffectiveReleases}.
 */
@Entity
@Table(name = "effective_release")
@IdClass(EffectiveRelease.Key.class)
public class EffectiveRelease {

    /**
     * A JPQL condition: the record whose id is {@code %s} is released to the agency bound as {@code :partner},
     * with its kind bound as {@code :releaseType}.
     */
    static final String PARTNER_SEES = "%s in (select r.recordId from EffectiveRelease r "
            + "where r.recordType = :releaseType and r.agency = :partner)";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;

    @Id
    @Column(name = "record_id")
    private UUID recordId;

    @Id
    @Column(name = "agency")
    private String agency;

    protected EffectiveRelease() {
    }

    /** The composite key of a row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private RecordType recordType;
        private UUID recordId;
        private String agency;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.recordType == recordType && java.util.Objects.equals(k.recordId, recordId)
                    && java.util.Objects.equals(k.agency, agency);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(recordType, recordId, agency);
        }
    }
}
