package portal

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter/bundle"
	"rhd.dev/ledger"
)

// fetch downloads path with tok and returns the status, body and Repr-Digest.
func (s *site) fetch(path, tok string) (int, []byte, string) {
	s.t.Helper()
	req, _ := http.NewRequest("GET", s.url+path, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b, resp.Header.Get("Repr-Digest")
}

// zipFiles checks a bundle zip against its own manifest-sha256.txt and
// returns its file names.
func zipFiles(t *testing.T, b []byte) map[string]bool {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]string{}
	names := map[string]bool{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		raw, _ := io.ReadAll(rc)
		rc.Close()
		sum := sha256.Sum256(raw)
		sums[f.Name], names[f.Name] = hex.EncodeToString(sum[:]), true
	}
	rc, err := zr.Open(bundle.ChecksumFile)
	if err != nil {
		t.Fatal(err)
	}
	list, _ := io.ReadAll(rc)
	rc.Close()
	lines := strings.Split(strings.TrimSpace(string(list)), "\n")
	if len(lines) != len(zr.File)-1 {
		t.Fatalf("%d checksums for %d files", len(lines), len(zr.File))
	}
	for _, l := range lines {
		sum, name, _ := strings.Cut(l, "  ")
		if sums[name] != sum {
			t.Fatalf("%s does not match its checksum", name)
		}
	}
	return names
}

func digestOf(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha-256=:" + base64.StdEncoding.EncodeToString(sum[:]) + ":"
}

// TestRedownloadsArePinnedAndVersionsListed: a purchase downloads again, even
// after the server lost its cache and the cohort moved on, as the same bytes,
// which its order pins by SHA-256; standard exports come on request; the API
// lists a cohort's versions with the caller's orders of each.
func TestRedownloadsArePinnedAndVersionsListed(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "pin@lab.org", Name: "Pin", Organization: "Lab", IntendedUse: "models"})
	other, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "other@lab.org", Name: "O", Organization: "Lab", IntendedUse: "x"})
	tok, _ := s.store.CreateAPIToken(ctx, r.ID)
	otherTok, _ := s.store.CreateAPIToken(ctx, other.ID)
	s.store.GrantCredit(ctx, r.ID, 1_000_000, "test")
	snaps, _ := s.store.LatestSnapshots(ctx)
	var o apiOrder
	code, b := s.api("POST", "/api/v1/orders", tok, "pin-1", map[string]string{"snapshot": snaps[0].ID, "purpose": "academic"})
	if json.Unmarshal(b, &o); code != 201 || o.Dataset != bundle.Identifier(snaps[0].ID, o.Bundle) {
		t.Fatalf("buy %d %s", code, b)
	}
	detail := func(tok string) (int, apiOrderDetail) {
		code, b := s.api("GET", "/api/v1/orders/"+o.ID, tok, "", nil)
		var d apiOrderDetail
		json.Unmarshal(b, &d)
		return code, d
	}
	if code, d := detail(tok); code != 200 || len(d.Exports) != 4 || d.Exports[0].SHA256 != "" || d.Cohort != snaps[0].CohortID {
		t.Fatalf("order before any download: %d %+v", code, d)
	}
	code, first, digest := s.fetch(o.Download, tok)
	if code != 200 || digest != digestOf(first) {
		t.Fatalf("download %d, Repr-Digest %q", code, digest)
	}
	if names := zipFiles(t, first); names[bundle.FHIRFile] || !names[bundle.DataPackageFile] {
		t.Fatalf("plain bundle files: %v", names)
	}
	sum := sha256.Sum256(first)
	if _, d := detail(tok); d.Exports[0].SHA256 != hex.EncodeToString(sum[:]) || d.Exports[0].Bytes != int64(len(first)) {
		t.Fatalf("the order does not pin the delivered file: %+v", d.Exports[0])
	}
	// Standard exports, in any order of the list, and nothing unknown.
	code, fhir, digest := s.fetch(o.Download+"?formats=omh,fhir", tok)
	if names := zipFiles(t, fhir); code != 200 || digest != digestOf(fhir) || !names[bundle.FHIRFile] || !names[bundle.OMHFile] {
		t.Fatalf("fhir+omh download %d: %v", code, names)
	}
	if _, again, _ := s.fetch(o.Download+"?formats=fhir,omh", tok); !bytes.Equal(again, fhir) {
		t.Fatal("the same formats in another order gave other bytes")
	}
	if code, _, _ := s.fetch(o.Download+"?formats=csv", tok); code != 400 {
		t.Fatalf("unknown format: %d", code)
	}
	// The server loses its cache and the cohort gets a new version: the old
	// purchase still downloads, byte for byte.
	if err := os.RemoveAll(s.srv.cfg.BundleDir); err != nil {
		t.Fatal(err)
	}
	members, _ := s.store.SnapshotMembers(ctx, snaps[0].ID)
	next := snaps[0]
	next.StatsJSON = "[]"
	if _, err := s.store.CreateSnapshot(ctx, next, members); err != nil {
		t.Fatal(err)
	}
	code, rebuilt, digest := s.fetch(o.Download, tok)
	if code != 200 || !bytes.Equal(rebuilt, first) || digest != digestOf(first) {
		t.Fatalf("re-download after losing the cache: %d, identical %v", code, bytes.Equal(rebuilt, first))
	}
	if onDisk, err := os.ReadFile(filepath.Join(s.srv.cfg.BundleDir, o.Bundle+".zip")); err != nil || !bytes.Equal(onDisk, first) {
		t.Fatalf("the rebuilt file differs from the first delivery (%v)", err)
	}
	if _, again, _ := s.fetch(o.Download+"?formats=fhir,omh", tok); !bytes.Equal(again, fhir) {
		t.Fatal("the rebuilt FHIR variant differs")
	}
	// Versions, newest first, with the caller's orders only.
	var vs []apiVersion
	code, b = s.api("GET", "/api/v1/cohorts/"+snaps[0].CohortID+"/versions", tok, "", nil)
	if json.Unmarshal(b, &vs); code != 200 || len(vs) != 2 || !vs[0].Current || vs[1].Current || vs[1].Snapshot != snaps[0].ID ||
		len(vs[1].Orders) != 1 || vs[1].Orders[0] != o.ID || len(vs[0].Orders) != 0 {
		t.Fatalf("versions %d %s", code, b)
	}
	code, b = s.api("GET", "/api/v1/cohorts/"+snaps[0].CohortID+"/versions", otherTok, "", nil)
	if json.Unmarshal(b, &vs); code != 200 || len(vs[1].Orders) != 0 {
		t.Fatalf("another researcher sees orders: %s", b)
	}
	if code, _ := s.api("GET", "/api/v1/cohorts/no.such.cohort/versions", tok, "", nil); code != 404 {
		t.Fatalf("unknown cohort: %d", code)
	}
	if code, _ := detail(otherTok); code != 404 {
		t.Fatalf("another researcher reads the order: %d", code)
	}
	if code, _, _ := s.fetch(o.Download+"?formats=fhir", otherTok); code != 404 {
		t.Fatalf("another researcher downloads a variant: %d", code)
	}
}
