-- salessync-server schema version 8: the company profile on the documents and each customer's
-- document language (see core/migrations/0007_company_profile.sql). The change-log triggers are
-- generated from the entity declaration.
CREATE TABLE company_profiles (
    id           text PRIMARY KEY,
    name         text NOT NULL,
    street       text NOT NULL DEFAULT '',
    postal_code  text NOT NULL DEFAULT '',
    city         text NOT NULL DEFAULT '',
    country_code text NOT NULL DEFAULT '',
    phone        text NOT NULL DEFAULT '',
    email        text NOT NULL DEFAULT '',
    website      text NOT NULL DEFAULT '',
    vat_id       text NOT NULL DEFAULT '',
    registration text NOT NULL DEFAULT '',
    bank_name    text NOT NULL DEFAULT '',
    iban         text NOT NULL DEFAULT '',
    bic          text NOT NULL DEFAULT '',
    logo         text NOT NULL DEFAULT '',
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    field_hlc    jsonb NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE customers ADD COLUMN language text NOT NULL DEFAULT '';
