-- Baseline schema: agencies and the audit trail.
--
-- This script runs as the schema owner. The application connects as ${app_role}: it gets read and
-- write access to business tables through the default privileges below, and only SELECT and INSERT
-- on the audit trail, so that no code path of the application can rewrite history.

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
GRANT USAGE ON SCHEMA public TO ${app_role};

CREATE TABLE agency (
    code        varchar(32)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9-]{1,31}$'),
    name        varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('AUTHORITY', 'PARTNER')),
    country     char(2)      CHECK (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);

COMMENT ON TABLE agency IS 'Authorities and partner agencies; every user belongs to one, named by code in the token';

-- Append-only, hash-chained: each event stores the hash of its predecessor, so that a changed or
-- removed row breaks the chain where it was touched.
CREATE TABLE audit_event (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(100) NOT NULL,
    actor_agency   varchar(32),
    action         varchar(64)  NOT NULL,
    target_type    varchar(64)  NOT NULL,
    target_id      varchar(100),
    -- JSON text exactly as hashed (jsonb would reorder keys and break the chain).
    details        text CHECK (details IS NULL OR details::jsonb IS NOT NULL),
    previous_hash  char(64)     NOT NULL,
    hash           char(64)     NOT NULL UNIQUE
);

CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

COMMENT ON TABLE audit_event IS 'Append-only audit trail, hash-chained; the application role may only SELECT and INSERT';

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};

-- Privileges stop the application role; the trigger also stops anyone who connects as the owner
-- by mistake. Only a deliberate act (disabling the trigger as owner) gets past it, and the hash
-- chain then shows what was touched.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Statement-level, so that the attempt is refused even when it would touch no row.
CREATE TRIGGER audit_event_is_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
