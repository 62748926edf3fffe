-- Releasability: a case or party is internal to its owning agency until a supervisor shares it with
-- named partner agencies. Published designations are public by nature and need no column.

ALTER TABLE case_file ADD COLUMN releasability varchar(16) NOT NULL DEFAULT 'INTERNAL'
    CHECK (releasability IN ('INTERNAL', 'SHARED'));

CREATE TABLE case_share (
    case_id  uuid        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    agency   varchar(32) NOT NULL REFERENCES agency (code),
    PRIMARY KEY (case_id, agency)
);
CREATE INDEX case_share_agency_idx ON case_share (agency);

ALTER TABLE party ADD COLUMN releasability varchar(16) NOT NULL DEFAULT 'INTERNAL'
    CHECK (releasability IN ('INTERNAL', 'SHARED'));

CREATE TABLE party_share (
    party_id  uuid        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    agency    varchar(32) NOT NULL REFERENCES agency (code),
    PRIMARY KEY (party_id, agency)
);
CREATE INDEX party_share_agency_idx ON party_share (agency);
