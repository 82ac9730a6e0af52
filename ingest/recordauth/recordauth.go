// Package recordauth tells the records the platform accepted onto the frames
// topic from anything else written there: whoever accepts a batch (the
// gateway, after checking the device's signature, and the upload path) tags
// its record with an HMAC-SHA256 under a key only the ledger keeps, and the
// stream stores only records whose tag verifies.
//
// The tag covers the record key (the device id), the batch bytes and the
// time the batch was accepted, so a record cannot be moved to another device
// or re-dated. A genuine record copied back onto the topic carries a valid
// tag; it is the same batch, and the warehouse stores a batch once.
package recordauth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Header is the record header that carries the acceptance time (8 bytes,
// big-endian Unix milliseconds) followed by the 32-byte tag.
const Header = "rhd-auth"

// MinKeySize is the shortest key NewKey takes.
const MinKeySize = 32

const (
	timeSize  = 8
	tagSize   = sha256.Size
	valueSize = timeSize + tagSize
	// domain keeps these tags apart from any other use of an HMAC key.
	domain = "rhd.frames.v1 record\x00"
)

// ErrUnauthenticated is what Open's errors wrap: the record was not accepted
// by the platform, or was changed after it was.
var ErrUnauthenticated = errors.New("record not authenticated")

// Key tags and checks frames records. It is safe for concurrent use.
type Key struct {
	macs sync.Pool // *mac under the key, reused
}

// mac is an HMAC-SHA256 under the key with scratch space, so a check does
// not allocate.
type mac struct {
	h    hash.Hash
	head []byte // domain, acceptance time, key length
	sum  [tagSize]byte
}

// NewKey returns a Key for secret (at least MinKeySize bytes; the ledger's
// FramesKey).
func NewKey(secret []byte) (*Key, error) {
	if len(secret) < MinKeySize {
		return nil, fmt.Errorf("recordauth: key of %d bytes, want at least %d", len(secret), MinKeySize)
	}
	secret = append([]byte(nil), secret...)
	k := &Key{}
	k.macs.New = func() any {
		return &mac{h: hmac.New(sha256.New, secret), head: make([]byte, 0, len(domain)+timeSize+4)}
	}
	return k, nil
}

// Seal tags rec as accepted at the given time, replacing any tag it carried.
func (k *Key) Seal(rec *kgo.Record, accepted time.Time) {
	v := make([]byte, timeSize, valueSize)
	binary.BigEndian.PutUint64(v, uint64(accepted.UnixMilli()))
	m := k.tag(v[:timeSize], rec)
	v = append(v, m.sum[:]...)
	k.macs.Put(m)
	hs := rec.Headers[:0]
	for _, h := range rec.Headers {
		if h.Key != Header {
			hs = append(hs, h)
		}
	}
	rec.Headers = append(hs, kgo.RecordHeader{Key: Header, Value: v})
}

// Open checks rec's tag and returns when the record was accepted. Its
// errors wrap ErrUnauthenticated.
func (k *Key) Open(rec *kgo.Record) (time.Time, error) {
	var v []byte
	n := 0
	for _, h := range rec.Headers {
		if h.Key == Header {
			v, n = h.Value, n+1
		}
	}
	switch {
	case n == 0:
		return time.Time{}, fmt.Errorf("%w: no %s header (only batches the gateway or the upload path accepted are stored)", ErrUnauthenticated, Header)
	case n > 1:
		return time.Time{}, fmt.Errorf("%w: %d %s headers", ErrUnauthenticated, n, Header)
	case len(v) != valueSize:
		return time.Time{}, fmt.Errorf("%w: %s header of %d bytes, want %d", ErrUnauthenticated, Header, len(v), valueSize)
	}
	m := k.tag(v[:timeSize], rec)
	ok := hmac.Equal(m.sum[:], v[timeSize:])
	k.macs.Put(m)
	if !ok {
		return time.Time{}, fmt.Errorf("%w: %s tag does not verify (forged, or key, batch or time changed)", ErrUnauthenticated, Header)
	}
	return time.UnixMilli(int64(binary.BigEndian.Uint64(v))), nil
}

// tag computes the tag of rec accepted at acceptedMs (8 bytes) into the
// returned mac's sum; the caller puts the mac back into the pool.
func (k *Key) tag(acceptedMs []byte, rec *kgo.Record) *mac {
	m := k.macs.Get().(*mac)
	m.h.Reset()
	m.head = append(append(append(m.head[:0], domain...), acceptedMs...), 0, 0, 0, 0)
	binary.BigEndian.PutUint32(m.head[len(m.head)-4:], uint32(len(rec.Key)))
	m.h.Write(m.head)
	m.h.Write(rec.Key)
	m.h.Write(rec.Value)
	m.h.Sum(m.sum[:0])
	return m
}
