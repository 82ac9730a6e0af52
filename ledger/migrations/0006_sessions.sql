-- Sign-in: identities from the OpenID provider, linked to a contributor once
-- onboarded, and server-side sessions (the cookie holds only a random id;
-- the table holds its SHA-256).
CREATE TABLE identities (
    issuer         TEXT NOT NULL,
    subject        TEXT NOT NULL,
    email          TEXT NOT NULL,
    name           TEXT NOT NULL,
    contributor_id TEXT REFERENCES contributors(id),
    created_ms     INTEGER NOT NULL,
    PRIMARY KEY (issuer, subject)
);

CREATE TABLE sessions (
    id_hash    BLOB PRIMARY KEY,
    issuer     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL
);
