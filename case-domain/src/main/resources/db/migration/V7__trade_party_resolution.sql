-- How each exporter or consignee name, as written in an agency's imports, resolved to a party:
-- linked by the name matcher, a party created for it, or proposed for an analyst to confirm or
-- reject. Remembered per agency, so that a name is resolved once and every later import, or a re-run
-- of an interrupted one, links it to the same party.
CREATE TABLE trade_name_resolution (
    id                  uuid          NOT NULL UNIQUE,
    owning_agency       varchar(32)   NOT NULL REFERENCES agency (code),
    name                varchar(300)  NOT NULL,
    status              varchar(16)   NOT NULL CHECK (status IN ('LINKED', 'CREATED', 'PROPOSED', 'CONFIRMED', 'REJECTED')),
    -- The party the name stands for; none while a proposal waits. Either party may be one the same
    -- transaction creates after this row (the import first claims its names, then creates their parties).
    party_id            uuid          REFERENCES party (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    candidate_party_id  uuid          REFERENCES party (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    score               numeric(4, 3),
    evidence            varchar(2000),
    import_batch_id     uuid          REFERENCES import_batch (id) ON DELETE SET NULL,
    created_at          timestamptz   NOT NULL,
    decided_by          varchar(100),
    decided_at          timestamptz,
    PRIMARY KEY (owning_agency, name),
    CHECK ((status = 'PROPOSED') = (party_id IS NULL)),
    CHECK (status <> 'PROPOSED' OR candidate_party_id IS NOT NULL)
);
CREATE INDEX trade_name_resolution_proposed_idx ON trade_name_resolution (owning_agency, created_at)
    WHERE status = 'PROPOSED';

-- Confirming a proposal links the records of the agency that wrote the name so and have no party yet:
-- only those are indexed by name, so that the millions of linked records cost no index entries here.
CREATE INDEX trade_record_unlinked_exporter_idx ON trade_record (owning_agency, exporter_name)
    WHERE exporter_party_id IS NULL;
CREATE INDEX trade_record_unlinked_consignee_idx ON trade_record (owning_agency, consignee_name)
    WHERE consignee_party_id IS NULL;

-- Nothing reads trade records by import batch (the search index answers that); the index only slowed imports.
DROP INDEX trade_record_batch_idx;

-- A party deleted after an import linked it leaves its records unlinked, not undeletable.
ALTER TABLE trade_record DROP CONSTRAINT trade_record_exporter_party_id_fkey;
ALTER TABLE trade_record ADD CONSTRAINT trade_record_exporter_party_id_fkey
    FOREIGN KEY (exporter_party_id) REFERENCES party (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE trade_record DROP CONSTRAINT trade_record_consignee_party_id_fkey;
ALTER TABLE trade_record ADD CONSTRAINT trade_record_consignee_party_id_fkey
    FOREIGN KEY (consignee_party_id) REFERENCES party (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
