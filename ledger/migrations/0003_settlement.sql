-- Money: custodial wallets, sales, their payout lines, a double-entry journal,
-- on-chain payout epochs (the outbox of chain transactions) and notifications.
-- Amounts are integer US cents.

CREATE TABLE wallets (
    contributor_id TEXT PRIMARY KEY REFERENCES contributors(id),
    address        TEXT NOT NULL UNIQUE,      -- 0x-prefixed, checksummed
    key_ciphertext BLOB NOT NULL,             -- AES-256-GCM under the master key
    created_ms     INTEGER NOT NULL
);

CREATE TABLE sales (
    id          TEXT PRIMARY KEY,             -- idempotency key of the sale
    snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
    bundle_id   TEXT NOT NULL,
    buyer       TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    fee_bps     INTEGER NOT NULL,
    fee_cents   INTEGER NOT NULL,
    created_ms  INTEGER NOT NULL,
    epoch       INTEGER                       -- payout epoch that commits it on chain
);

CREATE TABLE payout_lines (
    sale_id        TEXT NOT NULL REFERENCES sales(id),
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    account        TEXT NOT NULL,             -- the contributor's wallet address
    cents          INTEGER NOT NULL CHECK (cents >= 0),
    PRIMARY KEY (sale_id, contributor_id)
);
CREATE INDEX payout_lines_by_account ON payout_lines(account);

CREATE TABLE journal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id    TEXT NOT NULL REFERENCES sales(id),
    account    TEXT NOT NULL,                 -- 'researcher:<buyer>', 'platform:fees', 'contributor:<id>'
    debit      INTEGER NOT NULL DEFAULT 0,
    credit     INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL
);
CREATE INDEX journal_by_sale ON journal(sale_id);

-- One row per on-chain commit of the cumulative payout root. The signed
-- transaction is stored before it is sent, so a restart resends the very same
-- transaction (same nonce, same hash) instead of paying twice.
CREATE TABLE payout_epochs (
    epoch        INTEGER PRIMARY KEY,
    root         BLOB NOT NULL,
    status       TEXT NOT NULL,               -- 'pending', 'submitted', 'confirmed'
    raw_tx       BLOB,
    tx_hash      TEXT,
    block_number INTEGER,
    created_ms   INTEGER NOT NULL
);

CREATE TABLE epoch_balances (
    epoch      INTEGER NOT NULL REFERENCES payout_epochs(epoch),
    account    TEXT NOT NULL,
    cumulative INTEGER NOT NULL,
    PRIMARY KEY (epoch, account)
);

CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    kind           TEXT NOT NULL,
    body           TEXT NOT NULL,
    created_ms     INTEGER NOT NULL,
    read_ms        INTEGER
);
CREATE INDEX notifications_by_contributor ON notifications(contributor_id, id);
