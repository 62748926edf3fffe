-- Evidence files on a case (DESIGN: "Evidence"). The row holds what is known about a file; the file
-- itself is kept by the evidence store under its SHA-256, and a row is written only once its file is
-- in place, so that no row points at nothing. A case holds the same content once.

CREATE TABLE evidence (
    id                uuid          PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES case_file (id),
    owning_agency     varchar(32)   NOT NULL REFERENCES agency (code),
    name              varchar(255)  NOT NULL,
    description       varchar(10000),
    source            varchar(500),
    obtained_by       varchar(200),
    obtained_from     varchar(500),
    obtained_on       date,
    handling_marking  varchar(64),
    media_type        varchar(255)  NOT NULL,
    size_bytes        bigint        NOT NULL CHECK (size_bytes >= 0),
    sha256            char(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    releasability     varchar(16)   NOT NULL DEFAULT 'INTERNAL' CHECK (releasability IN ('INTERNAL', 'SHARED')),
    added_at          timestamptz   NOT NULL,
    added_by          varchar(100)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT evidence_content_once_per_case UNIQUE (case_id, sha256)
);
CREATE INDEX evidence_sha256_idx ON evidence (sha256);

CREATE TABLE evidence_share (
    evidence_id  uuid         NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    agency       varchar(32)  NOT NULL REFERENCES agency (code),
    PRIMARY KEY (evidence_id, agency)
);
CREATE INDEX evidence_share_agency_idx ON evidence_share (agency);

-- The view of V10 with one more branch, every earlier branch as it was:
--   an evidence item: released to the agency directly, and its case released to the same agency
--   (evidence of a case a partner may not see stays hidden from it, whatever the item says).
CREATE OR REPLACE VIEW effective_release (record_type, record_id, agency) AS
    SELECT 'CASE', s.case_id, s.agency
      FROM case_share s JOIN case_file c ON c.id = s.case_id
     WHERE c.releasability = 'SHARED'
    UNION
    SELECT 'PARTY', s.party_id, s.agency
      FROM party_share s JOIN party p ON p.id = s.party_id
     WHERE p.releasability = 'SHARED'
    UNION
    SELECT 'PARTY', cs.party_id, s.agency
      FROM case_subject cs JOIN case_file c ON c.id = cs.case_id JOIN case_share s ON s.case_id = c.id
     WHERE c.releasability = 'SHARED'
    UNION
    SELECT 'TRADE_RECORD', s.trade_record_id, s.agency
      FROM trade_record_share s JOIN trade_record t ON t.id = s.trade_record_id
     WHERE t.releasability = 'SHARED'
    UNION
    SELECT 'EVIDENCE', s.evidence_id, s.agency
      FROM evidence_share s JOIN evidence e ON e.id = s.evidence_id
      JOIN case_file c ON c.id = e.case_id JOIN case_share cs ON cs.case_id = c.id AND cs.agency = s.agency
     WHERE e.releasability = 'SHARED' AND c.releasability = 'SHARED';
