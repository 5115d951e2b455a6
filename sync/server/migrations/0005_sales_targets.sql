-- salessync-server schema version 5: sales targets (see core/migrations/0004_sales_targets.sql).
-- Their change-log and version triggers are generated from the entity declaration.
CREATE TABLE sales_targets (
    id           text PRIMARY KEY,
    territory_id text NOT NULL REFERENCES territories (id),
    agent_id     text REFERENCES agents (id),
    period_start date NOT NULL,
    period_end   date NOT NULL,
    currency     text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
    created_by   text NOT NULL,
    version      bigint NOT NULL DEFAULT 1,
    deleted      boolean NOT NULL DEFAULT false,
    field_hlc    jsonb NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start)
);
CREATE INDEX sales_targets_territory ON sales_targets (territory_id, period_start);
