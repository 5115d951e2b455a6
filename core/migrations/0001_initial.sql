-- SalesSync local store, schema version 1: the domain tables, the change-capture outbox and
-- local metadata. Every synced table carries server_version, the row version last seen from the
-- server (0 = never synced), which change capture sends as the base version of an edit.
-- Deletes never cascade: repositories delete children explicitly so each delete is captured.

PRAGMA application_id = 1397969475; -- 'SSYC'

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE territories (
    id             TEXT PRIMARY KEY NOT NULL,
    parent_id      TEXT REFERENCES territories (id),
    level          TEXT NOT NULL CHECK (level IN ('region', 'area', 'territory')),
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    CHECK ((level = 'region') = (parent_id IS NULL))
);
CREATE INDEX territories_parent ON territories (parent_id);

CREATE TABLE users (
    id             TEXT PRIMARY KEY NOT NULL,
    username       TEXT NOT NULL UNIQUE,
    display_name   TEXT NOT NULL,
    email          TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);

CREATE TABLE manager_territories (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id),
    territory_id   TEXT NOT NULL REFERENCES territories (id),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    UNIQUE (user_id, territory_id)
);
CREATE INDEX manager_territories_territory ON manager_territories (territory_id);

CREATE TABLE agents (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL UNIQUE REFERENCES users (id),
    employee_id    TEXT NOT NULL UNIQUE,
    phone          TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);

CREATE TABLE agent_territories (
    id             TEXT PRIMARY KEY NOT NULL,
    agent_id       TEXT NOT NULL REFERENCES agents (id),
    territory_id   TEXT NOT NULL REFERENCES territories (id),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    UNIQUE (agent_id, territory_id)
);
CREATE INDEX agent_territories_territory ON agent_territories (territory_id);

CREATE TABLE price_lists (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);

CREATE TABLE products (
    id               TEXT PRIMARY KEY NOT NULL,
    sku              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    category         TEXT NOT NULL DEFAULT '',
    unit             TEXT NOT NULL,
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    tax_rate_bp      INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    server_version   INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL
);
CREATE INDEX products_name ON products (name COLLATE NOCASE);
CREATE INDEX products_category_name ON products (category, name COLLATE NOCASE);

CREATE TABLE price_list_items (
    id               TEXT PRIMARY KEY NOT NULL,
    price_list_id    TEXT NOT NULL REFERENCES price_lists (id),
    product_id       TEXT NOT NULL REFERENCES products (id),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    server_version   INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL,
    UNIQUE (price_list_id, product_id)
);
CREATE INDEX price_list_items_product ON price_list_items (product_id);

-- rid is an explicit INTEGER PRIMARY KEY so that rowids survive VACUUM: the full-text index
-- (schema version 2) refers to customers by rowid.
CREATE TABLE customers (
    rid                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    contact_person     TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    street             TEXT NOT NULL DEFAULT '',
    postal_code        TEXT NOT NULL DEFAULT '',
    city               TEXT NOT NULL DEFAULT '',
    country_code       TEXT NOT NULL DEFAULT '',
    latitude           REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude          REAL CHECK (longitude BETWEEN -180 AND 180),
    credit_limit_minor INTEGER NOT NULL CHECK (credit_limit_minor >= 0),
    currency           TEXT NOT NULL CHECK (length(currency) = 3),
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    price_list_id      TEXT REFERENCES price_lists (id),
    territory_id       TEXT NOT NULL REFERENCES territories (id),
    status             TEXT NOT NULL CHECK (status IN ('active', 'on_hold', 'inactive')),
    notes              TEXT NOT NULL DEFAULT '',
    server_version     INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX customers_territory_name ON customers (territory_id, name COLLATE NOCASE);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_city ON customers (city COLLATE NOCASE, name COLLATE NOCASE);
CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_price_list ON customers (price_list_id) WHERE price_list_id IS NOT NULL;

CREATE TABLE visits (
    id                  TEXT PRIMARY KEY NOT NULL,
    customer_id         TEXT NOT NULL REFERENCES customers (id),
    agent_id            TEXT NOT NULL REFERENCES agents (id),
    planned_at          TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('planned', 'checked_in', 'completed', 'cancelled', 'missed')),
    checked_in_at       TEXT,
    check_in_latitude   REAL,
    check_in_longitude  REAL,
    check_in_accuracy_m REAL,
    check_in_source     TEXT CHECK (check_in_source IN ('gps', 'network', 'manual')),
    check_in_distance_m REAL,
    outside_geofence    INTEGER NOT NULL DEFAULT 0 CHECK (outside_geofence IN (0, 1)),
    check_in_reason     TEXT NOT NULL DEFAULT '',
    checked_out_at      TEXT,
    outcome             TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    follow_up           TEXT NOT NULL DEFAULT '',
    cancel_reason       TEXT NOT NULL DEFAULT '',
    server_version      INTEGER NOT NULL DEFAULT 0,
    updated_at          TEXT NOT NULL
);
CREATE INDEX visits_agent_planned ON visits (agent_id, planned_at);
CREATE INDEX visits_customer_planned ON visits (customer_id, planned_at);
CREATE INDEX visits_status_planned ON visits (status, planned_at);
CREATE INDEX visits_review ON visits (planned_at) WHERE outside_geofence = 1;

