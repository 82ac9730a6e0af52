-- The outbox of sale announcements: PlaceOrder writes a row in the order's own
-- transaction; the announcer publishes it to the sales topic and sets sent_ms
-- once the broker acknowledged it, so a paid order is always announced.
CREATE TABLE sale_outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT, -- announcement order
    order_id   TEXT NOT NULL UNIQUE REFERENCES orders(id),
    created_ms INTEGER NOT NULL,
    sent_ms    INTEGER
);
CREATE INDEX sale_outbox_unsent ON sale_outbox(id) WHERE sent_ms IS NULL;

-- Orders placed before this table: those whose sale was never recorded are
-- announced (again); settlement pays each sale id once.
INSERT INTO sale_outbox (order_id, created_ms, sent_ms)
SELECT o.id, o.created_ms, (SELECT s.created_ms FROM sales s WHERE s.id = o.id) FROM orders o ORDER BY o.created_ms, o.id;
