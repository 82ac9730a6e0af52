-- The minutes uploads added to each contributor's days, so the daily limit on
-- uploaded minutes holds across uploads (and a retried upload gets the same
-- minutes again).
CREATE TABLE upload_minutes (
    contributor_id TEXT NOT NULL REFERENCES contributors(id),
    day_ms         INTEGER NOT NULL,   -- UTC midnight, Unix ms
    minutes        BLOB NOT NULL,      -- 180 bytes: bit i%8 of byte i/8 is minute i of the day
    PRIMARY KEY (contributor_id, day_ms)
);
