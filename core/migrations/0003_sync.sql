-- Schema version 3: what the sync engine keeps beside the data.
--
-- sync_quarantine: ops the server rejected, with its reason, kept for the user to retry or
-- discard (the local row was put back to the server's state), and local edits of rows that left
-- this user's scope (code 'evicted'), kept aside for review.
CREATE TABLE sync_quarantine (
    op_id          TEXT PRIMARY KEY NOT NULL,
    change_set_id  TEXT NOT NULL,
    entity         TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    fields         TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    base_version   INTEGER NOT NULL,
    user_id        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    code           TEXT NOT NULL,
    message        TEXT NOT NULL,
    quarantined_at TEXT NOT NULL
);

-- sync_conflicts: every same-field conflict the server reported for this device's ops, with
-- base, mine and theirs (JSON values). Those with resolution 'manual' wait for a person:
-- resolved_at stays NULL until they choose mine, theirs or an edited value, which then syncs
-- as an ordinary op.
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT NOT NULL,
    entity       TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    base_value   TEXT NOT NULL,
    mine_value   TEXT NOT NULL,
    theirs_value TEXT NOT NULL,
    policy       TEXT NOT NULL,
    resolution   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    resolved_at  TEXT,
    UNIQUE (op_id, field)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_at) WHERE resolved_at IS NULL;

-- The ledger is append-only, except that the sync engine removes the entries of customers that
-- left this user's scope: it marks its transaction in sync_eviction (a row that exists only
-- inside that transaction) and the delete trigger lets it through.
CREATE TABLE sync_eviction (
    active INTEGER PRIMARY KEY CHECK (active = 1)
);
DROP TRIGGER transactions_append_only_delete;
CREATE TRIGGER transactions_append_only_delete
BEFORE DELETE ON transactions
WHEN NOT EXISTS (SELECT 1 FROM sync_eviction)
BEGIN
    SELECT RAISE(ABORT, 'transactions are append-only: record a reversal instead');
END;
