package frame

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"os"
	"regexp"
	"strings"
	"testing"
)

// vector is a byte-exact example of the wire format. FRAME.md documents the
// same vectors; the test fails if the code, this table or the document drift.
type vector struct {
	name   string
	device string
	seq    uint64
	frames []vectorFrame
	hex    string
}

type vectorFrame struct {
	start    int64
	channels []Series
}

// vectorKey is the Ed25519 key of every vector: seed bytes 0x00, 0x01, ..., 0x1f.
func vectorKey() ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	for i := range seed {
		seed[i] = byte(i)
	}
	return ed25519.NewKeyFromSeed(seed)
}

var vectors = []vector{
	{
		name:   "one-frame",
		device: "00112233445566778899aabbccddeeff",
		seq:    1,
		frames: []vectorFrame{{
			start: 1767225600000, // 2026-01-01T00:00:00Z
			channels: []Series{
				{Metric: HeartRate, IntervalMs: 1000, Raw: []uint16{60, 61, 62}},
				{Metric: Steps, IntervalMs: 60000, Raw: []uint16{12}},
			},
		}},
		// The unsigned part, written out by hand from FRAME.md's layout table.
		hex: "5248" + "01" + "01" + "00112233445566778899aabbccddeeff" + "0100000000000000" + "0100" +
			"00a8da769b010000" + "02" +
			"01" + "e803" + "0300" + "3c00" + "3d00" + "3e00" +
			"05" + "60ea" + "0100" + "0c00",
	},
	{
		name:   "two-frames",
		device: "0f0e0d0c0b0a09080706050403020100",
		seq:    258,
		frames: []vectorFrame{
			{start: 1767225600000, channels: []Series{
				{Metric: SpO2, IntervalMs: 30000, Raw: []uint16{975, 981}},
				{Metric: SkinTemp, IntervalMs: 60000, Raw: []uint16{3312}},
			}},
			{start: 1767225660000, channels: []Series{
				{Metric: Battery, IntervalMs: 60000, Raw: []uint16{87}},
			}},
		},
	},
}

func encodeVector(t *testing.T, v vector) []byte {
	t.Helper()
	dev, err := ParseDeviceID(v.device)
	if err != nil {
		t.Fatal(err)
	}
	var e Encoder
	e.Reset(dev, v.seq)
	for _, f := range v.frames {
		e.AddFrame(f.start, f.channels...)
	}
	b, err := e.Sign(vectorKey())
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(b)
}

var hexBlock = regexp.MustCompile("(?s)<!-- vector (\\S+) -->\\s*```\\s*\\n(.*?)```")

// documented returns the hex of every vector in FRAME.md, by name.
func documented(t *testing.T) map[string]string {
	t.Helper()
	doc, err := os.ReadFile("../FRAME.md")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range hexBlock.FindAllSubmatch(doc, -1) {
		out[string(m[1])] = strings.Join(strings.Fields(string(m[2])), "")
	}
	return out
}

func TestVectorsMatchFrameMD(t *testing.T) {
	doc := documented(t)
	for _, v := range vectors {
		got := hex.EncodeToString(encodeVector(t, v))
		want, ok := doc[v.name]
		if !ok {
			t.Errorf("FRAME.md has no vector %q; encoder produces\n%s", v.name, got)
			continue
		}
		if got != want {
			t.Errorf("vector %q: encoder produces\n%s\nFRAME.md says\n%s", v.name, got, want)
		}
		if v.hex != "" && !strings.HasPrefix(got, v.hex) {
			t.Errorf("vector %q: unsigned prefix changed:\n got %s\nwant %s", v.name, got[:len(v.hex)], v.hex)
		}
	}
}

func TestVectorsDecode(t *testing.T) {
	doc := documented(t)
	pub := vectorKey().Public().(ed25519.PublicKey)
	for _, v := range vectors {
		raw, err := hex.DecodeString(doc[v.name])
		if err != nil {
			t.Fatalf("vector %q: %v", v.name, err)
		}
		b, err := Parse(raw)
		if err != nil {
			t.Fatalf("vector %q: %v", v.name, err)
		}
		if err := b.Verify(pub); err != nil {
			t.Fatalf("vector %q: %v", v.name, err)
		}
		if b.Device().String() != v.device || b.Seq() != v.seq || b.NumFrames() != len(v.frames) {
			t.Fatalf("vector %q: header decoded as device %s seq %d frames %d", v.name, b.Device(), b.Seq(), b.NumFrames())
		}
		i := 0
		for it := b.Frames(); it.Next(); i++ {
			f := it.Frame()
			want := v.frames[i]
			if f.StartMs() != want.start || f.NumChannels() != len(want.channels) {
				t.Fatalf("vector %q frame %d: start %d channels %d", v.name, i, f.StartMs(), f.NumChannels())
			}
			j := 0
			for ch := f.Channels(); ch.Next(); j++ {
				c, w := ch.Channel(), want.channels[j]
				if c.Metric() != w.Metric || c.IntervalMs() != int(w.IntervalMs) || c.Len() != len(w.Raw) {
					t.Fatalf("vector %q frame %d channel %d: %v/%d/%d", v.name, i, j, c.Metric(), c.IntervalMs(), c.Len())
				}
				for k, r := range w.Raw {
					if c.Raw(k) != r || c.TimeMs(k) != want.start+int64(k)*int64(w.IntervalMs) {
						t.Fatalf("vector %q frame %d channel %d sample %d: %d at %d", v.name, i, j, k, c.Raw(k), c.TimeMs(k))
					}
				}
			}
		}
	}
}
