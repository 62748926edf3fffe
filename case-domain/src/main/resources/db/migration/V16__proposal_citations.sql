-- Proposals rely on evidence (issue 13, item 6). Until now a proposal kept what it relied on as free
-- text (proposal_evidence.evidence_ref, V2). From now on it names evidence items of its case by kind
-- and id: an evidence file (FILE, table evidence) or a trade record linked to the case (TRADE_RECORD,
-- table case_trade_record). Its statement of reasons may come as numbered reasons, each citing the
-- items that support it.
--
-- References written before are kept: a decision record is never rewritten. One that is the id of a
-- file of the proposal's own case, or of a trade record linked to that case, becomes that typed
-- reference; any other text stays as it was written (AS_WRITTEN) and is shown so.

-- The table is changed in place, so that no row is lost and its name stays the entity's.
ALTER TABLE proposal_evidence
    ADD COLUMN position    integer,
    ADD COLUMN kind        varchar(16),
    ADD COLUMN item_id     uuid,
    ADD COLUMN written_as  varchar(100);

UPDATE proposal_evidence pe
   SET position   = typed.position,
       kind       = CASE WHEN typed.file_id IS NOT NULL THEN 'FILE'
                         WHEN typed.record_id IS NOT NULL THEN 'TRADE_RECORD'
                         ELSE 'AS_WRITTEN' END,
       item_id    = coalesce(typed.file_id, typed.record_id),
       written_as = CASE WHEN typed.file_id IS NULL AND typed.record_id IS NULL THEN pe.evidence_ref END
  FROM (SELECT old.proposal_id, old.evidence_ref,
               (row_number() OVER (PARTITION BY old.proposal_id ORDER BY old.evidence_ref)) - 1 AS position,
               f.id AS file_id, t.trade_record_id AS record_id
          -- Only text that is a UUID is cast, before any join compares it (a join may evaluate its
          -- conditions in any order, and the cast of free text would abort the migration).
          FROM (SELECT r.proposal_id, r.evidence_ref,
                       CASE WHEN r.evidence_ref ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                            THEN cast(lower(r.evidence_ref) AS uuid) END AS ref_id
                  FROM proposal_evidence r) old
          JOIN proposal p ON p.id = old.proposal_id
          LEFT JOIN evidence f ON f.id = old.ref_id AND f.case_id = p.case_id
          LEFT JOIN case_trade_record t ON t.trade_record_id = old.ref_id AND t.case_id = p.case_id) typed
 WHERE pe.proposal_id = typed.proposal_id AND pe.evidence_ref = typed.evidence_ref;

-- Dropping the column drops the old primary key (proposal_id, evidence_ref) with it.
ALTER TABLE proposal_evidence DROP COLUMN evidence_ref;
ALTER TABLE proposal_evidence
    ALTER COLUMN position SET NOT NULL,
    ALTER COLUMN kind SET NOT NULL,
    ADD PRIMARY KEY (proposal_id, position),
    ADD CONSTRAINT proposal_evidence_position_check CHECK (position >= 0),
    ADD CONSTRAINT proposal_evidence_kind_check CHECK (kind IN ('FILE', 'TRADE_RECORD', 'AS_WRITTEN')),
    ADD CONSTRAINT proposal_evidence_written_check CHECK ((kind = 'AS_WRITTEN') = (written_as IS NOT NULL)),
    ADD CONSTRAINT proposal_evidence_item_check CHECK ((kind = 'AS_WRITTEN') = (item_id IS NULL));
-- "Which standing proposal relies on this trade record?" is asked before a record is unlinked.
CREATE INDEX proposal_evidence_item_idx ON proposal_evidence (item_id) WHERE item_id IS NOT NULL;

-- The statement of reasons as numbered reasons (position from 0; shown from 1).
CREATE TABLE proposal_reason (
    proposal_id  uuid           NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position     integer        NOT NULL CHECK (position >= 0),
    text         varchar(5000)  NOT NULL CHECK (length(trim("text")) > 0),
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

-- And, as for the audit trail (V1), the application's role may not even ask.
REVOKE UPDATE, DELETE, TRUNCATE ON proposal_evidence, proposal_reason, proposal_citation FROM ${app_role};
