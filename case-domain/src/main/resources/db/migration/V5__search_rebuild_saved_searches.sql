-- Rebuilds of the search projection: at most one runs at a time; while it runs, the outbox pollers
-- write every change into its new indices as well, and its progress is readable from any node.
CREATE TABLE search_rebuild (
    id            bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status        varchar(16)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    requested_by  varchar(120)  NOT NULL,
    targets       varchar(2000) NOT NULL,
    total         bigint        NOT NULL DEFAULT 0,
    done          bigint        NOT NULL DEFAULT 0,
    started_at    timestamptz   NOT NULL DEFAULT now(),
    heartbeat_at  timestamptz   NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    error         varchar(2000)
);
CREATE UNIQUE INDEX search_rebuild_one_running ON search_rebuild ((status)) WHERE status = 'RUNNING';

-- A user's saved searches: the box's text as typed, and the visibility it runs with (the owner's,
-- taken from the access policy when it was saved).
CREATE TABLE saved_search (
    id              uuid          PRIMARY KEY,
    owner           varchar(120)  NOT NULL,
    name            varchar(200)  NOT NULL,
    query           varchar(500)  NOT NULL,
    owner_agency    varchar(32),
    partner_agency  varchar(32),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (owner, name)
);
CREATE INDEX saved_search_owner_idx ON saved_search (owner);

-- Records that have matched a saved search once: an alert names each record only the first time.
CREATE TABLE saved_search_match (
    saved_search_id  uuid         NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    record_type      varchar(24)  NOT NULL,
    record_id        varchar(64)  NOT NULL,
    matched_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (saved_search_id, record_type, record_id)
);

-- In-app notifications: one per saved search and indexing batch, naming the records.
CREATE TABLE notification (
    id               uuid          PRIMARY KEY,
    recipient        varchar(120)  NOT NULL,
    saved_search_id  uuid          REFERENCES saved_search (id) ON DELETE SET NULL,
    title            varchar(300)  NOT NULL,
    records          text          NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    read_at          timestamptz
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC);
