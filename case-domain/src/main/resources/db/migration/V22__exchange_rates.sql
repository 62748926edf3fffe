-- Exchange rates against the US dollar, one per currency and month, so that customs values in RUB, KZT,
-- CNY, EUR… can be compared in USD. Reference data of the installation: the US Federal Reserve's monthly
-- averages (FRED) are packaged and loaded at deployment where missing; administrators add or replace
-- months (POST /api/admin/exchange-rates, audited with what they replaced), e.g. from the Bank of Russia
-- for the currencies FRED does not publish. A month is its first day.
CREATE TABLE exchange_rate (
    currency       char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    month          date          NOT NULL CHECK (extract(day FROM month) = 1),
    units_per_usd  numeric       NOT NULL CHECK (units_per_usd > 0),
    source         varchar(120)  NOT NULL CHECK (btrim(source) <> ''),
    loaded_by      varchar(120)  NOT NULL,
    loaded_at      timestamptz   NOT NULL,
    PRIMARY KEY (currency, month)
);

-- Which version of a packaged reference table has been loaded into its table (by the SHA-256 of the
-- file), so that a deployment loads it once and later ones cost one lookup.
CREATE TABLE reference_data_load (
    name         varchar(200)  PRIMARY KEY,
    sha256       char(64)      NOT NULL,
    rows_loaded  integer       NOT NULL,
    loaded_at    timestamptz   NOT NULL
);
