-- How far into its file an import's reader has come, so that the web UI's progress bar and the API show
-- the share done and the time left while it runs. Imports made before count as not started or done.
alter table import_batch add column bytes_read bigint not null default 0;
