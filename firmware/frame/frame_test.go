package frame

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

func randomBatch(r *rand.Rand, key ed25519.PrivateKey) ([]byte, [][]Series) {
	var dev DeviceID
	for i := range dev {
		dev[i] = byte(r.UintN(256))
	}
	var e Encoder
	e.Reset(dev, r.Uint64())
	nf := 1 + r.IntN(20)
	all := make([][]Series, nf)
	for f := range nf {
		nc := 1 + r.IntN(MaxChannels)
		for range nc {
			m := Metrics[r.IntN(len(Metrics))]
			raw := make([]uint16, 1+r.IntN(300))
			for i := range raw {
				raw[i] = uint16(r.UintN(65536))
			}
			all[f] = append(all[f], Series{Metric: m, IntervalMs: uint16(1 + r.IntN(60000)), Raw: raw})
		}
		e.AddFrame(1767225600000+int64(f)*60000, all[f]...)
	}
	b, err := e.Sign(key)
	if err != nil {
		panic(err)
	}
	return bytes.Clone(b), all
}

func TestRoundTripRandom(t *testing.T) {
	key := vectorKey()
	pub := key.Public().(ed25519.PublicKey)
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200; n++ {
		raw, want := randomBatch(r, key)
		b, err := Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Verify(pub); err != nil {
			t.Fatal(err)
		}
		f := 0
		samples := 0
		for it := b.Frames(); it.Next(); f++ {
			c := 0
			for ch := it.Frame().Channels(); ch.Next(); c++ {
				got, w := ch.Channel(), want[f][c]
				if got.Metric() != w.Metric || got.IntervalMs() != int(w.IntervalMs) || got.Len() != len(w.Raw) {
					t.Fatalf("batch %d frame %d channel %d header mismatch", n, f, c)
				}
				for i, v := range w.Raw {
					if got.Raw(i) != v {
						t.Fatalf("batch %d frame %d channel %d sample %d: %d != %d", n, f, c, i, got.Raw(i), v)
					}
				}
				samples += len(w.Raw)
			}
		}
		if f != len(want) || b.Samples() != samples {
			t.Fatalf("batch %d: %d frames / %d samples, want %d / %d", n, f, b.Samples(), len(want), samples)
		}
	}
}

func TestVerifyRejectsTamperingAndOtherKeys(t *testing.T) {
	key := vectorKey()
	raw := encodeVector(t, vectors[0])
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, 32)).Public().(ed25519.PublicKey)
	b, _ := Parse(raw)
	if err := b.Verify(other); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("other key: %v", err)
	}
	for i := HeaderSize; i < len(raw); i++ {
		mod := bytes.Clone(raw)
		mod[i] ^= 0x01
		b, err := Parse(mod)
		if err != nil {
			continue // structurally broken is also a rejection
		}
		if err := b.Verify(key.Public().(ed25519.PublicKey)); err == nil {
			t.Fatalf("flipping byte %d still verifies", i)
		}
	}
}

func TestParseRejectsMalformed(t *testing.T) {
	good := encodeVector(t, vectors[0])
	cases := map[string][]byte{
		"empty":           nil,
		"short":           good[:40],
		"bad magic":       append([]byte("XX"), good[2:]...),
		"bad version":     patch(good, 2, 9),
		"bad auth":        patch(good, 3, 7),
		"zero frames":     patch(patch(good, 28, 0), 29, 0),
		"too many frames": patch(patch(good, 28, 2), 29, 0),
		"zero channels":   patch(good, 38, 0),
		"unknown metric":  patch(good, 39, 99),
		"zero interval":   patch(patch(good, 40, 0), 41, 0),
		"zero samples":    patch(patch(good, 42, 0), 43, 0),
		"huge count":      patch(patch(good, 42, 0xff), 43, 0xff),
		"trailing bytes":  append(bytes.Clone(good), 0),
		"oversized":       make([]byte, MaxBatchSize+1),
	}
	for name, b := range cases {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: Parse accepted it", name)
		} else if fe := (*Error)(nil); !errors.As(err, &fe) || fe.Reason == "" {
			t.Errorf("%s: error %v is not a *frame.Error with a reason", name, err)
		}
	}
}

func patch(b []byte, off int, v byte) []byte {
	c := bytes.Clone(b)
	c[off] = v
	return c
}

func TestValidateRanges(t *testing.T) {
	var e Encoder
	e.Reset(DeviceID{1}, 1)
	e.AddFrame(1767225600000, Series{Metric: HeartRate, IntervalMs: 1000, Raw: []uint16{60, 300}})
	raw, _ := e.Sign(vectorKey())
	b, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(0, 1<<62); err == nil {
		t.Fatal("heart rate 300 bpm accepted")
	}
	good, _ := Parse(encodeVector(t, vectors[0]))
	if err := good.Validate(1767225600000, 1767225602000); err != nil { // heart rate runs 2 s past the start
		t.Fatalf("valid vector rejected: %v", err)
	}
	if err := good.Validate(1767225600001, 1<<62); err == nil {
		t.Fatal("frame before the accepted window accepted")
	}
}

