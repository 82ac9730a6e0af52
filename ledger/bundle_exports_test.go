package ledger_test

import (
	"context"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
)

// TestBundleExportPinnedToFirstDelivery: a variant's first recorded digest
// stays the one returned, whatever a later export records; versions list
// newest first.
func TestBundleExportPinnedToFirstDelivery(t *testing.T) {
	onEveryBackend(t, func(t *testing.T, s *ledger.Store) {
		ctx := context.Background()
		c, _ := s.CreateContributor(ctx, ledger.Contributor{Email: "a@example.org", DisplayName: "A", BirthYear: 1980})
		m := ledgertest.NewMarket(t, s, "pin", c)
		o1 := m.Order(100, 1500)
		m.Order(200, 1500)
		first, err := s.RecordBundleExport(ctx, ledger.BundleExport{BundleID: o1.BundleID, SHA256: "aa", Bytes: 10, CreatedAt: time.Now()})
		if err != nil || first.SHA256 != "aa" {
			t.Fatalf("first record %+v %v", first, err)
		}
		again, err := s.RecordBundleExport(ctx, ledger.BundleExport{BundleID: o1.BundleID, SHA256: "bb", Bytes: 11, CreatedAt: time.Now()})
		if err != nil || again.SHA256 != "aa" || again.Bytes != 10 {
			t.Fatalf("a second export replaced the pinned one: %+v %v", again, err)
		}
		if _, err := s.RecordBundleExport(ctx, ledger.BundleExport{BundleID: o1.BundleID, Formats: "fhir", SHA256: "cc", Bytes: 12, CreatedAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
		if all, _ := s.BundleExports(ctx, o1.BundleID); len(all) != 2 || all[0].Formats != "" || all[1].SHA256 != "cc" {
			t.Fatalf("variants %+v", all)
		}
		if _, err := s.RecordBundleExport(ctx, ledger.BundleExport{BundleID: "no-such-bundle", SHA256: "dd", CreatedAt: time.Now()}); err == nil {
			t.Fatal("recorded an export of a bundle that does not exist")
		}
		vs, err := s.CohortSnapshots(ctx, "pin")
		if err != nil || len(vs) != 2 || vs[0].Version != 2 || vs[1].ID != o1.SnapshotID {
			t.Fatalf("versions %+v %v", vs, err)
		}
	})
}
