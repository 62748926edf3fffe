-- The search outbox serves the records analysts edit before trade records: an import of a million
-- customs lines must not keep a party recorded a second ago out of search until it is indexed.
CREATE INDEX search_outbox_due_interactive_idx ON search_outbox (id)
    WHERE NOT parked AND record_type <> 'TRADE_RECORD';
CREATE INDEX search_outbox_due_trade_idx ON search_outbox (id)
    WHERE NOT parked AND record_type = 'TRADE_RECORD';
