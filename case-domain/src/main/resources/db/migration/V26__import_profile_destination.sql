-- An import profile may name the country of destination of every record its files name none for (a vendor's extract of
-- one country's imports), so that their records can be flagged (issue 17).
ALTER TABLE import_profile ADD COLUMN destination char(2);
