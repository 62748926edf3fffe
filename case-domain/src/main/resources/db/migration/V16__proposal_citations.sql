-- Proposals rely on evidence (issue 13, item 6). Until now a proposal kept what it relied on as free
-- text (proposal_evidence.evidence_ref, V2). From now on it names evidence items of its case by kind
-- and id: an evidence file (FILE, table evidence) or a trade record linked to the case (TRADE_RECORD,
-- table case_trade_record). Its statement of reasons may come as numbered reasons, each citing the
-- items that support it.
--
-- References written before are kept: a decision record is never rewritten. One that is the id of a
-- file of the proposal's own case, or of a trade record linked to that case, becomes that typed
-- reference; any other text stays as it was written (AS_WRITTEN) and is shown so.

ALTER TABLE proposal_evidence RENAME TO proposal_evidence_as_written;

CREATE TABLE proposal_evidence (
    proposal_id  uuid          NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position     integer       NOT NULL CHECK (position >= 0),
    kind         varchar(16)   NOT NULL CHECK (kind IN ('FILE', 'TRADE_RECORD', 'AS_WRITTEN')),
    item_id      uuid,
    written_as   varchar(100),
    PRIMARY KEY (proposal_id, position),
    CHECK ((kind = 'AS_WRITTEN') = (written_as IS NOT NULL)),
    CHECK ((kind = 'AS_WRITTEN') = (item_id IS NULL))
);
-- "Which standing proposal relies on this trade record?" is asked before a record is unlinked.
CREATE INDEX proposal_evidence_item_idx ON proposal_evidence (item_id) WHERE item_id IS NOT NULL;

INSERT INTO proposal_evidence (proposal_id, position, kind, item_id, written_as)
SELECT old.proposal_id,
       (row_number() OVER (PARTITION BY old.proposal_id ORDER BY old.evidence_ref)) - 1,
       CASE WHEN f.id IS NOT NULL THEN 'FILE' WHEN t.trade_record_id IS NOT NULL THEN 'TRADE_RECORD' ELSE 'AS_WRITTEN' END,
       coalesce(f.id, t.trade_record_id),
       CASE WHEN f.id IS NULL AND t.trade_record_id IS NULL THEN old.evidence_ref END
  FROM proposal_evidence_as_written old
  JOIN proposal p ON p.id = old.proposal_id
  LEFT JOIN evidence f
         ON old.evidence_ref ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        AND f.id = cast(lower(old.evidence_ref) AS uuid) AND f.case_id = p.case_id
  LEFT JOIN case_trade_record t
         ON old.evidence_ref ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        AND t.trade_record_id = cast(lower(old.evidence_ref) AS uuid) AND t.case_id = p.case_id;

DROP TABLE proposal_evidence_as_written;

-- The statement of reasons as numbered reasons (position from 0; shown from 1).
CREATE TABLE proposal_reason (
    proposal_id  uuid           NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position     integer        NOT NULL CHECK (position >= 0),
    text         varchar(5000)  NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (proposal_id, position)
);

-- What each reason cites: a file or trade record, always among the evidence the proposal relies on
-- (the application writes both; a citation never names text as written).
CREATE TABLE proposal_citation (
    proposal_id      uuid          NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position         integer       NOT NULL CHECK (position >= 0),
    reason_position  integer       NOT NULL,
    kind             varchar(16)   NOT NULL CHECK (kind IN ('FILE', 'TRADE_RECORD')),
    item_id          uuid          NOT NULL,
    written_as       varchar(100)  CHECK (written_as IS NULL),
    PRIMARY KEY (proposal_id, position),
    -- Deferred: the rows of one proposal are written in one transaction, in whichever order.
    FOREIGN KEY (proposal_id, reason_position) REFERENCES proposal_reason (proposal_id, position)
        DEFERRABLE INITIALLY DEFERRED
);

-- A proposal is a record of what was proposed on which evidence: its reasons, citations and evidence
-- are written with it and never change, before or after its decision (as V2 keeps decisions final).
CREATE FUNCTION proposal_grounds_are_immutable() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% of a proposal is written once: % is not allowed; make a new proposal instead', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER proposal_evidence_is_immutable
    BEFORE UPDATE OR DELETE ON proposal_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_grounds_are_immutable();
CREATE TRIGGER proposal_reason_is_immutable
    BEFORE UPDATE OR DELETE ON proposal_reason
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_grounds_are_immutable();
CREATE TRIGGER proposal_citation_is_immutable
    BEFORE UPDATE OR DELETE ON proposal_citation
    FOR EACH STATEMENT EXECUTE FUNCTION proposal_grounds_are_immutable();
