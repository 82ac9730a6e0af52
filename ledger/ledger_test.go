package ledger_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
	"rhd.dev/ledger/pgtemp"
)

func TestSQLite(t *testing.T) { ledgertest.Run(t, sqliteStore) }

// TestPostgres runs the suite against RHD_TEST_POSTGRES (default: the local
// server) in a throwaway database per test. It skips when Postgres is
// unreachable, except in CI (CI=true), where it fails.
func TestPostgres(t *testing.T) { ledgertest.Run(t, postgresStores(t)) }

// onEveryBackend runs fn against a fresh store of each backend.
func onEveryBackend(t *testing.T, fn func(*testing.T, *ledger.Store)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, sqliteStore(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, postgresStores(t)(t)) })
}

func sqliteStore(t *testing.T) *ledger.Store {
	s, err := ledger.Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// postgresStores returns an opener of fresh stores, each in a throwaway
// database of RHD_TEST_POSTGRES (default: the local server). It skips t
// when Postgres is unreachable, except in CI (CI=true), where it fails.
func postgresStores(t *testing.T) func(*testing.T) *ledger.Store {
	srv, err := pgtemp.Open(os.Getenv("RHD_TEST_POSTGRES"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (in CI)", err)
		}
		t.Skip(err)
	}
	t.Cleanup(func() { srv.Close() })
	return func(t *testing.T) *ledger.Store {
		dsn, drop, err := srv.Create("rhd_test", "")
		if err != nil {
			t.Fatal(err)
		}
		s, err := ledger.Open(context.Background(), dsn)
		if err != nil {
			drop()
			t.Fatal(err)
		}
		t.Cleanup(func() {
			s.Close()
			drop()
		})
		return s
	}
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	ctx := context.Background()
	s, err := ledger.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.CreateContributor(ctx, ledger.Contributor{Email: "a@b.c", BirthYear: 1970})
	p1, _ := s.Pepper(ctx)
	s.Close()
	s, err = ledger.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Contributor(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if p2, _ := s.Pepper(ctx); string(p1) != string(p2) {
		t.Fatal("pepper changed across restarts")
	}
}
