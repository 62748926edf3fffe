-- National tariff lines as customs extracts write them: the six digits of the HS and up to six of a
-- national tariff's own (10-digit TN VED lines, 11- and 12-digit lines of other tariffs), kept as
-- written; the HS-6 subheading (the first six digits) is what the CHP tier and the facets use.
ALTER TABLE trade_record DROP CONSTRAINT trade_record_hs_code_check;
ALTER TABLE trade_record ALTER COLUMN hs_code TYPE varchar(12);
ALTER TABLE trade_record ADD CONSTRAINT trade_record_hs_code_check CHECK (hs_code ~ '^[0-9]{6,12}$');
