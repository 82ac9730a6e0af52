-- Written for SQLite; applied to Postgres through postgresDDL (migrate.go).
-- People, their devices and the platform's secrets: what the pipeline spine needs.
-- Times are Unix milliseconds (UTC) in both dialects so values compare exactly.
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE contributors (
    id           TEXT PRIMARY KEY,           -- random UUID; never leaves the ledger
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    birth_year   INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    sex          TEXT CHECK (sex IN ('female', 'male', 'other')),  -- optional
    created_ms   INTEGER NOT NULL
);

CREATE TABLE devices (
    id             TEXT PRIMARY KEY,         -- 32 hex digits, the wire format's device id
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    type           TEXT NOT NULL,
    serial         TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    public_key     BLOB NOT NULL,            -- Ed25519, 32 bytes
    paired_ms      INTEGER NOT NULL,
    last_seq       INTEGER NOT NULL DEFAULT 0, -- highest batch sequence the gateway accepted
    last_seen_ms   INTEGER NOT NULL DEFAULT 0,
    removed_ms     INTEGER                   -- set when the owner removes the device
);
CREATE INDEX devices_by_contributor ON devices(contributor_id);

CREATE TABLE pairing_codes (
    code           TEXT PRIMARY KEY,
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    device_type    TEXT NOT NULL,
    expires_ms     INTEGER NOT NULL,
    device_id      TEXT                      -- set when used; a code pairs once
);
