package ingest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"net/http/httptest"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// FuzzDeviceKeyAgreesWithStdlib holds the gateway's precomputed-key check to
// crypto/ed25519.Verify: for any key, message and signature, valid or
// tampered (flipped bits, non-canonical scalars, small-order or
// non-canonical keys), both must give the same answer.
func FuzzDeviceKeyAgreesWithStdlib(f *testing.F) {
	seed := bytes.Repeat([]byte{7}, ed25519.SeedSize)
	f.Add(seed, []byte("batch"), false, uint16(0), byte(0))
	f.Add(seed, []byte("batch"), false, uint16(70), byte(1))   // flipped signature bit
	f.Add(seed, []byte("batch"), false, uint16(3), byte(0x80)) // flipped key bit
	f.Add(seed, []byte(""), false, uint16(63), byte(0x10))     // S pushed towards / past the group order
	identity := append([]byte{1}, make([]byte, 31)...)         // small-order key
	f.Add(identity, []byte("x"), true, uint16(0), byte(0))
	nonCanonical := bytes.Repeat([]byte{0xff}, 32) // y ≥ p
	nonCanonical[31] = 0x7f
	f.Add(nonCanonical, []byte("x"), true, uint16(0), byte(0))
	f.Fuzz(func(t *testing.T, keyOrSeed, msg []byte, rawKey bool, flipAt uint16, flip byte) {
		if len(keyOrSeed) != 32 {
			return
		}
		var pub ed25519.PublicKey
		var sig []byte
		if rawKey { // an arbitrary 32-byte key and a signature made of the message bytes
			pub = bytes.Clone(keyOrSeed)
			sig = make([]byte, ed25519.SignatureSize)
			copy(sig, msg)
		} else {
			priv := ed25519.NewKeyFromSeed(keyOrSeed)
			pub = priv.Public().(ed25519.PublicKey)
			sig = ed25519.Sign(priv, msg)
		}
		// flipAt selects a byte of signature (0–63) or key (64–95) to tamper with.
		switch i := int(flipAt) % 96; {
		case i < 64:
			sig[i] ^= flip
		default:
			pub[i-64] ^= flip
		}
		want := ed25519.Verify(pub, msg, sig)
		if got := newDeviceKey(pub).verifySignature(msg, sig); got != want {
			t.Fatalf("precomputed key says %v, crypto/ed25519 says %v (key %x, sig %x)", got, want, pub, sig)
		}
	})
}

// swappableRegistry is the ledger's registry with a device key that can be
// replaced, as an operator re-keying a device would.
type swappableRegistry struct {
	Registry
	key ed25519.PublicKey
}

func (r *swappableRegistry) Device(ctx context.Context, id string) (Device, error) {
	d, err := r.Registry.Device(ctx, id)
	d.PublicKey = r.key
	return d, err
}

func TestReplacedDeviceKeyIsUsedAfterRefresh(t *testing.T) {
	f := newFixture(t)
	reg := &swappableRegistry{Registry: LedgerRegistry{f.store}, key: f.key.Public().(ed25519.PublicKey)}
	gw, err := NewGateway(Config{Brokers: f.brokers, Registry: reg, RecordKey: f.rkey, KeyTTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	f.srv = httptest.NewServer(gw)
	defer f.srv.Close()
	if code, e, _ := f.post(f.batch(1, 60)); code != 200 {
		t.Fatalf("first key: %d %s", code, e.Error)
	}

	oldKey := f.key
	f.key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32))
	reg.key = f.key.Public().(ed25519.PublicKey)
	if code, _, _ := f.post(f.batch(2, 60)); code != 401 {
		t.Fatalf("new key before the cached one expired: %d, want 401", code)
	}
	gw.cfg.KeyTTL = time.Nanosecond
	if code, e, _ := f.post(f.batch(2, 60)); code != 200 {
		t.Fatalf("new key after refresh: %d %s", code, e.Error)
	}
	f.key = oldKey
	if code, _, _ := f.post(f.batch(3, 60)); code != 401 {
		t.Fatalf("old key after refresh: %d, want 401", code)
	}
}

func BenchmarkVerify(b *testing.B) {
	priv := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32))
	pub := priv.Public().(ed25519.PublicKey)
	var e frame.Encoder
	e.Reset(frame.DeviceID{1}, 1)
	raw := make([]uint16, 60)
	for i := range raw {
		raw[i] = 60
	}
	for m := range 10 { // a bench batch: ten one-minute frames
		e.AddFrame(int64(m)*60_000, frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: raw})
	}
	signed, err := e.Sign(priv)
	if err != nil {
		b.Fatal(err)
	}
	batch, err := frame.Parse(signed)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("crypto-ed25519", func(b *testing.B) {
		for b.Loop() {
			if batch.Verify(pub) != nil {
				b.Fatal("does not verify")
			}
		}
	})
	b.Run("precomputed-key", func(b *testing.B) {
		k := newDeviceKey(pub)
		for b.Loop() {
			if !k.verify(batch) {
				b.Fatal("does not verify")
			}
		}
	})
}
