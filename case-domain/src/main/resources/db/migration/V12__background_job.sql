-- Background jobs as operators see them (GET /api/admin/jobs): one row per import or rebuild from its
-- start to its end, and one row per node for each kind of periodic work (outbox drain, saved-search
-- alerts), overwritten by its runs. The kinds and states are the enums JobKind and JobState; the
-- application binds their names as parameters. The work itself keeps its own tables (import_batch,
-- search_rebuild, search_outbox): this is the operators' view of who runs it where, not its truth.
CREATE TABLE background_job (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             varchar(24)   NOT NULL CHECK (kind IN ('IMPORT', 'REBUILD', 'OUTBOX_DRAIN', 'SAVED_SEARCH_ALERTS')),
    periodic         boolean       NOT NULL,
    state            varchar(16)   NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED', 'ABANDONED', 'STOPPED')),
    node             varchar(255)  NOT NULL,
    reference        varchar(64),
    agency           varchar(32)   REFERENCES agency (code),
    started_by       varchar(120),
    started_at       timestamptz   NOT NULL DEFAULT now(),
    heartbeat_at     timestamptz   NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    done             bigint        NOT NULL DEFAULT 0,
    total            bigint,
    last_run_at      timestamptz,
    last_run_millis  bigint,
    last_run_items   bigint,
    error            varchar(2000),
    error_at         timestamptz
);
-- Periodic work has one row per node and kind, which its runs upsert.
CREATE UNIQUE INDEX background_job_periodic_per_node ON background_job (kind, node) WHERE periodic;
-- The operators' list: the most recently active first.
CREATE INDEX background_job_recent_idx ON background_job ((coalesce(last_run_at, started_at)) DESC, id DESC);
-- Finding the jobs whose node went quiet.
CREATE INDEX background_job_state_idx ON background_job (state, heartbeat_at);
