-- Sharing in one place. A trade record has a releasability of its own, like a case or a party
-- (DESIGN: "each case, party, trade record and evidence item has a releasability"); and who outside
-- the owning agency may see a record is computed once, by the view effective_release, which the
-- repositories, the search projection, exports and the trade views all read.

ALTER TABLE trade_record ADD COLUMN releasability varchar(16) NOT NULL DEFAULT 'INTERNAL'
    CHECK (releasability IN ('INTERNAL', 'SHARED'));

CREATE TABLE trade_record_share (
    trade_record_id  uuid         NOT NULL REFERENCES trade_record (id) ON DELETE CASCADE,
    agency           varchar(32)  NOT NULL REFERENCES agency (code),
    PRIMARY KEY (trade_record_id, agency)
);
CREATE INDEX trade_record_share_agency_idx ON trade_record_share (agency);

-- The partner agencies each record is released to, one row per (record, agency):
--   a case: released to it directly;
--   a party: released to it directly, or the subject of a case released to it;
--   a trade record: released to it directly.
-- Published designations are public (for every caller) and need no row. A record whose
-- releasability is INTERNAL has no row, whatever its list of agencies still says.
CREATE VIEW effective_release (record_type, record_id, agency) AS
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
     WHERE t.releasability = 'SHARED';
