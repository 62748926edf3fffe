-- Trade records linked to a case as evidence (issue 13, item 4). A link names the case and a trade
-- record of the case's own agency (the application checks the agency), who linked it and when; a
-- record is linked to a case once, however often it is asked for. Unlinking deletes the row; the
-- audit trail of the case keeps both.
CREATE TABLE case_trade_record (
    case_id          uuid          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    trade_record_id  uuid          NOT NULL REFERENCES trade_record (id),
    linked_by        varchar(100)  NOT NULL,
    linked_at        timestamptz   NOT NULL,
    PRIMARY KEY (case_id, trade_record_id)
);
CREATE INDEX case_trade_record_record_idx ON case_trade_record (trade_record_id);

-- "All of a party's flagged shipments": the flagged records a party exported or received.
CREATE INDEX trade_record_flagged_exporter_idx ON trade_record (exporter_party_id) WHERE flagged;
CREATE INDEX trade_record_flagged_consignee_idx ON trade_record (consignee_party_id) WHERE flagged;
