-- A payout epoch's transaction can be signed again: with higher fees while it
-- is stuck, under a new nonce when another transaction took its nonce, after
-- a revert. Every hash it was ever signed under stays listed, because any of
-- them may be the one the chain includes; signed_ms dates the current one.
ALTER TABLE payout_epochs ADD COLUMN prior_tx_hashes TEXT NOT NULL DEFAULT '';
ALTER TABLE payout_epochs ADD COLUMN signed_ms INTEGER NOT NULL DEFAULT 0;
