-- Customs declaration lines imported from CSV, and the imports that brought them.

CREATE TABLE import_batch (
    id              uuid          PRIMARY KEY,
    owning_agency   varchar(32)   NOT NULL REFERENCES agency (code),
    file_name       varchar(300)  NOT NULL,
    file_bytes      bigint        NOT NULL,
    file_sha256     char(64)      NOT NULL,
    encoding        varchar(24),
    delimiter       varchar(2),
    status          varchar(16)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    started_by      varchar(120)  NOT NULL,
    started_at      timestamptz   NOT NULL,
    heartbeat_at    timestamptz   NOT NULL,
    finished_at     timestamptz,
    lines_read      bigint        NOT NULL DEFAULT 0,
    stored          bigint        NOT NULL DEFAULT 0,
    rejected        bigint        NOT NULL DEFAULT 0,
    duplicates      bigint        NOT NULL DEFAULT 0,
    error           varchar(2000)
);
CREATE INDEX import_batch_agency_idx ON import_batch (owning_agency, started_at DESC);

-- Each refused line with its number and reason: the import's error report.
CREATE TABLE import_rejection (
    batch_id  uuid           NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    line      bigint         NOT NULL,
    reason    varchar(2000)  NOT NULL,
    PRIMARY KEY (batch_id, line)
);

CREATE TABLE trade_record (
    id                   uuid           PRIMARY KEY,
    owning_agency        varchar(32)    NOT NULL REFERENCES agency (code),
    declaration_number   varchar(64)    NOT NULL,
    line_number          integer        NOT NULL CHECK (line_number > 0),
    declaration_date     date           NOT NULL,
    hs_code              varchar(10)    NOT NULL CHECK (hs_code ~ '^[0-9]{6,10}$'),
    goods_description    varchar(2000),
    exporter_name        varchar(300)   NOT NULL,
    consignee_name       varchar(300)   NOT NULL,
    exporter_party_id    uuid           REFERENCES party (id),
    consignee_party_id   uuid           REFERENCES party (id),
    origin_country       char(2),
    dispatch_country     char(2),
    destination_country  char(2),
    value                numeric(20, 2),
    currency             char(3),
    value_usd            numeric(20, 2),
    quantity             numeric(20, 3),
    quantity_unit        varchar(16),
    net_weight_kg        numeric(20, 3),
    chp_tier             varchar(4),
    flagged              boolean        NOT NULL DEFAULT false,
    batch_id             uuid           NOT NULL REFERENCES import_batch (id),
    source_line          bigint         NOT NULL,
    created_at           timestamptz    NOT NULL,
    -- A declaration line is stored once per agency, however often its file is imported.
    UNIQUE (owning_agency, declaration_number, line_number)
);
CREATE INDEX trade_record_batch_idx ON trade_record (batch_id);
CREATE INDEX trade_record_exporter_idx ON trade_record (exporter_party_id);
CREATE INDEX trade_record_consignee_idx ON trade_record (consignee_party_id);

ALTER TABLE search_outbox DROP CONSTRAINT search_outbox_record_type_check;
ALTER TABLE search_outbox ADD CONSTRAINT search_outbox_record_type_check
    CHECK (record_type IN ('PARTY', 'CASE', 'DESIGNATION', 'TRADE_RECORD'));
