-- salessync-server schema version 9: administration from the desktop app.
--
-- Territories can be deactivated (see core/migrations/0008_administration.sql).
ALTER TABLE territories ADD COLUMN active boolean NOT NULL DEFAULT true;

-- A new or reset account either has an initial password that must be changed at the first
-- sign-in, or a one-time setup code (stored as a hash, like tokens) with which the person
-- chooses their password. password_hash is '' while only a setup code is set.
ALTER TABLE users
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
    ADD COLUMN setup_code_hash bytea,
    ADD COLUMN setup_code_expires_at timestamptz;

-- The server's view of each device: when its user last signed in and synced on it, and what
-- work it reported still holding at its last sync (ops in its outbox, and the customers they
-- touch), so that an admin can see what a realignment would take from a laptop that has not
-- synced.
CREATE TABLE devices (
    device_id         text NOT NULL,
    user_id           uuid NOT NULL REFERENCES users (id),
    first_seen_at     timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at   timestamptz,
    last_sync_at      timestamptz,
    client_version    text NOT NULL DEFAULT '',
    pending_ops       bigint NOT NULL DEFAULT 0 CHECK (pending_ops >= 0),
    pending_customers text[] NOT NULL DEFAULT '{}',
    reported_at       timestamptz,
    PRIMARY KEY (device_id, user_id)
);
CREATE INDEX devices_user ON devices (user_id);
CREATE INDEX sessions_device ON sessions (device_id);

-- Disabling or deleting a user ends every session they have, at once and whichever way the
-- change is made (the admin endpoints, salessync-server set-active, SQL).
CREATE FUNCTION revoke_sessions_of_disabled_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE sessions SET revoked_at = now() WHERE user_id = NEW.id AND revoked_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER users_disabled_revokes_sessions AFTER UPDATE OF active, deleted ON users FOR EACH ROW
    WHEN ((NOT NEW.active OR NEW.deleted) AND (OLD.active AND NOT OLD.deleted))
    EXECUTE FUNCTION revoke_sessions_of_disabled_user();

-- Realignments: customers, agents' territories and territories moved together, applied at once
-- or at an effective time by whichever server instance gets to it first (the row is locked and
-- its status changed in the same transaction, so it is applied exactly once). Kept as history,
-- with the preview the person approved.
CREATE TABLE realignments (
    id           uuid PRIMARY KEY,
    created_by   uuid NOT NULL REFERENCES users (id),
    device_id    text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now(),
    effective_at timestamptz NOT NULL,
    status       text NOT NULL CHECK (status IN ('scheduled', 'applied', 'failed', 'cancelled')),
    note         text NOT NULL DEFAULT '',
    moves        jsonb NOT NULL,
    preview      jsonb NOT NULL,
    applied_at   timestamptz,
    failure      text NOT NULL DEFAULT ''
);
CREATE INDEX realignments_due ON realignments (effective_at) WHERE status = 'scheduled';
