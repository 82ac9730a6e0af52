package bench

import (
	"context"
	"crypto/ed25519"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/warehouse"
)

func testDevice(t *testing.T, typ sim.DeviceType) Device {
	_, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewDevice(frame.DeviceID{1, 2, 3}, key, typ, 7)
}

// A batch's newest sample is taken when the batch is sealed, and its
// frames follow each other minute by minute: what the latency figures
// ("newest sample → queryable") count from.
func TestSampleBatchEndsWithASampleTakenNow(t *testing.T) {
	for _, typ := range []sim.DeviceType{sim.Wristband, sim.ChestStrap, sim.Ring} {
		before := time.Now().UnixMilli()
		body, err := SampleBatch(testDevice(t, typ), 10)
		after := time.Now().UnixMilli()
		if err != nil {
			t.Fatal(err)
		}
		b, err := frame.Parse(body)
		if err != nil {
			t.Fatal(err)
		}
		newest, frames, prevStart := int64(0), 0, int64(0)
		for it := b.Frames(); it.Next(); frames++ {
			f := it.Frame()
			if frames > 0 && f.StartMs()-prevStart != sim.FrameMs {
				t.Fatalf("%s: frame %d starts %d ms after the one before", typ, frames, f.StartMs()-prevStart)
			}
			prevStart = f.StartMs()
			for ch := f.Channels(); ch.Next(); {
				if c := ch.Channel(); c.Len() > 0 {
					newest = max(newest, c.TimeMs(c.Len()-1))
				}
			}
		}
		if frames != 10 || newest < before || newest > after {
			t.Fatalf("%s: %d frames, newest sample at %d, sealed between %d and %d", typ, frames, newest, before, after)
		}
	}
}

// The storage ceiling writes the stream's own rows of the batch it is given,
// every copy stored as new.
func TestStorageCeilingWritesTheStreamsRows(t *testing.T) {
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer wh.Close()
	body, err := SampleBatch(testDevice(t, sim.Wristband), 10)
	if err != nil {
		t.Fatal(err)
	}
	rate, err := StorageCeiling(ctx, wh, body, 3, 100*time.Millisecond)
	if err != nil || rate <= 0 {
		t.Fatalf("rate %v, %v", rate, err)
	}
	c, err := wh.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	perBatch := int64(Shape{MinutesPerBatch: 10}.SamplesPerBatch(sim.Wristband))
	// A rollup per channel and calendar minute: ten minutes of frames touch
	// ten or eleven of them.
	channels := int64(sim.Channels(sim.Wristband))
	if c.Batches == 0 || c.Batches%3 != 0 || c.Readings != c.Batches*perBatch || c.Rollups < c.Batches*10*channels || c.Rollups > c.Batches*11*channels {
		t.Fatalf("warehouse holds %+v after writes of 3 batches of %d samples", c, perBatch)
	}
}

// The signature ceiling checks every batch against its own device's key,
// and stops with an error when one does not verify.
func TestSignatureCeilingChecksEachBatchWithItsKey(t *testing.T) {
	ctx := context.Background()
	a, b := testDevice(t, sim.Wristband), testDevice(t, sim.Ring)
	var bodies [][]byte
	for _, d := range []Device{a, b} {
		body, err := SampleBatch(d, 2)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, body)
	}
	keys := []ed25519.PublicKey{a.Key.Public().(ed25519.PublicKey), b.Key.Public().(ed25519.PublicKey)}
	if rate, err := SignatureCeiling(ctx, bodies, keys, 50*time.Millisecond); err != nil || rate <= 0 {
		t.Fatalf("rate %v, %v", rate, err)
	}
	keys[0], keys[1] = keys[1], keys[0]
	if _, err := SignatureCeiling(ctx, bodies, keys, 50*time.Millisecond); err == nil {
		t.Fatal("batches checked against the wrong keys verified")
	}
	if _, err := SignatureCeiling(ctx, bodies, keys[:1], 50*time.Millisecond); err == nil {
		t.Fatal("a batch without a key was accepted")
	}
}
