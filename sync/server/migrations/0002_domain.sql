-- salessync-server schema version 2: the master copy of the domain data and the change log.
--
-- Tables and columns mirror the synced entities of core/store/entityschema.cpp (a test checks
-- it). Every row carries its server version (bumped on every change), a tombstone flag, the
-- hybrid logical clock of the last write to each field, and when it last changed. Triggers
-- append every insert and update to change_log in the same transaction, so no write can skip
-- the log. Ids are the clients' UUID strings.

ALTER TABLE users
    ADD COLUMN deleted boolean NOT NULL DEFAULT false,
    ADD COLUMN field_hlc jsonb NOT NULL DEFAULT '{}';

CREATE TABLE territories (
    id         text PRIMARY KEY,
    parent_id  text REFERENCES territories (id),
    level      text NOT NULL CHECK (level IN ('region', 'area', 'territory')),
    code       text NOT NULL UNIQUE,
    name       text NOT NULL,
    version    bigint NOT NULL DEFAULT 1,
    deleted    boolean NOT NULL DEFAULT false,
    field_hlc  jsonb NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((level = 'region') = (parent_id IS NULL))
);
CREATE INDEX territories_parent ON territories (parent_id);

CREATE TABLE manager_territories (
    id           text PRIMARY KEY,
    user_id      text NOT NULL,
    territory_id text NOT NULL REFERENCES territories (id),
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    field_hlc    jsonb NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX manager_territories_pair ON manager_territories (user_id, territory_id) WHERE NOT deleted;

CREATE TABLE agents (
    id          text PRIMARY KEY,
    user_id     text NOT NULL UNIQUE,
    employee_id text NOT NULL UNIQUE,
    phone       text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    version     bigint NOT NULL DEFAULT 1,
    deleted     boolean NOT NULL DEFAULT false,
    field_hlc   jsonb NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agent_territories (
    id           text PRIMARY KEY,
    agent_id     text NOT NULL REFERENCES agents (id),
    territory_id text NOT NULL REFERENCES territories (id),
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    field_hlc    jsonb NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agent_territories_pair ON agent_territories (agent_id, territory_id) WHERE NOT deleted;
CREATE INDEX agent_territories_territory ON agent_territories (territory_id);

CREATE TABLE price_lists (
    id         text PRIMARY KEY,
    name       text NOT NULL,
    currency   text NOT NULL CHECK (length(currency) = 3),
    active     boolean NOT NULL DEFAULT true,
    version    bigint NOT NULL DEFAULT 1,
    deleted    boolean NOT NULL DEFAULT false,
    field_hlc  jsonb NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id               text PRIMARY KEY,
    sku              text NOT NULL UNIQUE,
    name             text NOT NULL,
    category         text NOT NULL DEFAULT '',
    unit             text NOT NULL,
    unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
    currency         text NOT NULL CHECK (length(currency) = 3),
    tax_rate_bp      bigint NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    active           boolean NOT NULL DEFAULT true,
    version          bigint NOT NULL DEFAULT 1,
    deleted          boolean NOT NULL DEFAULT false,
    field_hlc        jsonb NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE price_list_items (
    id               text PRIMARY KEY,
    price_list_id    text NOT NULL REFERENCES price_lists (id),
    product_id       text NOT NULL REFERENCES products (id),
    unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
    version          bigint NOT NULL DEFAULT 1,
    deleted          boolean NOT NULL DEFAULT false,
    field_hlc        jsonb NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX price_list_items_pair ON price_list_items (price_list_id, product_id) WHERE NOT deleted;

CREATE TABLE customers (
    id                 text PRIMARY KEY,
    code               text NOT NULL UNIQUE,
    name               text NOT NULL,
    contact_person     text NOT NULL DEFAULT '',
    phone              text NOT NULL DEFAULT '',
    email              text NOT NULL DEFAULT '',
    street             text NOT NULL DEFAULT '',
    postal_code        text NOT NULL DEFAULT '',
    city               text NOT NULL DEFAULT '',
    country_code       text NOT NULL DEFAULT '',
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    credit_limit_minor bigint NOT NULL CHECK (credit_limit_minor >= 0),
    currency           text NOT NULL CHECK (length(currency) = 3),
    payment_terms_days bigint NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    price_list_id      text REFERENCES price_lists (id),
    territory_id       text NOT NULL REFERENCES territories (id),
    status             text NOT NULL CHECK (status IN ('active', 'on_hold', 'inactive')),
    notes              text NOT NULL DEFAULT '',
    version            bigint NOT NULL DEFAULT 1,
    deleted            boolean NOT NULL DEFAULT false,
    field_hlc          jsonb NOT NULL DEFAULT '{}',
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX customers_territory ON customers (territory_id);

CREATE TABLE visits (
    id                  text PRIMARY KEY,
    customer_id         text NOT NULL REFERENCES customers (id),
    agent_id            text NOT NULL REFERENCES agents (id),
    planned_at          timestamptz NOT NULL,
    status              text NOT NULL CHECK (status IN ('planned', 'checked_in', 'completed', 'cancelled', 'missed')),
    checked_in_at       timestamptz,
    check_in_latitude   double precision,
    check_in_longitude  double precision,
    check_in_accuracy_m double precision,
    check_in_source     text CHECK (check_in_source IN ('gps', 'network', 'manual')),
    check_in_distance_m double precision,
    outside_geofence    boolean NOT NULL DEFAULT false,
    check_in_reason     text NOT NULL DEFAULT '',
    checked_out_at      timestamptz,
    outcome             text NOT NULL DEFAULT '',
    notes               text NOT NULL DEFAULT '',
    follow_up           text NOT NULL DEFAULT '',
    cancel_reason       text NOT NULL DEFAULT '',
    version             bigint NOT NULL DEFAULT 1,
    deleted             boolean NOT NULL DEFAULT false,
    field_hlc           jsonb NOT NULL DEFAULT '{}',
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_customer ON visits (customer_id);
CREATE INDEX visits_agent_planned ON visits (agent_id, planned_at);

CREATE TABLE orders (
    id            text PRIMARY KEY,
    customer_id   text NOT NULL REFERENCES customers (id),
    agent_id      text NOT NULL REFERENCES agents (id),
    visit_id      text REFERENCES visits (id),
    status        text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'fulfilled', 'cancelled')),
    currency      text NOT NULL CHECK (length(currency) = 3),
    net_minor     bigint NOT NULL,
    tax_minor     bigint NOT NULL,
    total_minor   bigint NOT NULL,
    notes         text NOT NULL DEFAULT '',
    status_reason text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    submitted_at  timestamptz,
    decided_at    timestamptz,
    fulfilled_at  timestamptz,
    cancelled_at  timestamptz,
    version       bigint NOT NULL DEFAULT 1,
    deleted       boolean NOT NULL DEFAULT false,
    field_hlc     jsonb NOT NULL DEFAULT '{}',
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (total_minor = net_minor + tax_minor)
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_agent_created ON orders (agent_id, created_at);

CREATE TABLE order_lines (
    id               text PRIMARY KEY,
    order_id         text NOT NULL REFERENCES orders (id),
    line_no          bigint NOT NULL CHECK (line_no > 0),
    product_id       text NOT NULL REFERENCES products (id),
    description      text NOT NULL DEFAULT '',
    quantity_milli   bigint NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor   bigint NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    tax_rate_bp      bigint NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    net_minor        bigint NOT NULL,
    tax_minor        bigint NOT NULL,
    version          bigint NOT NULL DEFAULT 1,
    deleted          boolean NOT NULL DEFAULT false,
    field_hlc        jsonb NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX order_lines_number ON order_lines (order_id, line_no) WHERE NOT deleted;

CREATE TABLE transactions (
    id           text PRIMARY KEY,
    customer_id  text NOT NULL REFERENCES customers (id),
    order_id     text REFERENCES orders (id),
    kind         text NOT NULL CHECK (kind IN ('invoice', 'payment', 'credit_note', 'refund')),
    direction    text NOT NULL CHECK (direction IN ('forward', 'reverse')),
    reverses_id  text REFERENCES transactions (id),
    amount_minor bigint NOT NULL CHECK (amount_minor > 0),
    currency     text NOT NULL CHECK (length(currency) = 3),
    method       text NOT NULL DEFAULT 'none' CHECK (method IN ('none', 'cash', 'cheque', 'bank_transfer', 'card')),
    reference    text NOT NULL DEFAULT '',
    reason       text NOT NULL DEFAULT '',
    occurred_at  timestamptz NOT NULL,
    recorded_by  text NOT NULL,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    field_hlc    jsonb NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((direction = 'reverse') = (reverses_id IS NOT NULL)),
    CHECK (direction = 'forward' OR length(btrim(reason)) > 0)
);
CREATE INDEX transactions_customer ON transactions (customer_id);
CREATE INDEX transactions_reverses ON transactions (reverses_id) WHERE reverses_id IS NOT NULL;

-- The ledger is append-only on the server too.
CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'transactions are append-only: record a reversal instead';
END $$;
CREATE TRIGGER transactions_append_only BEFORE UPDATE OR DELETE ON transactions
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();

CREATE TABLE audit_entries (
    id         text PRIMARY KEY,
    at         timestamptz NOT NULL,
    user_id    text NOT NULL,
    device_id  text NOT NULL,
    action     text NOT NULL,
    entity     text NOT NULL,
    row_id     text NOT NULL,
    details    text NOT NULL DEFAULT '{}',
    version    bigint NOT NULL DEFAULT 1,
    deleted    boolean NOT NULL DEFAULT false,
    field_hlc  jsonb NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_entries_row ON audit_entries (entity, row_id);

-- The change log behind pull. txid is the writing transaction's 64-bit id; a reader only takes
-- entries of transactions older than every transaction still running (pg_snapshot_xmin of its
-- snapshot), in (txid, seq) order, so an entry that commits later can never land behind a
-- cursor a client already holds. territory_id is the row's scope after the change (NULL for
-- reference data every user sees).
CREATE TABLE change_log (
    txid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    entity       text NOT NULL,
    row_id       text NOT NULL,
    version      bigint NOT NULL,
    territory_id text,
    evict        boolean NOT NULL DEFAULT false, -- the row left territory_id
    PRIMARY KEY (txid, seq)
);
CREATE INDEX change_log_row ON change_log (entity, row_id);

-- Bumps the version of an updated row.
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- Appends a row change to change_log with the row's scope.
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row jsonb := to_jsonb(NEW);
    scope text;
BEGIN
    IF TG_ARGV[0] = 'customer' THEN
        scope := row ->> 'territory_id';
        IF TG_OP = 'UPDATE' AND OLD.territory_id IS DISTINCT FROM NEW.territory_id THEN
            -- The customer moved: clients of the old territory evict it (and, on their side, what
            -- hangs off it); clients of the new one receive it with its whole history.
            INSERT INTO change_log (entity, row_id, version, territory_id, evict)
            VALUES ('customer', OLD.id, NEW.version, OLD.territory_id, true);
            INSERT INTO change_log (entity, row_id, version, territory_id)
            SELECT 'visit', id, version, scope FROM visits WHERE customer_id = NEW.id
            UNION ALL SELECT 'order', id, version, scope FROM orders WHERE customer_id = NEW.id
            UNION ALL SELECT 'order_line', l.id, l.version, scope FROM order_lines l
                      JOIN orders o ON o.id = l.order_id WHERE o.customer_id = NEW.id
            UNION ALL SELECT 'transaction', id, version, scope FROM transactions WHERE customer_id = NEW.id;
        END IF;
    -- FOR SHARE: a customer move waits for this row's transaction and vice versa, so the scope
    -- logged here is the one the row really has when it commits.
    ELSIF TG_ARGV[0] IN ('visit', 'order', 'transaction') THEN
        SELECT territory_id INTO scope FROM customers WHERE id = row ->> 'customer_id' FOR SHARE;
    ELSIF TG_ARGV[0] = 'order_line' THEN
        SELECT c.territory_id INTO scope FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE o.id = row ->> 'order_id' FOR SHARE OF c;
    END IF;
    INSERT INTO change_log (entity, row_id, version, territory_id)
    VALUES (TG_ARGV[0], row ->> 'id', (row ->> 'version')::bigint, scope);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('territories', 'territory'), ('users', 'user'), ('manager_territories', 'manager_territory'),
        ('agents', 'agent'), ('agent_territories', 'agent_territory'), ('price_lists', 'price_list'),
        ('products', 'product'), ('price_list_items', 'price_list_item'), ('customers', 'customer'),
        ('visits', 'visit'), ('orders', 'order'), ('order_lines', 'order_line'),
        ('transactions', 'transaction'), ('audit_entries', 'audit_entry')) AS x(tbl, entity)
    LOOP
        IF t.tbl = 'users' THEN
            -- Only the synced columns count; a password change is not data for the clients.
            CREATE TRIGGER users_version BEFORE UPDATE OF username, display_name, email, role, active, deleted
                ON users FOR EACH ROW EXECUTE FUNCTION bump_version();
            CREATE TRIGGER users_log AFTER INSERT OR UPDATE OF username, display_name, email, role, active, deleted
                ON users FOR EACH ROW EXECUTE FUNCTION log_change('user');
            CONTINUE;
        END IF;
        IF t.tbl <> 'transactions' THEN
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION bump_version()',
                           t.tbl || '_version', t.tbl);
        END IF;
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION log_change(%L)',
                       t.tbl || '_log', t.tbl, t.entity);
    END LOOP;
END $$;

-- Users that already exist are part of the log from the start.
INSERT INTO change_log (entity, row_id, version, territory_id)
SELECT 'user', id::text, version, NULL FROM users ORDER BY created_at;

-- The scopes pull cursors refer to: a cursor names the territory set it was made for, so that
-- the next pull can tell what left the reader's scope and what entered it.
CREATE TABLE pull_scopes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    territory_ids text[] NOT NULL UNIQUE
);

-- Push bookkeeping. Every op a client sends gets exactly one stored result, keyed by its op id:
-- a replay (lost response, retry, crash) returns the stored result and changes nothing.
CREATE TABLE op_results (
    op_id         text PRIMARY KEY,
    change_set_id text NOT NULL,
    device_id     text NOT NULL,
    user_id       text NOT NULL,
    result        jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX op_results_change_set ON op_results (change_set_id);

-- Every same-field conflict, resolved automatically or waiting for a person.
CREATE TABLE conflicts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    op_id       text NOT NULL,
    entity      text NOT NULL,
    row_id      text NOT NULL,
    field       text NOT NULL,
    base_value  jsonb,
    mine_value  jsonb,
    theirs_value jsonb,
    resolution  text NOT NULL CHECK (resolution IN ('mine', 'theirs', 'manual', 'rejected')),
    policy      text NOT NULL,
    user_id     text NOT NULL,
    device_id   text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conflicts_row ON conflicts (entity, row_id);
