-- API tokens get a name, scopes, an expiry, revocation and a last-use time.
-- Tokens issued before keep every scope and expire 90 days after creation.
ALTER TABLE api_tokens ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT 'read buy';
ALTER TABLE api_tokens ADD COLUMN expires_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE api_tokens ADD COLUMN revoked_ms INTEGER;
ALTER TABLE api_tokens ADD COLUMN last_used_ms INTEGER;
UPDATE api_tokens SET expires_ms = created_ms + 7776000000;
CREATE INDEX api_tokens_by_researcher ON api_tokens(researcher_id, created_ms);
