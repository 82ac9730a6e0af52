-- Uploaded files, by content: the same file uploaded again is recognised.
CREATE TABLE uploads (
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    sha256         TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    readings       INTEGER NOT NULL,
    created_ms     INTEGER NOT NULL,
    PRIMARY KEY (contributor_id, sha256)
);
