-- Schema version 7: the company profile that heads the documents sent to customers (letterhead,
-- legal and bank details, logo), and each customer's language for those documents.
CREATE TABLE company_profiles (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    street         TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    country_code   TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    vat_id         TEXT NOT NULL DEFAULT '',
    registration   TEXT NOT NULL DEFAULT '',
    bank_name      TEXT NOT NULL DEFAULT '',
    iban           TEXT NOT NULL DEFAULT '',
    bic            TEXT NOT NULL DEFAULT '',
    logo           TEXT NOT NULL DEFAULT '', -- the image file, base64
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);

-- The language of the documents a customer receives, as a QLocale language name ("de", "en");
-- empty: the main language of the customer's country.
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';

-- A version without these skipped what the server already sent: the next sync starts again from
-- a snapshot (rows already here are only replaced by newer versions); changes not yet sent stay
-- in the outbox.
DELETE FROM meta WHERE key IN ('sync.cursor', 'sync.snapshot_rows');
