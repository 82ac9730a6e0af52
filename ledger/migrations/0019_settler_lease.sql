-- One settlement process drives the operator key at a time: it holds this
-- lease, renewed every run, and another may take it only once it expired.
CREATE TABLE settler_lease (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
);
