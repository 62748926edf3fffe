-- The transactional outbox of the search projection: every committed change to a searchable record
-- leaves a row here, written in the business transaction; pollers on any node drain it into
-- Elasticsearch. The row id is the document version there, so replays never regress a document.
CREATE TABLE search_outbox (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type      varchar(24)   NOT NULL CHECK (record_type IN ('PARTY', 'CASE', 'DESIGNATION')),
    record_id        varchar(64)   NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
    last_error       varchar(2000),
    parked           boolean       NOT NULL DEFAULT false
);
CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id) WHERE NOT parked;
CREATE INDEX search_outbox_parked_idx ON search_outbox (id) WHERE parked;
