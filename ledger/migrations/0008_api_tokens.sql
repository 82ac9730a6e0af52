-- Researchers' API tokens; only their SHA-256 is stored.
CREATE TABLE api_tokens (
    token_hash    BLOB PRIMARY KEY,
    researcher_id TEXT NOT NULL REFERENCES researchers(id),
    created_ms    INTEGER NOT NULL
);
