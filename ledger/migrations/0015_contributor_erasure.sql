-- Account deletion erases a contributor's personal data and keeps the row
-- (payouts, consent events and records point to it): erased_ms marks it, and
-- the birth year becomes nullable. The column is rebuilt because neither
-- database can drop NOT NULL the same way.
ALTER TABLE contributors ADD COLUMN erased_ms INTEGER;
ALTER TABLE contributors ADD COLUMN birth_year_nullable INTEGER CHECK (birth_year_nullable BETWEEN 1900 AND 2100);
UPDATE contributors SET birth_year_nullable = birth_year;
ALTER TABLE contributors DROP COLUMN birth_year;
ALTER TABLE contributors RENAME COLUMN birth_year_nullable TO birth_year;
