package portal

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestDashboardDataExportAndDeletion(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t) // a warehouse and a published cohort of other people
	ada := s.onboard("ada")
	code, page, token := s.page(ada, "/dashboard")
	if code != 200 || !strings.Contains(page, "Your data") || !strings.Contains(page, "Groups you are in") {
		t.Fatalf("dashboard %d", code)
	}
	if code, p, _ := s.page(ada, "/privacy"); code != 200 || !strings.Contains(p, "Started sharing") {
		t.Fatalf("privacy page %d:\n%s", code, p)
	}
	code, export, _ := s.page(ada, "/privacy/export")
	var doc map[string]any
	if code != 200 || json.Unmarshal([]byte(export), &doc) != nil || doc["profile"] == nil {
		t.Fatalf("export %d: %s", code, export)
	}
	if !strings.Contains(export, "ada@example.org") {
		t.Fatal("the export lacks the person's own profile")
	}
	if code := s.post(ada, "/privacy/delete", url.Values{"csrf": {token}, "confirm": {"nope"}}); code != 400 {
		t.Fatalf("deletion without confirmation: %d", code)
	}
	adaID := contributorID(t, s, "ada@example.org")
	resp, err := ada.PostForm(s.url+"/privacy/delete", url.Values{"csrf": {token}, "confirm": {"delete"}})
	if err != nil {
		t.Fatal(err)
	}
	if p := body(resp); resp.StatusCode != 200 || !strings.Contains(p, "Your account is deleted") {
		t.Fatalf("deletion %d:\n%s", resp.StatusCode, p)
	}
	if code, _, _ := s.page(ada, "/dashboard"); code != 302 {
		t.Fatalf("dashboard after deletion: %d", code)
	}
	h, _ := s.store.ConsentHistory(t.Context(), adaID, "research")
	if len(h) != 2 || h[1].Granted {
		t.Fatalf("consent after deletion: %+v", h)
	}
}
