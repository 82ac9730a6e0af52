package main

import (
	"context"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
)

// recordKey is the ledger's frames key: the gateway and the upload path tag
// the records they accept with it, and the stream stores only those.
func recordKey(ctx context.Context, store *ledger.Store) (*recordauth.Key, error) {
	secret, err := store.FramesKey(ctx)
	if err != nil {
		return nil, err
	}
	return recordauth.NewKey(secret)
}

// uploadFrames sends an upload's batches to the frames topic tagged as
// accepted, as the gateway tags a device's: the portal made and signed them
// itself, with the upload's own paired device.
func uploadFrames(cl *kgo.Client, key *recordauth.Key) func(ctx context.Context, device, batch []byte) error {
	return func(ctx context.Context, device, batch []byte) error {
		rec := &kgo.Record{Topic: kafka.FramesTopic, Key: device, Value: batch}
		key.Seal(rec, time.Now())
		return cl.ProduceSync(ctx, rec).FirstErr()
	}
}
