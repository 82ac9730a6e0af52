// Package pseudo derives the pseudonyms that stand for people and devices
// outside the ledger. They are keyed hashes (HMAC-SHA256) under the pepper the
// ledger keeps secret: stable, so a person's rows group together, and
// unlinkable to the person without the pepper.
package pseudo

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"rhd.dev/ledger"
)

// PID returns a contributor's warehouse pseudonym: hex(HMAC-SHA256(pepper, id)).
func PID(pepper []byte, contributorID string) string {
	m := hmac.New(sha256.New, pepper)
	m.Write([]byte(contributorID))
	return hex.EncodeToString(m.Sum(nil))
}

// Source returns a device's warehouse pseudonym: the first 64 bits of
// HMAC-SHA256(pepper, "device:"+id). It keys the idempotency of batches.
func Source(pepper []byte, deviceID string) uint64 {
	m := hmac.New(sha256.New, pepper)
	m.Write([]byte("device:" + deviceID))
	return binary.BigEndian.Uint64(m.Sum(nil))
}

// Lookup resolves a device to its owner and type; the ledger answers it.
type Lookup func(ctx context.Context, deviceID string) (contributorID, deviceType string, err error)

// ErrUnknownDevice is what a Lookup returns for a device that is not paired.
var ErrUnknownDevice = errors.New("pseudo: unknown device")

// Device is what the stream needs to know about a device: pseudonyms and type.
type Device struct {
	PID    string
	Source uint64
	Type   string
}

// Directory maps device ids to pseudonyms, caching answers: a device's owner
// never changes, so each device costs one ledger lookup per process.
type Directory struct {
	pepper []byte
	lookup Lookup

	mu    sync.RWMutex
	cache map[string]Device
}

// NewDirectory returns a directory using pepper and lookup.
func NewDirectory(pepper []byte, lookup Lookup) (*Directory, error) {
	if len(pepper) < 16 {
		return nil, fmt.Errorf("pseudo: pepper of %d bytes is too short", len(pepper))
	}
	return &Directory{pepper: pepper, lookup: lookup, cache: map[string]Device{}}, nil
}

// Device returns the pseudonyms of the device with the given id.
func (d *Directory) Device(ctx context.Context, deviceID string) (Device, error) {
	d.mu.RLock()
	dev, ok := d.cache[deviceID]
	d.mu.RUnlock()
	if ok {
		return dev, nil
	}
	owner, typ, err := d.lookup(ctx, deviceID)
	if err != nil {
		return Device{}, err
	}
	dev = Device{PID: PID(d.pepper, owner), Source: Source(d.pepper, deviceID), Type: typ}
	d.mu.Lock()
	d.cache[deviceID] = dev
	d.mu.Unlock()
	return dev, nil
}

// FromLedger returns a Lookup that asks the ledger.
func FromLedger(store *ledger.Store) Lookup {
	return func(ctx context.Context, deviceID string) (string, string, error) {
		d, err := store.Device(ctx, deviceID)
		if errors.Is(err, ledger.ErrNotFound) {
			return "", "", ErrUnknownDevice
		}
		return d.ContributorID, d.Type, err
	}
}
