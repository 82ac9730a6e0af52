package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/app"
	"rhd.dev/firmware/frame"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
)

// uploadDevice pairs a one-time upload device for owner, as the portal does
// for each uploaded file.
func uploadDevice(t *testing.T, p *pipeline, owner ledger.Contributor) (ledger.Device, ed25519.PrivateKey) {
	t.Helper()
	ctx := context.Background()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	code, err := p.store.CreatePairingCode(ctx, owner.ID, "upload")
	if err != nil {
		t.Fatal(err)
	}
	dev, err := p.store.PairDevice(ctx, code, "upload-0123456789abcdef", pub)
	if err != nil {
		t.Fatal(err)
	}
	return dev, priv
}

// uploadBatch is an uploaded file's batch: one frame per reading, as
// ingest/upload builds them.
func uploadBatch(t *testing.T, dev ledger.Device, key ed25519.PrivateKey, seq uint64, hr ...uint16) []byte {
	t.Helper()
	id, _ := frame.ParseDeviceID(dev.ID)
	var enc frame.Encoder
	enc.Reset(id, seq)
	for i, v := range hr {
		enc.AddFrame(hourStart.Add(time.Duration(i)*time.Minute).UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{v}})
	}
	b, err := enc.Sign(key)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(b)
}

// Uploads do not pass the gateway: the portal signs an upload's batches
// with a device of its own, sends them with uploadFrames (its Market.Frames)
// and removes that device at once. They land all the same; the same kind of
// batch written straight to Kafka, with rhd's wiring, does not.
func TestUploadedBatchesLandAfterTheirDeviceIsRemoved(t *testing.T) {
	p := startPipeline(t)
	ctx := context.Background()
	owner := p.contributor("uploader@example.org")
	dev, key := uploadDevice(t, p, owner)
	cl, err := kgo.NewClient(kgo.SeedBrokers(p.cfg.Brokers()...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	rkey, err := app.RecordKey(ctx, p.store)
	if err != nil {
		t.Fatal(err)
	}
	if err := app.UploadFrames(cl, rkey)(ctx, []byte(dev.ID), uploadBatch(t, dev, key, 1, 61, 62, 63)); err != nil {
		t.Fatal(err)
	}
	if err := p.store.RemoveDevice(ctx, owner.ID, dev.ID); err != nil {
		t.Fatal(err)
	}
	if c := p.waitBatches(1); c.Batches != 1 || c.Readings != 3 {
		t.Fatalf("warehouse %+v, want the uploaded batch: 1 batch, 3 readings", c)
	}

	// The attack on rhd's wiring: a batch of the removed device with
	// an all-zero signature, produced straight to the frames topic.
	forged := uploadBatch(t, dev, key, 2, 70, 71)
	clear(forged[len(forged)-frame.SignatureSize:])
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: kafka.FramesTopic, Key: []byte(dev.ID), Value: forged}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	m := p.stream.metrics
	for deadline := time.Now().Add(30 * time.Second); testutil.ToFloat64(m.DeadLetters) < 1; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the forged batch was not dead-lettered within 30 s")
		}
	}
	if un := testutil.ToFloat64(m.Unauthenticated); un != 1 {
		t.Fatalf("%v unauthenticated records counted, want 1", un)
	}
	if c, _ := p.wh.Counts(ctx); c.Batches != 1 || c.Readings != 3 {
		t.Fatalf("warehouse %+v after the forged batch, want it unchanged", c)
	}
}
