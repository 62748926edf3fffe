-- Tasks on a case: a piece of work with a title, an optional assignee and due date, done or not.
-- A task lives beside its case (like notes and proposals) with its own version, so that editing a
-- task does not conflict with editing the case. A task is open while done_at is null.
CREATE TABLE case_task (
    id          uuid          PRIMARY KEY,
    case_id     uuid          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    title       varchar(200)  NOT NULL,
    assignee    varchar(100),
    due_date    date,
    done_by     varchar(100),
    done_at     timestamptz,
    created_by  varchar(100)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    CHECK ((done_by IS NULL) = (done_at IS NULL))
);
CREATE INDEX case_task_case_idx ON case_task (case_id, created_at);
-- An assignee's queue: their open tasks, earliest due first.
CREATE INDEX case_task_open_by_assignee_idx ON case_task (assignee, due_date) WHERE done_at IS NULL;