CREATE TABLE orders (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customers (id),
    agent_id       TEXT NOT NULL REFERENCES agents (id),
    visit_id       TEXT REFERENCES visits (id),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'fulfilled', 'cancelled')),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    net_minor      INTEGER NOT NULL,
    tax_minor      INTEGER NOT NULL,
    total_minor    INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    status_reason  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    submitted_at   TEXT,
    decided_at     TEXT,
    fulfilled_at   TEXT,
    cancelled_at   TEXT,
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    CHECK (total_minor = net_minor + tax_minor)
);
CREATE INDEX orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX orders_agent_created ON orders (agent_id, created_at);
CREATE INDEX orders_status_created ON orders (status, created_at);
CREATE INDEX orders_visit ON orders (visit_id) WHERE visit_id IS NOT NULL;

CREATE TABLE order_lines (
    id               TEXT PRIMARY KEY NOT NULL,
    order_id         TEXT NOT NULL REFERENCES orders (id),
    line_no          INTEGER NOT NULL CHECK (line_no > 0),
    product_id       TEXT NOT NULL REFERENCES products (id),
    description      TEXT NOT NULL DEFAULT '',
    quantity_milli   INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor   INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    tax_rate_bp      INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    net_minor        INTEGER NOT NULL,
    tax_minor        INTEGER NOT NULL,
    server_version   INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE transactions (
    id             TEXT PRIMARY KEY NOT NULL,
    customer_id    TEXT NOT NULL REFERENCES customers (id),
    order_id       TEXT REFERENCES orders (id),
    kind           TEXT NOT NULL CHECK (kind IN ('invoice', 'payment', 'credit_note', 'refund')),
    direction      TEXT NOT NULL CHECK (direction IN ('forward', 'reverse')),
    reverses_id    TEXT REFERENCES transactions (id),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    method         TEXT NOT NULL DEFAULT 'none'
                   CHECK (method IN ('none', 'cash', 'cheque', 'bank_transfer', 'card')),
    reference      TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    occurred_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    CHECK ((direction = 'reverse') = (reverses_id IS NOT NULL)),
    CHECK (direction = 'forward' OR length(trim(reason)) > 0)
);
CREATE INDEX transactions_customer_occurred ON transactions (customer_id, occurred_at);
CREATE INDEX transactions_reverses ON transactions (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX transactions_order ON transactions (order_id) WHERE order_id IS NOT NULL;

-- The ledger is append-only: no business column of an entry ever changes and no entry is
-- deleted. Only server_version and updated_at may move (when the server acknowledges a push).
CREATE TRIGGER transactions_append_only_update
BEFORE UPDATE OF id, customer_id, order_id, kind, direction, reverses_id, amount_minor, currency, method,
                 reference, reason, occurred_at, recorded_by ON transactions
BEGIN
    SELECT RAISE(ABORT, 'transactions are append-only: record a reversal instead');
END;
CREATE TRIGGER transactions_append_only_delete
BEFORE DELETE ON transactions
BEGIN
    SELECT RAISE(ABORT, 'transactions are append-only: record a reversal instead');
END;

CREATE TABLE audit_entries (
    id             TEXT PRIMARY KEY NOT NULL,
    at             TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    entity         TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    details        TEXT NOT NULL DEFAULT '{}',
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);
CREATE INDEX audit_entries_row ON audit_entries (entity, row_id, at);
CREATE INDEX audit_entries_at ON audit_entries (at);

-- Change capture. Every local create/update/delete writes one row here in the same SQLite
-- transaction as the data change. seq gives the order in which ops were made; ops written by
-- one repository call share a change_set_id and travel together (an order with its lines).
CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id          TEXT NOT NULL UNIQUE,
    change_set_id  TEXT NOT NULL,
    entity         TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    fields         TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    base_version   INTEGER NOT NULL,
    user_id        TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX outbox_change_set ON outbox (change_set_id);
CREATE INDEX outbox_row ON outbox (entity, row_id);
