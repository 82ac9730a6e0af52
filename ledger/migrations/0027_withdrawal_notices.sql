-- When a contributor withdraws (stops sharing, stops allowing a purpose, or
-- deletes the account), every buyer of a bundle holding them is told which
-- pseudonym of that bundle to delete: one notice per bundle and pseudonym,
-- written in the withdrawal's own transaction. Buyers acknowledge; a buyer
-- with a webhook also gets each notice pushed, signed, with bounded retries.
CREATE TABLE withdrawal_notices (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    bundle_id        TEXT NOT NULL REFERENCES bundles(id),
    pid              TEXT NOT NULL,
    contributor_id   TEXT NOT NULL REFERENCES contributors(id),
    researcher_id    TEXT NOT NULL REFERENCES researchers(id),
    order_id         TEXT NOT NULL REFERENCES orders(id),
    reason           TEXT NOT NULL,
    created_ms       INTEGER NOT NULL,
    acknowledged_ms  INTEGER,
    hook_attempts    INTEGER NOT NULL DEFAULT 0,
    hook_next_ms     INTEGER,
    hook_done_ms     INTEGER,
    hook_error       TEXT NOT NULL DEFAULT '',
    UNIQUE (bundle_id, pid)
);
CREATE INDEX withdrawal_notices_by_researcher ON withdrawal_notices(researcher_id, id);
CREATE INDEX withdrawal_notices_by_contributor ON withdrawal_notices(contributor_id);
CREATE INDEX withdrawal_notices_hook_due ON withdrawal_notices(hook_next_ms) WHERE hook_next_ms IS NOT NULL;

CREATE TABLE researcher_webhooks (
    researcher_id TEXT PRIMARY KEY REFERENCES researchers(id),
    url           TEXT NOT NULL,
    secret        TEXT NOT NULL,
    created_ms    INTEGER NOT NULL
);
