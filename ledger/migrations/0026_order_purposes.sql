-- What a buyer states an order is for: one of the fixed purposes (see
-- ledger.Purposes) and the organisation that will use the data. A bundle
-- holds only members who allow the order's purpose. Orders placed before
-- purposes existed were academic research by the researcher's organisation.
ALTER TABLE orders ADD COLUMN purpose TEXT NOT NULL DEFAULT 'academic';
ALTER TABLE orders ADD COLUMN organization TEXT NOT NULL DEFAULT '';
UPDATE orders SET organization = (SELECT r.organization FROM researchers r WHERE r.id = orders.researcher_id);
CREATE INDEX orders_by_bundle ON orders(bundle_id);
-- Purpose choices are consent events with scope 'purpose:<id>'; this index
-- serves "the latest event of a scope" for one contributor.
CREATE INDEX consent_events_latest ON consent_events(contributor_id, scope, at_ms, id);
