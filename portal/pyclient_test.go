package portal

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"rhd.dev/ledger"
)

// TestPythonClient runs the Python client's unittest suite
// (clients/python/tests) against this portal, with a published cohort, a
// researcher with credit and a token, and another researcher. It skips
// without python3, except in CI (CI=true), where it fails.
func TestPythonClient(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is needed in CI")
		}
		t.Skip("no python3")
	}
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "py@lab.org", Name: "Py", Organization: "Lab", IntendedUse: "client tests"})
	other, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "py-other@lab.org", Name: "O", Organization: "Lab", IntendedUse: "x"})
	tok, _ := s.store.CreateAPIToken(ctx, r.ID)
	otherTok, _ := s.store.CreateAPIToken(ctx, other.ID)
	if err := s.store.GrantCredit(ctx, r.ID, 1_000_000, "test"); err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs(filepath.Join("..", "clients", "python"))
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-m", "unittest", "discover", "-v", "-s", "tests")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "RHD_URL="+s.url, "RHD_TOKEN="+tok, "RHD_OTHER_TOKEN="+otherTok, "PYTHONDONTWRITEBYTECODE=1")
	out, err := cmd.CombinedOutput()
	t.Logf("python3 -m unittest:\n%s", out)
	if err != nil {
		t.Fatalf("the Python client's tests failed: %v", err)
	}
	// One order without formats, one with (test_formats_chosen_when_ordering).
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 2 {
		t.Fatalf("the client's retried orders made %d purchases, want 2", len(orders))
	}
}
