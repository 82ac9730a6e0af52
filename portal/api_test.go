package portal

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
)

func (s *site) api(method, path, token, key string, body any) (int, []byte) {
	s.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, s.url+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp.StatusCode, b
}

func TestResearchAPI(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "api@lab.org", Name: "API", Organization: "Lab", IntendedUse: "models"})
	other, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "other@lab.org", Name: "O", Organization: "Lab", IntendedUse: "x"})
	tok, _ := s.store.CreateAPIToken(ctx, r.ID)
	otherTok, _ := s.store.CreateAPIToken(ctx, other.ID)

	if code, _ := s.api("GET", "/api/v1/cohorts", "", "", nil); code != 401 {
		t.Fatalf("no token: %d", code)
	}
	if code, _ := s.api("GET", "/api/v1/cohorts", "rhd_forged", "", nil); code != 401 {
		t.Fatalf("forged token: %d", code)
	}
	code, b := s.api("GET", "/api/v1/cohorts?min_size=5", tok, "", nil)
	var cohorts []apiCohort
	json.Unmarshal(b, &cohorts)
	if code != 200 || len(cohorts) == 0 || cohorts[0].Contributors < 5 {
		t.Fatalf("cohorts %d %s", code, b)
	}
	snap := cohorts[0].Snapshot
	if code, _ := s.api("POST", "/api/v1/orders", tok, "k1", map[string]string{"snapshot": snap, "purpose": "academic"}); code != 402 {
		t.Fatalf("buying without credit: %d", code)
	}
	if code, _ := s.api("POST", "/api/v1/orders", tok, "", map[string]string{"snapshot": snap, "purpose": "academic"}); code != 400 {
		t.Fatalf("buying without an idempotency key: %d", code)
	}
	s.store.GrantCredit(ctx, r.ID, 1_000_000, "test")
	code, b = s.api("POST", "/api/v1/orders", tok, "k2", map[string]string{"snapshot": snap, "purpose": "academic"})
	var o apiOrder
	json.Unmarshal(b, &o)
	if code != 201 || o.ID == "" {
		t.Fatalf("buy: %d %s", code, b)
	}
	code, b = s.api("POST", "/api/v1/orders", tok, "k2", map[string]string{"snapshot": snap, "purpose": "academic"})
	var again apiOrder
	json.Unmarshal(b, &again)
	if queued, _ := s.store.UnannouncedSales(ctx, 10); code != 200 || again.ID != o.ID || len(queued) != 1 {
		t.Fatalf("retried buy: %d %s (%d sales to announce)", code, b, len(queued))
	}
	if code, b := s.api("GET", "/api/v1/orders", tok, "", nil); code != 200 || !strings.Contains(string(b), o.ID) {
		t.Fatalf("orders %d %s", code, b)
	}
	if code, b := s.api("GET", o.Download, tok, "", nil); code != 200 || !bytes.HasPrefix(b, []byte("PK")) {
		t.Fatalf("download %d (%d bytes)", code, len(b))
	}
	if code, _ := s.api("GET", o.Download, otherTok, "", nil); code != 404 {
		t.Fatalf("another researcher downloads: %d", code)
	}
	code, b = s.api("GET", "/api/openapi.json", "", "", nil)
	var doc map[string]any
	if code != 200 || json.Unmarshal(b, &doc) != nil || doc["paths"] == nil {
		t.Fatalf("openapi %d", code)
	}
}
