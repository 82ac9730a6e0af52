package portal

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/ledger"
	"rhd.dev/ledger/ledgertest"
	"rhd.dev/portal/devoidc"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// market publishes one cohort of 8 consenting people with two days of data.
func (s *site) market(t *testing.T) {
	ctx := context.Background()
	wh, err := warehouse.OpenDuckDB(ctx, filepath.Join(t.TempDir(), "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wh.Close() })
	s.srv.market.Warehouse = wh
	pepper, _ := s.store.Pepper(ctx)
	day := time.Now().UTC().Truncate(24 * time.Hour).Add(-48 * time.Hour)
	var w warehouse.Write
	for i := 0; i < 8; i++ {
		c, _ := s.store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("p%d@example.org", i), DisplayName: "P", BirthYear: 1980 + i})
		s.store.RecordConsent(ctx, c.ID, ledger.ScopeResearch, true, ledger.TermsVersion)
		pid := pseudo.PID(pepper, c.ID)
		w.Batches = append(w.Batches, warehouse.Batch{Source: uint64(i), Seq: 1, PID: pid, DeviceType: "ring", Frames: 1, Samples: 1, ReceivedMs: day.UnixMilli()})
		for m := 0; m < 90; m++ {
			ms := day.Add(8*time.Hour + time.Duration(m)*time.Minute).UnixMilli()
			w.Rollups.Append(uint64(i), 1, pid, "ring", "heart_rate", ms, 60, 60*float64(60+i), 58, 70)
		}
	}
	if _, err := wh.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	p := cohorter.DefaultPolicy()
	p.K = 5
	if _, err := (&cohorter.Cohorter{Store: s.store, Warehouse: wh, Policy: p}).Run(ctx); err != nil {
		t.Fatal(err)
	}
}

var buyForm = regexp.MustCompile(`name="snapshot" value="([^"]+)"><input type="hidden" name="key" value="([^"]+)"`)

