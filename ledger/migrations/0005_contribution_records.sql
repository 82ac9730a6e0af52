-- Contribution records: one non-transferable token per device per hour of
-- data, minted in batches through an outbox like payout epochs.
CREATE TABLE mint_batches (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    status     TEXT NOT NULL,                 -- 'pending', 'submitted', 'confirmed'
    raw_tx     BLOB,
    tx_hash    TEXT,
    created_ms INTEGER NOT NULL
);

CREATE TABLE contribution_records (
    device_id      TEXT NOT NULL,
    hour_ms        INTEGER NOT NULL,
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    account        TEXT NOT NULL,
    samples        INTEGER NOT NULL,
    root           BLOB NOT NULL,
    from_ms        INTEGER NOT NULL,
    to_ms          INTEGER NOT NULL,
    batch_id       INTEGER NOT NULL REFERENCES mint_batches(id),
    position       INTEGER NOT NULL,
    token_id       INTEGER,
    PRIMARY KEY (device_id, hour_ms)
);
CREATE INDEX records_by_contributor ON contribution_records(contributor_id, hour_ms);
