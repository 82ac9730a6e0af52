-- How many readings of each metric each upload put in each minute of a
-- contributor's day, so that frame.MaxSamplesPerMinute holds across uploads
-- (and a retried upload gets the same counts again).
CREATE TABLE upload_minute_counts (
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    day_ms         INTEGER NOT NULL,   -- UTC midnight, Unix ms
    metric         INTEGER NOT NULL,
    file_sha256    TEXT NOT NULL,
    counts         BLOB NOT NULL,      -- 2,880 bytes: uint16 little-endian per minute of the day
    PRIMARY KEY (contributor_id, day_ms, metric, file_sha256)
);
