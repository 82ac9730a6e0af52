-- What each bundle variant (its formats) was first delivered as: the zip's
-- SHA-256 and size. Re-downloads are served from the same file or a
-- re-export of it, and researchers pin a purchase by this digest.
CREATE TABLE bundle_exports (
    bundle_id  TEXT NOT NULL REFERENCES bundles(id),
    formats    TEXT NOT NULL, -- '' (Parquet only) or a sorted list such as 'fhir,omh'
    sha256     TEXT NOT NULL,
    bytes      INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, formats)
);
