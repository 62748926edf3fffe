-- The rate a record's value was converted to USD with (issue 17): units of its currency per USD, the rate's month
-- (the record's own, or the nearest earlier one within three months) and the rate's source. value_usd is null,
-- and these too, where no rate was known: shown as "no rate", never as a gap.
ALTER TABLE trade_record ADD COLUMN usd_rate numeric(24, 10);
ALTER TABLE trade_record ADD COLUMN usd_rate_month date;
ALTER TABLE trade_record ADD COLUMN usd_rate_source varchar(120);
