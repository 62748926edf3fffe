-- Destinations under comprehensive export restrictions for goods of the Common High Priority list:
-- reference data that administrators keep (GET, PUT and DELETE /api/admin/sanctioned-destinations,
-- each change an audit event). An import flags listed goods going to one of them. Seeded with the
-- list the product held as a constant until now (Russia, Belarus, Iran, North Korea, Syria), so that
-- flags do not change until an administrator changes the list.
CREATE TABLE sanctioned_destination (
    country   char(2)       PRIMARY KEY CHECK (country ~ '^[A-Z]{2}$'),
    added_by  varchar(120)  NOT NULL,
    added_at  timestamptz   NOT NULL
);

INSERT INTO sanctioned_destination (country, added_by, added_at) VALUES
    ('RU', 'migration V11', now()),
    ('BY', 'migration V11', now()),
    ('IR', 'migration V11', now()),
    ('KP', 'migration V11', now()),
    ('SY', 'migration V11', now());
