-- Contributors take verified earnings to a bank account through a payouts
-- provider. The account is kept only until replaced or the account deleted;
-- a cash-out is requested (amount reserved), then paid or failed (released).
-- The same idempotency key never pays twice.
CREATE TABLE bank_accounts (
    contributor_id TEXT PRIMARY KEY REFERENCES contributors(id),
    holder         TEXT NOT NULL,
    number         TEXT NOT NULL,
    created_ms     INTEGER NOT NULL
);

CREATE TABLE cash_outs (
    id              TEXT PRIMARY KEY,
    contributor_id  TEXT NOT NULL REFERENCES contributors(id),
    idempotency_key TEXT NOT NULL,
    amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
    fee_cents       INTEGER NOT NULL CHECK (fee_cents >= 0),
    account_last4   TEXT NOT NULL,
    status          TEXT NOT NULL,
    provider_ref    TEXT NOT NULL DEFAULT '',
    created_ms      INTEGER NOT NULL,
    settled_ms      INTEGER,
    UNIQUE (contributor_id, idempotency_key)
);
CREATE INDEX cash_outs_open ON cash_outs(status) WHERE status = 'requested';
