-- salessync-server schema version 1: server facts, accounts and sessions.

CREATE TABLE server_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- The epoch identifies this database's history. Clients remember it; a different epoch means
-- the server was replaced or restored, and the client must not trust its sync cursor.
INSERT INTO server_meta (key, value) VALUES ('epoch', gen_random_uuid()::text);

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    username       text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name   text NOT NULL CHECK (length(btrim(display_name)) > 0),
    email          text NOT NULL DEFAULT '',
    role           text NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
    active         boolean NOT NULL DEFAULT true,
    password_hash  text NOT NULL,
    version        bigint NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens, stored only as SHA-256 hashes of the random token.
CREATE TABLE sessions (
    id           uuid PRIMARY KEY,
    token_hash   bytea NOT NULL UNIQUE,
    user_id      uuid NOT NULL REFERENCES users (id),
    device_id    text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_seen_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Failed logins, for throttling across all server instances.
CREATE TABLE login_failures (
    username text NOT NULL,
    at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_username_at ON login_failures (username, at);
