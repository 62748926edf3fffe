-- Import profiles (issue 17): how an agency reads one vendor's files, saved by name: the header name of each column
-- the defaults do not know (a JSON object, column -> header), the currency of values the file names none for, and
-- the one sheet of a workbook to read.
CREATE TABLE import_profile (
    id             uuid          PRIMARY KEY,
    owning_agency  varchar(32)   NOT NULL REFERENCES agency (code),
    name           varchar(120)  NOT NULL CHECK (btrim(name) <> ''),
    columns        text          NOT NULL,
    currency       char(3),
    sheet          varchar(200),
    saved_by       varchar(120)  NOT NULL,
    saved_at       timestamptz   NOT NULL,
    UNIQUE (owning_agency, name)
);
