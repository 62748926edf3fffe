-- The text inside evidence files (issue 13): extracted in the background after upload (Tika, OCR of
-- images through tesseract), kept here so that the search projection can be rebuilt from the database
-- like every other document. One row per evidence item, written with the item; its status tells the
-- analyst where extraction stands. Kept apart from `evidence` so that the background work never bumps
-- the item's version under an analyst who is editing its description.

CREATE TABLE evidence_text (
    evidence_id    uuid          PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    status         varchar(16)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    queued_at      timestamptz   NOT NULL DEFAULT now(),
    -- While RUNNING: when a node took it; a node that died leaves it to be taken again once stale.
    claimed_at     timestamptz,
    claimed_by     varchar(255),
    attempts       integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    finished_at    timestamptz,
    -- FAILED: why, in words for the analyst.
    failure        varchar(1000),
    -- DONE: the text, its language (ISO 639-3 as detected, null when too short to tell), whether OCR
    -- read it from images, and whether it was cut at the extraction limit.
    content        text,
    language       varchar(16),
    ocr            boolean,
    truncated      boolean,
    characters     integer       CHECK (characters >= 0),
    extraction_ms  bigint        CHECK (extraction_ms >= 0),
    -- Text read before stays (and is searchable) while the item is read again.
    CHECK (status <> 'DONE' OR content IS NOT NULL),
    CHECK ((status = 'FAILED') = (failure IS NOT NULL))
);
CREATE INDEX evidence_text_due_idx ON evidence_text (queued_at) WHERE status IN ('PENDING', 'RUNNING');

-- Items attached before this version are read too.
INSERT INTO evidence_text (evidence_id, queued_at) SELECT id, added_at FROM evidence;

-- Reading evidence is periodic background work of every node, recorded like the outbox drain.
ALTER TABLE background_job DROP CONSTRAINT background_job_kind_check;
ALTER TABLE background_job ADD CONSTRAINT background_job_kind_check
    CHECK (kind IN ('IMPORT', 'REBUILD', 'OUTBOX_DRAIN', 'SAVED_SEARCH_ALERTS', 'TEXT_EXTRACTION'));

-- Evidence is a kind of record search finds: its changes go through the outbox like every other.
ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_record_type_check;
ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_record_type_check
    CHECK (record_type IN ('PARTY', 'CASE', 'DESIGNATION', 'TRADE_RECORD', 'EVIDENCE'));
