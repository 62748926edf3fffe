-- The records still waiting for a rate to give their value in USD: looked for at every start and after every upload of
-- rates (issue 17), so kept in an index of their own, as small as they are few.
CREATE INDEX trade_record_without_usd_idx ON trade_record (currency) WHERE value_usd IS NULL AND value IS NOT NULL;
