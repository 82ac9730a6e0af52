-- Contribution records: one non-transferable token per device per hour of
-- data, minted in batches through an outbox like payout epochs.
CREATE TABLE mint_batches (
    id         BIGSERIAL PRIMARY KEY,
    status     TEXT NOT NULL,                 -- 'pending', 'submitted', 'confirmed'
    raw_tx     BYTEA,
    tx_hash    TEXT,
    created_ms BIGINT NOT NULL
);

CREATE TABLE contribution_records (
    device_id      TEXT NOT NULL,
    hour_ms        BIGINT NOT NULL,
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    account        TEXT NOT NULL,
    samples        BIGINT NOT NULL,
    root           BYTEA NOT NULL,
    from_ms        BIGINT NOT NULL,
    to_ms          BIGINT NOT NULL,
    batch_id       BIGINT NOT NULL REFERENCES mint_batches(id),
    position       BIGINT NOT NULL,
    token_id       BIGINT,
    PRIMARY KEY (device_id, hour_ms)
);
CREATE INDEX records_by_contributor ON contribution_records(contributor_id, hour_ms);
