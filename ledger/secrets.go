package ledger

import "context"

// FramesKey returns the key with which the gateway and the upload path tag
// the frames records they accepted and the stream checks those tags
// (ingest/recordauth), creating it on first use. Like the pepper it lives
// only here: whoever holds it can put data into the warehouse.
func (s *Store) FramesKey(ctx context.Context) ([]byte, error) {
	return s.secret(ctx, "frames_record_key", 32)
}
