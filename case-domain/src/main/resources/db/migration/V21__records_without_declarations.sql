-- Vendors' files without declaration or line numbers (issue 17): monthly aggregated exports (one row per
-- importer, supplier, HS code and month, the value a sum) and declaration lines numbered 0. A record is now
-- stored once per agency by its key: 'D:<declaration>#<line>' where both are given (as before), else a digest
-- of the row's values ('C:' for a declaration's line, 'A:' for an aggregated row), '#n' for the n-th row alike.

ALTER TABLE trade_record ALTER COLUMN declaration_number DROP NOT NULL;
ALTER TABLE trade_record ALTER COLUMN line_number DROP NOT NULL;

ALTER TABLE trade_record ADD COLUMN record_key varchar(100);
UPDATE trade_record SET record_key = 'D:' || declaration_number || '#' || line_number;
ALTER TABLE trade_record ALTER COLUMN record_key SET NOT NULL;

DO $$
DECLARE
    old_key text;
BEGIN
    SELECT conname INTO old_key FROM pg_constraint
     WHERE conrelid = 'trade_record'::regclass AND contype = 'u'
       AND pg_get_constraintdef(oid) LIKE '%declaration_number, line_number%';
    IF old_key IS NOT NULL THEN
        EXECUTE format('ALTER TABLE trade_record DROP CONSTRAINT %I', old_key);
    END IF;
END $$;
ALTER TABLE trade_record ADD CONSTRAINT trade_record_agency_record_key UNIQUE (owning_agency, record_key);
-- Declaration lookups (a declaration's lines) keep an index of their own.
CREATE INDEX trade_record_declaration_idx ON trade_record (owning_agency, declaration_number)
    WHERE declaration_number IS NOT NULL;

-- A date of a monthly export is the month's first day, shown as the month.
ALTER TABLE trade_record ADD COLUMN date_precision varchar(5) NOT NULL DEFAULT 'DAY'
    CHECK (date_precision IN ('DAY', 'MONTH'));
-- A row of a monthly aggregated export: its value, quantity and weight are totals.
ALTER TABLE trade_record ADD COLUMN aggregated boolean NOT NULL DEFAULT false;
ALTER TABLE trade_record ADD CONSTRAINT trade_record_declared_or_aggregated
    CHECK (aggregated OR declaration_number IS NOT NULL);