func TestCheckSampleAppliesValidateRules(t *testing.T) {
	const lo, hi = 1767225600000, 1767225700000
	for _, tc := range []struct {
		m    Metric
		ms   int64
		v    float64
		rule error
	}{
		{Steps, lo, math.NaN(), ErrNotFinite},
		{HeartRate, lo, math.Inf(1), ErrNotFinite},
		{Steps, lo, -5, ErrOutOfRange},
		{Activity, lo, 1e9, ErrOutOfRange},
		{HeartRate, lo, 300, ErrOutOfRange},
		{Metric(42), lo, 1, ErrOutOfRange},
		{HeartRate, lo - 1, 60, ErrTooEarly},
		{HeartRate, hi + 1, 60, ErrTooLate},
	} {
		if _, err := CheckSample(tc.m, tc.ms, tc.v, lo, hi); !errors.Is(err, tc.rule) {
			t.Errorf("%s %g at %d: %v, want %v", tc.m, tc.v, tc.ms, err, tc.rule)
		}
	}
	raw, err := CheckSample(SpO2, hi, 97.5, lo, hi)
	if err != nil || raw != 975 {
		t.Fatalf("spo2 97.5%%: raw %d, %v", raw, err)
	}
	// What CheckSample accepts, Validate accepts, and Validate's refusals
	// name the same rules.
	var e Encoder
	e.Reset(DeviceID{1}, 1)
	e.AddFrame(lo, Series{Metric: SpO2, IntervalMs: 1000, Raw: []uint16{raw}})
	signed, _ := e.Sign(vectorKey())
	b, _ := Parse(signed)
	if err := b.Validate(lo, hi); err != nil {
		t.Fatal(err)
	}
	if err := b.Validate(lo+1, hi); !errors.Is(err, ErrTooEarly) {
		t.Fatalf("early frame: %v", err)
	}
	if err := b.Validate(0, lo-1); !errors.Is(err, ErrTooLate) {
		t.Fatalf("late frame: %v", err)
	}
}

func TestEncoderErrors(t *testing.T) {
	var e Encoder
	e.Reset(DeviceID{}, 1)
	if _, err := e.Sign(vectorKey()); err == nil {
		t.Fatal("empty batch signed")
	}
	e.AddFrame(0, Series{Metric: 42, IntervalMs: 1, Raw: []uint16{1}})
	if _, err := e.Sign(vectorKey()); err == nil {
		t.Fatal("unknown metric encoded")
	}
}

func TestDecodeDoesNotAllocate(t *testing.T) {
	raw, _ := randomBatch(rand.New(rand.NewPCG(3, 4)), vectorKey())
	var sum uint64
	allocs := testing.AllocsPerRun(100, func() {
		b, err := Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		for it := b.Frames(); it.Next(); {
			for ch := it.Frame().Channels(); ch.Next(); {
				c := ch.Channel()
				for i := 0; i < c.Len(); i++ {
					sum += uint64(c.Raw(i)) + uint64(c.TimeMs(i))
				}
			}
		}
	})
	if allocs != 0 {
		t.Fatalf("decode allocates %.1f times per batch", allocs)
	}
	_ = sum
}

func FuzzParse(f *testing.F) {
	for _, v := range vectors {
		f.Add(encodeVectorF(v))
	}
	pub := vectorKey().Public().(ed25519.PublicKey)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse(data)
		if err != nil {
			return
		}
		// A parsed batch must be fully walkable within its bytes.
		n := 0
		for it := b.Frames(); it.Next(); {
			for ch := it.Frame().Channels(); ch.Next(); {
				c := ch.Channel()
				for i := 0; i < c.Len(); i++ {
					_ = c.Value(i)
					n++
				}
			}
		}
		if n != b.Samples() || n == 0 {
			t.Fatalf("walked %d samples, Samples() says %d", n, b.Samples())
		}
		_ = b.Validate(0, 1<<62)
		_ = b.Verify(pub)
	})
}

func encodeVectorF(v vector) []byte {
	dev, _ := ParseDeviceID(v.device)
	var e Encoder
	e.Reset(dev, v.seq)
	for _, f := range v.frames {
		e.AddFrame(f.start, f.channels...)
	}
	b, _ := e.Sign(vectorKey())
	return bytes.Clone(b)
}

func BenchmarkDecode(b *testing.B) {
	raw, _ := randomBatch(rand.New(rand.NewPCG(5, 6)), vectorKey())
	pb, _ := Parse(raw)
	samples := pb.Samples()
	frames := pb.NumFrames()
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	var sum uint64
	for b.Loop() {
		pb, _ := Parse(raw)
		for it := pb.Frames(); it.Next(); {
			for ch := it.Frame().Channels(); ch.Next(); {
				c := ch.Channel()
				for i := 0; i < c.Len(); i++ {
					sum += uint64(c.Raw(i))
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*frames), "ns/frame")
	b.ReportMetric(float64(b.N*samples)/b.Elapsed().Seconds(), "samples/s")
	_ = sum
}

func BenchmarkEncode(b *testing.B) {
	key := vectorKey()
	raw := make([]uint16, 60)
	for i := range raw {
		raw[i] = 70
	}
	var e Encoder
	b.ReportAllocs()
	for b.Loop() {
		e.Reset(DeviceID{1}, 1)
		for f := 0; f < 50; f++ {
			e.AddFrame(int64(f)*60000, Series{Metric: HeartRate, IntervalMs: 1000, Raw: raw})
		}
		if _, err := e.Sign(key); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*50), "ns/frame")
}
