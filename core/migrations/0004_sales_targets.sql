-- Schema version 4: sales targets. A target is an amount to sell in a period (first and last
-- day, inclusive), for a territory at any level of the tree (region, area or territory), and, for
-- an agent's own target, also naming the agent. Managers set them for their subtree, admins for
-- any; they sync like the other data (core/store/entityschema.cpp declares how).
CREATE TABLE sales_targets (
    id             TEXT PRIMARY KEY NOT NULL,
    territory_id   TEXT NOT NULL REFERENCES territories (id),
    agent_id       TEXT REFERENCES agents (id),
    period_start   TEXT NOT NULL CHECK (date(period_start) IS period_start),
    period_end     TEXT NOT NULL CHECK (date(period_end) IS period_end),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor >= 0),
    created_by     TEXT NOT NULL REFERENCES users (id),
    server_version INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL,
    CHECK (period_end >= period_start)
);
CREATE INDEX sales_targets_territory ON sales_targets (territory_id, period_start);
CREATE INDEX sales_targets_agent ON sales_targets (agent_id, period_start) WHERE agent_id IS NOT NULL;

-- A version without this table skipped the targets the server already sent it: the next sync
-- starts again from a snapshot (rows already here are only replaced by newer versions), so
-- the targets arrive; changes not yet sent stay in the outbox.
DELETE FROM meta WHERE key IN ('sync.cursor', 'sync.snapshot_rows');
