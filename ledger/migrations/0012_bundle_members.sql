-- Who a bundle holds: the members of its snapshot who consented when it was
-- issued. Exports and the sale's split read these rows, so nobody who had
-- revoked consent by then is exported or paid.
CREATE TABLE bundle_members (
    bundle_id TEXT NOT NULL REFERENCES bundles(id),
    pid       TEXT NOT NULL,
    PRIMARY KEY (bundle_id, pid)
);

-- Bundles issued before this table held every member of their snapshot.
INSERT INTO bundle_members (bundle_id, pid)
SELECT b.id, m.pid FROM bundles b JOIN snapshot_members m ON m.snapshot_id = b.snapshot_id;
