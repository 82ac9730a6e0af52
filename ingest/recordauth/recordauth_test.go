package recordauth

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

func key(t testing.TB, seed byte) *Key {
	t.Helper()
	k, err := NewKey(bytes.Repeat([]byte{seed}, MinKeySize))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var accepted = time.UnixMilli(1_780_000_000_123)

func sealed(k *Key) *kgo.Record {
	r := &kgo.Record{Key: []byte("00112233445566778899aabbccddeeff"), Value: []byte("a batch"),
		Headers: []kgo.RecordHeader{{Key: "trace", Value: []byte("x")}}}
	k.Seal(r, accepted)
	return r
}

func TestSealedRecordOpensWithItsAcceptanceTime(t *testing.T) {
	k := key(t, 1)
	r := sealed(k)
	got, err := k.Open(r)
	if err != nil || !got.Equal(accepted) {
		t.Fatalf("Open = %v, %v; want %v", got, err, accepted)
	}
	if len(r.Headers) != 2 || r.Headers[0].Key != "trace" {
		t.Fatalf("headers %+v: other headers must stay", r.Headers)
	}
	k.Seal(r, accepted.Add(time.Second)) // sealing again replaces the tag
	if got, err := k.Open(r); err != nil || !got.Equal(accepted.Add(time.Second)) || len(r.Headers) != 2 {
		t.Fatalf("resealed: %v, %v, %d headers", got, err, len(r.Headers))
	}
}

func TestAnyChangeOrAnotherKeyFailsToOpen(t *testing.T) {
	k := key(t, 1)
	cases := map[string]func(r *kgo.Record){
		"no header":    func(r *kgo.Record) { r.Headers = r.Headers[:1] },
		"other device": func(r *kgo.Record) { r.Key = []byte("ffeeddccbbaa99887766554433221100") },
		"key bytes into value": func(r *kgo.Record) {
			r.Value = append(r.Key[len(r.Key)-1:len(r.Key):len(r.Key)], r.Value...)
			r.Key = r.Key[:len(r.Key)-1]
		},
		"other batch":          func(r *kgo.Record) { r.Value = []byte("a batcH") },
		"re-dated":             func(r *kgo.Record) { r.Headers[1].Value[7]++ },
		"tag flipped":          func(r *kgo.Record) { r.Headers[1].Value[20] ^= 1 },
		"truncated":            func(r *kgo.Record) { r.Headers[1].Value = r.Headers[1].Value[:39] },
		"two headers":          func(r *kgo.Record) { r.Headers = append(r.Headers, r.Headers[1]) },
		"all-zero tag":         func(r *kgo.Record) { r.Headers[1].Value = make([]byte, valueSize) },
		"sealed by a stranger": func(r *kgo.Record) { key(t, 2).Seal(r, accepted) },
	}
	for name, change := range cases {
		r := sealed(k)
		change(r)
		if _, err := k.Open(r); !errors.Is(err, ErrUnauthenticated) {
			t.Errorf("%s: Open = %v, want ErrUnauthenticated", name, err)
		}
	}
}

func TestShortKeyIsRefused(t *testing.T) {
	if _, err := NewKey(make([]byte, MinKeySize-1)); err == nil {
		t.Fatal("a 31-byte key was accepted")
	}
}
