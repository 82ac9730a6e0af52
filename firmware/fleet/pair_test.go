package fleet

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"rhd.dev/firmware/sim"
)

// Pair saves what the gateway answered; a refusal and a malformed gateway
// address are errors, not a panic.
func TestPairSavesCredentialsAndRefusesClearly(t *testing.T) {
	gw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Code string }
		json.NewDecoder(r.Body).Decode(&req)
		if req.Code != "good" {
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]string{"error": "unknown code"})
			return
		}
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]string{"device_id": "dev-1"})
	}))
	defer gw.Close()
	dir := t.TempDir()
	cred, err := Pair(context.Background(), gw.URL, "good", sim.Ring, "RING-1", dir)
	if err != nil || cred.ID != "dev-1" {
		t.Fatalf("pair: %+v %v", cred, err)
	}
	if got, err := LoadCredentials(filepath.Join(dir, "dev-1")); err != nil || got.Serial != "RING-1" || got.Type != sim.Ring {
		t.Fatalf("saved credentials: %+v %v", got, err)
	}
	if _, err := Pair(context.Background(), gw.URL, "bad", sim.Ring, "RING-2", dir); err == nil || !strings.Contains(err.Error(), "unknown code") {
		t.Fatalf("refused code: %v", err)
	}
	if _, err := Pair(context.Background(), "http://[::1", "good", sim.Ring, "RING-3", dir); err == nil {
		t.Fatal("malformed gateway address: no error")
	}
}
