-- Consent history, cohort snapshots and the bundles exported from them.

-- Every grant or revocation is a row; the latest row at a time decides.
CREATE TABLE consent_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    scope          TEXT NOT NULL,            -- e.g. 'research'
    granted        INTEGER NOT NULL,         -- 1 grant, 0 revoke
    terms_version  TEXT NOT NULL,
    at_ms          INTEGER NOT NULL
);
CREATE INDEX consent_by_contributor ON consent_events(contributor_id, scope, at_ms);

-- A cohort is a definition; its snapshots are immutable, versioned contents.
CREATE TABLE cohorts (
    id          TEXT PRIMARY KEY,            -- e.g. '40-49.moderate.wristband', 'any.active.any'
    age_band    TEXT NOT NULL,
    activity    TEXT NOT NULL,
    device_type TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE snapshots (
    id               TEXT PRIMARY KEY,       -- cohort id + '@v' + version
    cohort_id        TEXT NOT NULL REFERENCES cohorts(id),
    version          INTEGER NOT NULL,
    created_ms       INTEGER NOT NULL,
    window_from_ms   INTEGER NOT NULL,
    window_to_ms     INTEGER NOT NULL,
    received_to_ms   INTEGER NOT NULL,       -- only rows the warehouse had by then
    k                INTEGER NOT NULL,
    members          INTEGER NOT NULL,
    contributor_days INTEGER NOT NULL,
    row_count           INTEGER NOT NULL,
    price_cents      INTEGER NOT NULL,
    merkle_root      BLOB NOT NULL,
    content_hash     BLOB NOT NULL,          -- equal hashes, equal contents
    stats_json       TEXT NOT NULL,
    UNIQUE (cohort_id, version)
);

CREATE TABLE snapshot_members (
    snapshot_id    TEXT NOT NULL REFERENCES snapshots(id),
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    pid            TEXT NOT NULL,
    weight         INTEGER NOT NULL,         -- valid minutes in the window
    coverage_days  INTEGER NOT NULL,
    row_count         INTEGER NOT NULL,
    digest         BLOB NOT NULL,            -- digest of the member's rows
    age_band       TEXT NOT NULL,
    activity       TEXT NOT NULL,
    device_type    TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, pid)
);

-- A bundle is one snapshot exported for one purchase, with its own secret
-- (fresh pseudonyms and time offsets); re-exporting with it gives the same bytes.
CREATE TABLE bundles (
    id          TEXT PRIMARY KEY,
    snapshot_id TEXT NOT NULL REFERENCES snapshots(id),
    secret      BLOB NOT NULL,
    created_ms  INTEGER NOT NULL,
    order_id    TEXT                         -- set when sold (portal)
);
