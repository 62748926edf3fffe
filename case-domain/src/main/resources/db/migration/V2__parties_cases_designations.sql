-- Parties, their relationships, cases with notes and subjects, proposals and decisions, designations.

CREATE TABLE party (
    id                  uuid          PRIMARY KEY,
    kind                varchar(16)   NOT NULL CHECK (kind IN ('COMPANY', 'PERSON', 'VESSEL', 'AIRCRAFT')),
    primary_name        varchar(300)  NOT NULL CHECK (length(trim(primary_name)) > 0),
    country             char(2)       CHECK (country ~ '^[A-Z]{2}$'),
    website             varchar(300),
    designation_status  varchar(16)   NOT NULL CHECK (designation_status IN ('NONE', 'PROPOSED', 'DESIGNATED')),
    owning_agency       varchar(32)   NOT NULL REFERENCES agency (code),
    created_at          timestamptz   NOT NULL,
    created_by          varchar(100)  NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL
);
CREATE INDEX party_agency_idx ON party (owning_agency, primary_name);

CREATE TABLE party_trade_role (
    party_id  uuid        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    role      varchar(16) NOT NULL CHECK (role IN ('MANUFACTURER', 'EXPORTER', 'INTERMEDIARY', 'CONSIGNEE')),
    PRIMARY KEY (party_id, role)
);

CREATE TABLE party_alias (
    party_id  uuid         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    name      varchar(300) NOT NULL,
    script    varchar(24)  NOT NULL,
    language  varchar(8),
    PRIMARY KEY (party_id, position)
);

CREATE TABLE party_identifier (
    party_id  uuid         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    type      varchar(32)  NOT NULL,
    value     varchar(100) NOT NULL,
    country   char(2),
    PRIMARY KEY (party_id, position)
);
CREATE INDEX party_identifier_value_idx ON party_identifier (type, value);

CREATE TABLE party_address (
    party_id     uuid         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    street       varchar(300),
    city         varchar(120),
    region       varchar(120),
    postal_code  varchar(20),
    country      char(2),
    PRIMARY KEY (party_id, position)
);

CREATE TABLE party_relationship (
    id             uuid         PRIMARY KEY,
    from_party_id  uuid         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    to_party_id    uuid         NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    kind           varchar(16)  NOT NULL CHECK (kind IN ('OWNS', 'CONTROLS', 'SUBSIDIARY_OF', 'SAME_AS', 'SHIPS_TO')),
    note           varchar(1000),
    owning_agency  varchar(32)  NOT NULL REFERENCES agency (code),
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    CHECK (from_party_id <> to_party_id),
    UNIQUE (from_party_id, to_party_id, kind)
);

CREATE SEQUENCE case_reference_seq;

CREATE TABLE case_file (
    id             uuid          PRIMARY KEY,
    reference      varchar(20)   NOT NULL UNIQUE,
    title          varchar(200)  NOT NULL CHECK (length(trim(title)) > 0),
    summary        varchar(10000),
    status         varchar(20)   NOT NULL,
    priority       varchar(10)   NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    owning_agency  varchar(32)   NOT NULL REFERENCES agency (code),
    assignee       varchar(100),
    due_date       date,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(100)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        bigint        NOT NULL
);
CREATE INDEX case_file_agency_status_idx ON case_file (owning_agency, status);
CREATE INDEX case_file_assignee_idx ON case_file (assignee);

CREATE TABLE case_tag (
    case_id  uuid        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    tag      varchar(50) NOT NULL,
    PRIMARY KEY (case_id, tag)
);

CREATE TABLE case_subject (
    case_id   uuid NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    party_id  uuid NOT NULL REFERENCES party (id),
    PRIMARY KEY (case_id, party_id)
);
CREATE INDEX case_subject_party_idx ON case_subject (party_id);

CREATE TABLE case_note (
    id          uuid           PRIMARY KEY,
    case_id     uuid           NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    author      varchar(100)   NOT NULL,
    text        varchar(20000) NOT NULL,
    created_at  timestamptz    NOT NULL
);
CREATE INDEX case_note_case_idx ON case_note (case_id, created_at);

CREATE TABLE proposal (
    id                    uuid           PRIMARY KEY,
    case_id               uuid           NOT NULL REFERENCES case_file (id),
    measure               varchar(24)    NOT NULL,
    legal_basis           varchar(1000)  NOT NULL,
    statement_of_reasons  varchar(20000) NOT NULL,
    proposed_by           varchar(100)   NOT NULL,
    proposed_at           timestamptz    NOT NULL,
    outcome               varchar(16),
    rationale             varchar(20000),
    decided_by            varchar(100),
    decided_at            timestamptz,
    CHECK ((outcome IS NULL) = (decided_by IS NULL))
);
CREATE INDEX proposal_case_idx ON proposal (case_id, proposed_at);

CREATE TABLE proposal_subject (
    proposal_id  uuid NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    party_id     uuid NOT NULL REFERENCES party (id),
    PRIMARY KEY (proposal_id, party_id)
);

-- Evidence arrives in a later migration; a proposal already records what it relies on.
CREATE TABLE proposal_evidence (
    proposal_id   uuid         NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    evidence_ref  varchar(100) NOT NULL,
    PRIMARY KEY (proposal_id, evidence_ref)
);

CREATE TABLE designation (
    id                    uuid           PRIMARY KEY,
    case_id               uuid           NOT NULL REFERENCES case_file (id),
    proposal_id           uuid           NOT NULL REFERENCES proposal (id),
    party_id              uuid           NOT NULL REFERENCES party (id),
    party_kind            varchar(16)    NOT NULL,
    primary_name          varchar(300)   NOT NULL,
    country               char(2),
    aliases               text           NOT NULL,
    identifiers           text           NOT NULL,
    addresses             text           NOT NULL,
    measure               varchar(24)    NOT NULL,
    legal_basis           varchar(1000)  NOT NULL,
    statement_of_reasons  varchar(20000) NOT NULL,
    effective_date        date           NOT NULL,
    owning_agency         varchar(32)    NOT NULL REFERENCES agency (code),
    published_at          timestamptz    NOT NULL,
    published_by          varchar(100)   NOT NULL,
    UNIQUE (proposal_id, party_id)
);
CREATE INDEX designation_published_idx ON designation (published_at, id);

-- A published designation is a record of fact: corrections are new records, never edits.
CREATE FUNCTION designation_is_immutable() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'designation records are immutable: % is not allowed; publish a correction instead', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER designation_is_immutable
    BEFORE UPDATE OR DELETE OR TRUNCATE ON designation
    FOR EACH STATEMENT EXECUTE FUNCTION designation_is_immutable();

-- A decided proposal of a designated case keeps its decision: no UPDATE may change a decision once made.
CREATE FUNCTION proposal_decision_is_final() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.outcome IS NOT NULL THEN
        RAISE EXCEPTION 'proposal % is decided; its decision record cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER proposal_decision_is_final
    BEFORE UPDATE ON proposal
    FOR EACH ROW EXECUTE FUNCTION proposal_decision_is_final();
