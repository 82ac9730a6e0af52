-- Researchers, their prepaid credits and orders. An order's idempotency key
-- makes a double click or a retried request charge once.
CREATE TABLE researchers (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    organization  TEXT NOT NULL,
    intended_use  TEXT NOT NULL,
    credits_cents INTEGER NOT NULL DEFAULT 0 CHECK (credits_cents >= 0),
    created_ms    INTEGER NOT NULL
);

CREATE TABLE credit_grants (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    researcher_id TEXT NOT NULL REFERENCES researchers(id),
    cents         INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    created_ms    INTEGER NOT NULL
);

CREATE TABLE orders (
    id              TEXT PRIMARY KEY,        -- also the sale id
    researcher_id   TEXT NOT NULL REFERENCES researchers(id),
    idempotency_key TEXT NOT NULL UNIQUE,
    snapshot_id     TEXT NOT NULL REFERENCES snapshots(id),
    bundle_id       TEXT NOT NULL,
    price_cents     INTEGER NOT NULL,
    fee_bps         INTEGER NOT NULL,
    created_ms      INTEGER NOT NULL
);
CREATE INDEX orders_by_researcher ON orders(researcher_id, created_ms);

ALTER TABLE identities ADD COLUMN researcher_id TEXT REFERENCES researchers(id);
