-- Keys the application nodes share, made once by whichever node needs one first (e.g. the key that
-- binds a search cursor to the user it was issued to). Never exported, never shown.
CREATE TABLE application_secret (
    name       varchar(64) PRIMARY KEY,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
REVOKE UPDATE, DELETE ON application_secret FROM ${app_role};
