-- Consent events are relayed on chain (EIP-712, signed by the contributor's
-- custodial key). The nonce is stored before the transaction is sent, so a
-- restart can tell whether it landed.
ALTER TABLE consent_events ADD COLUMN chain_nonce INTEGER;
ALTER TABLE consent_events ADD COLUMN chain_tx TEXT;
