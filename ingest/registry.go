package ingest

import (
	"context"
	"crypto/ed25519"
	"errors"

	"rhd.dev/ledger"
)

// LedgerRegistry is the Registry backed by the marketplace ledger.
type LedgerRegistry struct{ Store *ledger.Store }

func (r LedgerRegistry) Device(ctx context.Context, id string) (Device, error) {
	d, err := r.Store.Device(ctx, id)
	if errors.Is(err, ledger.ErrNotFound) {
		return Device{}, ErrUnknownDevice
	}
	if err != nil {
		return Device{}, err
	}
	return Device{PublicKey: d.PublicKey, LastSeq: d.LastSeq, Removed: d.Removed}, nil
}

func (r LedgerRegistry) SaveProgress(ctx context.Context, progress map[string]Progress) error {
	p := make(map[string]ledger.Progress, len(progress))
	for id, v := range progress {
		p[id] = ledger.Progress{LastSeq: v.LastSeq, LastSeen: v.LastSeen}
	}
	return r.Store.SaveProgress(ctx, p)
}

func (r LedgerRegistry) Pair(ctx context.Context, code, serial string, pub ed25519.PublicKey) (string, error) {
	d, err := r.Store.PairDevice(ctx, code, serial, pub)
	return d.ID, err
}
