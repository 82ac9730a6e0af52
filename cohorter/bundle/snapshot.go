package bundle

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// ExportSnapshot creates a bundle of a snapshot (its members who consent now)
// and writes it to sink.
func ExportSnapshot(ctx context.Context, store *ledger.Store, wh warehouse.Warehouse, snapshotID string, formats []string, sink Sink, progress func(int64)) (Manifest, error) {
	sn, err := store.Snapshot(ctx, snapshotID)
	if err != nil {
		return Manifest{}, fmt.Errorf("snapshot %s: %w", snapshotID, err)
	}
	co, err := store.Cohort(ctx, sn.CohortID)
	if err != nil {
		return Manifest{}, err
	}
	b, err := store.CreateBundle(ctx, sn.ID, "")
	if err != nil {
		return Manifest{}, err
	}
	members, err := store.BundleMembers(ctx, b.ID)
	if err != nil {
		return Manifest{}, err
	}
	return Export(ctx, Input{Warehouse: wh, Cohort: co, Snapshot: sn, Members: members, Bundle: b, Formats: formats, Progress: progress}, sink)
}

// Handler streams a new bundle of the snapshot named by the request path's
// {snapshot} as a zip (the admin API's).
func Handler(store *ledger.Store, wh warehouse.Warehouse) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("snapshot")
		if _, err := store.Snapshot(r.Context(), id); err != nil {
			http.Error(w, fmt.Sprintf("snapshot %s: %v", id, err), http.StatusNotFound)
			return
		}
		formats, err := ParseFormats(r.URL.Query().Get("formats"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/zip")
		z := NewZip(w)
		if _, err := ExportSnapshot(r.Context(), store, wh, id, formats, z, nil); err != nil {
			// Headers are gone; a broken zip tells the client it failed.
			slog.Error("bundle export failed", "snapshot", id, "err", err)
			return
		}
		z.Close()
	}
}
