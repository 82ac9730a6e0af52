-- A paid cash-out burns exactly its cents of the contributor's on-chain
-- credit (claiming first what is not claimed yet), through an outbox like
-- payout epochs: the signed transaction is stored before it is sent, and
-- the chain redeems each cash-out id once. Cash-outs paid before this
-- migration are redeemed too: their credit was claimed and never burnt.
ALTER TABLE cash_outs ADD COLUMN redeem_status TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE cash_outs ADD COLUMN redeem_raw_tx BLOB;
ALTER TABLE cash_outs ADD COLUMN redeem_tx_hash TEXT;
CREATE INDEX cash_outs_unredeemed ON cash_outs(redeem_status) WHERE redeem_status <> 'redeemed';