func TestResearcherSignsUpBuysOnceAndDownloads(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "lab", Email: "lab@uni.example", Name: "Dr Lab"},
		devoidc.Account{Subject: "lab2", Email: "lab2@uni.example", Name: "Dr Other"})
	lab := client()
	if resp := s.signIn(lab, "lab", nil); resp.Header.Get("Location") != "/onboarding" {
		t.Fatalf("new person goes to %s", resp.Header.Get("Location"))
	}
	_, _, token := s.page(lab, "/researcher/signup")
	if code := s.post(lab, "/researcher/signup", url.Values{"csrf": {token}, "organization": {"Uni"}}); code != 422 {
		t.Fatalf("sign-up without intended use: %d", code)
	}
	if code := s.post(lab, "/researcher/signup", url.Values{"csrf": {token}, "organization": {"Uni"}, "intended_use": {"sleep research"}}); code != 303 {
		t.Fatalf("sign-up: %d", code)
	}
	code, page, _ := s.page(lab, "/catalog?min=5&sort=price")
	if code != 200 || !strings.Contains(page, "All contributors") || !strings.Contains(page, "$0.00") {
		t.Fatalf("catalog %d:\n%s", code, page)
	}
	if _, p, _ := s.page(lab, "/catalog?min=9"); strings.Contains(p, "All contributors") {
		t.Fatal("minimum-size filter ignored")
	}
	_, detail, token := s.page(lab, "/catalog/any.any.any")
	m := buyForm.FindStringSubmatch(detail)
	if m == nil || !strings.Contains(detail, "By buying you accept the licence") {
		t.Fatalf("cohort page lacks the buy form or the licence:\n%s", detail)
	}
	// A metric's chart shows when the catalog's noise publishes it
	// (TestDistributionChart draws one from fixed figures).
	if strings.Contains(detail, `people · mean`) && !strings.Contains(detail, "<svg") {
		t.Fatalf("cohort page shows a metric without its chart:\n%s", detail)
	}
	// It says what holds (docs/privacy.md) and nothing the attacks refute.
	if !strings.Contains(detail, "differential privacy, ε = 1 per metric") || !strings.Contains(detail, "half of each participant") ||
		strings.Contains(detail, "cannot be joined") || strings.Contains(detail, "anonymous") {
		t.Fatalf("cohort page's privacy statement:\n%s", detail)
	}
	form := url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {m[2]}, "purpose": {"academic"}}
	if code := s.post(lab, "/buy", form); code != 402 {
		t.Fatalf("buying without credit: %d, want 402", code)
	}
	r, _ := s.store.Researcher(context.Background(), "lab@uni.example")
	s.store.GrantCredit(context.Background(), r.ID, 100_000, "test grant")
	for i := 0; i < 3; i++ { // a double click and a retry
		if code := s.post(lab, "/buy", form); code != 303 {
			t.Fatalf("buy %d: %d", i, code)
		}
	}
	orders, _ := s.store.OrdersOf(context.Background(), r.ID)
	r2, _ := s.store.Researcher(context.Background(), r.ID)
	sn, _ := s.store.Snapshot(context.Background(), m[1])
	queued, _ := s.store.UnannouncedSales(context.Background(), 10)
	if len(orders) != 1 || len(queued) != 1 || r2.CreditsCents != 100_000-sn.PriceCents {
		t.Fatalf("%d orders, %d sales to announce, credit %d: want one purchase charged once", len(orders), len(queued), r2.CreditsCents)
	}
	code, receipt, _ := s.page(lab, "/purchases/"+orders[0].ID)
	if code != 200 || !strings.Contains(receipt, "Download bundle") {
		t.Fatalf("receipt %d:\n%s", code, receipt)
	}
	// Download: the whole file, then the rest of it from an offset (resume).
	resp, err := lab.Get(s.url + "/purchases/" + orders[0].ID + "/bundle.zip")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("download: %v %v", resp.Status, err)
	}
	whole, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	zr, err := zip.NewReader(bytes.NewReader(whole), int64(len(whole)))
	if err != nil || len(zr.File) != 7 {
		t.Fatalf("bundle zip: %v", err)
	}
	req, _ := http.NewRequest("GET", s.url+"/purchases/"+orders[0].ID+"/bundle.zip", nil)
	req.Header.Set("Range", "bytes=100-")
	resp, err = lab.Do(req)
	if err != nil || resp.StatusCode != 206 {
		t.Fatalf("resumed download: %v %v", resp.Status, err)
	}
	rest, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(rest, whole[100:]) {
		t.Fatal("the resumed bytes differ")
	}
	// Nobody else gets the purchase: another researcher, a contributor, nobody.
	other := client()
	s.signIn(other, "lab2", nil)
	_, _, t2 := s.page(other, "/researcher/signup")
	s.post(other, "/researcher/signup", url.Values{"csrf": {t2}, "organization": {"Other"}, "intended_use": {"x"}})
	contributor := s.onboard("ada")
	for who, c := range map[string]*http.Client{"another researcher": other, "a contributor": contributor, "anonymous": client()} {
		for _, path := range []string{"/purchases/" + orders[0].ID, "/purchases/" + orders[0].ID + "/bundle.zip"} {
			resp, _ := c.Get(s.url + path)
			resp.Body.Close()
			if resp.StatusCode == 200 || resp.StatusCode == 206 {
				t.Errorf("%s got %s: %d", who, path, resp.StatusCode)
			}
		}
	}
	if resp, _ := contributor.Get(s.url + "/catalog"); resp.StatusCode != 302 {
		t.Errorf("a contributor reaches the catalog: %d", resp.StatusCode)
	}
}

// paySale records a sale paying one contributor cents at wallet account, the
// way settlement does: a paid order of a one-member cohort, then its line.
// It returns the sale's id.
func (s *site) paySale(contributorID, account string, cents int64) string {
	s.t.Helper()
	ctx := context.Background()
	c, err := s.store.Contributor(ctx, contributorID)
	if err != nil {
		s.t.Fatal(err)
	}
	if _, err := s.store.Wallet(ctx, contributorID); errors.Is(err, ledger.ErrNotFound) {
		if err := s.store.CreateWallet(ctx, ledger.Wallet{ContributorID: contributorID, Address: account, KeyCiphertext: []byte{1}}); err != nil {
			s.t.Fatal(err)
		}
	}
	s.paid++
	o := ledgertest.NewMarket(s.t, s.store, fmt.Sprintf("paid%d.any.any", s.paid), c).Order(cents, 0)
	if _, err := s.store.RecordSale(ctx, o.ID, []ledger.PayoutLine{{ContributorID: contributorID, Account: account, Cents: cents}}); err != nil {
		s.t.Fatal(err)
	}
	return o.ID
}
