-- The warehouse write a snapshot summarized: its bundles export exactly the
-- batches stored by then (0: snapshots made before writes were numbered,
-- bounded by received_to_ms instead).
ALTER TABLE snapshots ADD COLUMN through_wseq INTEGER NOT NULL DEFAULT 0;
