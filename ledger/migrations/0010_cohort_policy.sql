-- Operators' changes to the cohort policy (k and pricing), newest wins; the
-- history stays for audit. Without a row the configured defaults apply.
CREATE TABLE policy_changes (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    k                INTEGER NOT NULL,
    base_price_cents INTEGER NOT NULL,
    per_day_cents    INTEGER NOT NULL,
    changed_by       TEXT NOT NULL,
    created_ms       INTEGER NOT NULL
);
