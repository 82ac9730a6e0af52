-- The standard exports a buyer chose when ordering ('' = Parquet only;
-- else a sorted comma-separated list such as 'fhir,omh'): the default of
-- every download of the order.
ALTER TABLE orders ADD COLUMN formats TEXT NOT NULL DEFAULT '';
