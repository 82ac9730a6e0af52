-- A random salt per contribution record, part of every leaf of its tree, so
-- a leaked proof cannot confirm guessed readings of other minutes. Records
-- made before have none (their leaves start with 32 zero bytes).
ALTER TABLE contribution_records ADD COLUMN salt BLOB;
