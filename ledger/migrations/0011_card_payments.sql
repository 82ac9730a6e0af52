-- Completed card payments that bought credit: the provider's payment id makes
-- a repeated notification credit once.
CREATE TABLE card_payments (
    id            TEXT PRIMARY KEY,
    researcher_id TEXT NOT NULL REFERENCES researchers(id),
    cents         INTEGER NOT NULL CHECK (cents > 0),
    created_ms    INTEGER NOT NULL
);
