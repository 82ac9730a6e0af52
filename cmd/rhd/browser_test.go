package main

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	_ "github.com/duckdb/duckdb-go/v2"

	"rhd.dev/app"
	"rhd.dev/demo"
	"rhd.dev/ledger"
)

// artifacts is where the browser test leaves its screenshots.
func artifacts(t *testing.T) string {
	dir := os.Getenv("RHD_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "artifacts", "browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowserJourneys drives both journeys in a real headless Chromium
// against `rhd dev`: a newcomer signs up as a contributor and sees their
// dashboard; a researcher signs in, filters the catalog, buys and downloads a
// bundle that opens in DuckDB; a member of the bought cohort sees the new
// earnings arrive on their open dashboard without reloading.
func TestBrowserJourneys(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; .ci/run installs it")
		}
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	cfg := testConfig(t)
	cfg.Devices, cfg.Backfill, cfg.SimSpeed = 12, 3*time.Hour, 20000
	cfg.K, cfg.CohortStep, cfg.CohortInterval = 5, 2*time.Second, time.Second
	cfg.DemoSaleEvery, cfg.SettleEvery = 0, 300*time.Millisecond // only the browser buys
	ctx, portal, demo := browserDev(t, cfg)

	shots := artifacts(t)
	downloads := t.TempDir()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoFirstRun,
		chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()))
	defer cancelAlloc()
	// Two windows: each browser tab keeps its own sign-in through a separate browser context.
	// The whole browser run is bounded; a step that waits forever fails the test.
	bounded, stopBrowser := context.WithTimeout(alloc, 4*time.Minute)
	defer stopBrowser()
	contributorTab, closeC := chromedp.NewContext(bounded)
	defer closeC()
	step := func(tab context.Context, name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(tab, actions...); err != nil {
			shot, _ := chromedp.Run(tab, chromedp.FullScreenshot(100))
			os.WriteFile(filepath.Join(shots, name+"-failed.png"), shot, 0o644)
			t.Fatalf("%s: %v", name, err)
		}
		shot, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
		if err == nil {
			os.WriteFile(filepath.Join(shots, name+".png"), shot, 0o644)
		}
	}
	text := func(tab context.Context, sel string) string {
		s, err := chromedp.Run(tab, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return s
	}

	// Contributor journey: a newcomer signs up.
	step(contributorTab, "01-home", chromedp.Navigate(portal))
	step(contributorTab, "02-sign-in", chromedp.Click(chromedp.CSS(`a.button`)), chromedp.WaitVisible(chromedp.CSS(`button[value="demo-newcomer"]`)))
	step(contributorTab, "03-onboarding", chromedp.Click(chromedp.CSS(`button[value="demo-newcomer"]`)), chromedp.WaitVisible(chromedp.CSS(`#birth_year`)))
	step(contributorTab, "04-dashboard-newcomer", chromedp.SendKeys(chromedp.CSS(`#birth_year`), "1988"), chromedp.Click(chromedp.CSS(`input[name=consent]`)),
		chromedp.Submit(chromedp.CSS(`#birth_year`)), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	if got := text(contributorTab, "h1"); !strings.Contains(got, "Noor") {
		t.Fatalf("newcomer dashboard says %q", got)
	}
	// The newcomer uploads a file from their phone.
	csvFile := filepath.Join(t.TempDir(), "morning-walk.csv")
	os.WriteFile(csvFile, []byte("time,metric,value\n"+time.Now().UTC().Add(-2*time.Hour).Format(time.RFC3339)+",heart_rate,72\n"+
		time.Now().UTC().Add(-2*time.Hour+time.Minute).Format(time.RFC3339)+",steps,95\n"), 0o644)
	step(contributorTab, "04b-upload", chromedp.Click(chromedp.CSS(`a[href="/upload"]`)), chromedp.WaitVisible(chromedp.CSS(`#file`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{csvFile}), chromedp.Submit(chromedp.CSS(`#file`)), chromedp.WaitVisible(chromedp.CSS(`#done`)))
	if got := text(contributorTab, "#done"); !strings.Contains(got, "2 readings added") {
		t.Fatalf("upload says %q", got)
	}
	step(contributorTab, "04c-dashboard-after-upload", chromedp.Click(chromedp.CSS(`a[href="/dashboard"]`)), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	// Then a member of the cohort opens their dashboard and keeps it open.
	step(contributorTab, "05-sign-out", chromedp.Click(chromedp.CSS(`button.link`)), chromedp.WaitVisible(chromedp.CSS(`a.button`)))
	step(contributorTab, "06-member-dashboard", chromedp.Click(chromedp.CSS(`a.button`)), chromedp.WaitVisible(chromedp.CSS(`button[value="`+demo+`"]`)),
		chromedp.Click(chromedp.CSS(`button[value="`+demo+`"]`)), chromedp.WaitVisible(chromedp.CSS(`#total`)))
	before := text(contributorTab, "#total")

	// Researcher journey, in a separate browser context (its own cookies).
	researcherTab, closeR := chromedp.NewContext(contributorTab, chromedp.WithNewBrowserContext())
	defer closeR()
	// An operator's page, in its own browser context.
	opsTab, closeO := chromedp.NewContext(contributorTab, chromedp.WithNewBrowserContext())
	defer closeO()
	step(opsTab, "06b-operator-sign-in", chromedp.Navigate(portal+"/login"), chromedp.WaitVisible(chromedp.CSS(`button[value="demo-operator"]`)))
	// The operator has no contributor account: sign-in lands on onboarding;
	// wait for it before going on, or the two navigations race.
	step(opsTab, "06c-operator-signed-in", chromedp.Click(chromedp.CSS(`button[value="demo-operator"]`)), chromedp.WaitVisible(chromedp.CSS(`#birth_year`)))
	step(opsTab, "06d-operations", chromedp.Navigate(portal+"/admin"), chromedp.WaitVisible(chromedp.CSS(`form[action="/admin/credit"]`)))

	step(researcherTab, "07-researcher-sign-in", chromedp.Navigate(portal+"/login"), chromedp.WaitVisible(chromedp.CSS(`button[value="demo-researcher-1"]`)))
	step(researcherTab, "08-catalog", chromedp.Click(chromedp.CSS(`button[value="demo-researcher-1"]`)), chromedp.WaitVisible(chromedp.CSS(`#min`)))
	// The filtered page renders the filter's value as an attribute; typing
	// only sets the property, so this matches the new page alone.
	step(researcherTab, "09-catalog-filtered", chromedp.SendKeys(chromedp.CSS(`#min`), "5"), chromedp.Submit(chromedp.CSS(`#min`)),
		chromedp.WaitVisible(chromedp.CSS(`input#min[value="5"]`)), chromedp.WaitVisible(chromedp.CSS(`a[href="/catalog/any.any.any"]`)))
	step(researcherTab, "10-cohort", chromedp.Click(chromedp.CSS(`a[href="/catalog/any.any.any"]`)), chromedp.WaitVisible(chromedp.CSS(`svg.chart`)))
	// A new version of the cohort may be published while the page is open
	// (the newcomer's upload changes its members): the order of the old one
	// is refused with an error page, and the researcher opens the cohort again.
	for try := 1; ; try++ {
		step(researcherTab, "11-receipt", chromedp.Click(chromedp.CSS(`input[name=purpose][value=academic]`)),
			chromedp.Click(chromedp.CSS(`form[action="/buy"] button`)), chromedp.WaitVisible(chromedp.CSS(`a[download], body > p`)))
		if n, _ := chromedp.Run(researcherTab, chromedp.Evaluate[int](`document.querySelectorAll("a[download]").length`)); n > 0 {
			break
		}
		if try == 3 {
			t.Fatalf("buying failed: %s", text(researcherTab, "body"))
		}
		step(researcherTab, "10-cohort", chromedp.Navigate(portal+"/catalog/any.any.any"), chromedp.WaitVisible(chromedp.CSS(`input[name=purpose]`)))
	}
	guid := ""
	step(researcherTab, "12-download", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: ptr(true),
			BrowserContextID: chromedp.FromContext(researcherTab).BrowserContextID})
		return err
	}), chromedp.Click(chromedp.CSS(`a[download]`)))
	var zipPath string
	for deadline := time.Now().Add(60 * time.Second); zipPath == ""; time.Sleep(200 * time.Millisecond) {
		ents, _ := os.ReadDir(downloads)
		for _, e := range ents {
			if fi, _ := e.Info(); fi != nil && fi.Size() > 0 && !strings.HasSuffix(e.Name(), ".crdownload") {
				zipPath, guid = filepath.Join(downloads, e.Name()), e.Name()
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("the bundle never finished downloading")
		}
	}
	_ = guid
	// The downloaded bundle opens in DuckDB.
	dir := t.TempDir()
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("downloaded file is not a bundle: %v", err)
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		os.WriteFile(filepath.Join(dir, f.Name), b, 0o644)
	}
	zr.Close()
	db, _ := sql.Open("duckdb", "")
	defer db.Close()
	// A bundle holds a fixed half of each person's days: with this short
	// history a participant may have no readings in it, but every member
	// is listed.
	var rows, people int64
	err = db.QueryRow(fmt.Sprintf(`SELECT (SELECT count(*) FROM read_parquet('%s')), (SELECT count(*) FROM read_parquet('%s'))`,
		filepath.Join(dir, "readings_minute.parquet"), filepath.Join(dir, "participants.parquet"))).Scan(&rows, &people)
	if err != nil || rows == 0 || people < int64(cfg.K) {
		t.Fatalf("bundle in DuckDB: %d rows, %d participants, %v", rows, people, err)
	}

	// The member's open dashboard shows the new earnings without a reload.
	step(contributorTab, "13-live-earnings", chromedp.WaitVisible(chromedp.CSS(`#live`)), chromedp.Poll[chromedp.Void](
		`document.getElementById("live").textContent.length > 0`, chromedp.WithPollingTimeout(60*time.Second)))
	if after := text(contributorTab, "#total"); after == before {
		t.Fatalf("earnings did not change on the open dashboard (%s)", after)
	}
	// Once the payout batch is confirmed, the member checks the payment.
	step(contributorTab, "14-dashboard-reloaded", chromedp.Navigate(portal+"/dashboard"), chromedp.WaitVisible(chromedp.CSS(`a[href^="/verify/"]`)))
	href, err := chromedp.Run(contributorTab, chromedp.AttributeValue(chromedp.CSS(`a[href^="/verify/"]`), "href"))
	if err != nil || !href.Exists {
		t.Fatalf("no payment to check: %v", err)
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		step(contributorTab, "15-check-payment", chromedp.Navigate(portal+href.Value), chromedp.WaitVisible(chromedp.CSS(`.card`)))
		if strings.Contains(text(contributorTab, ".card"), "Verified") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the payment never verified: %s", text(contributorTab, ".card"))
		}
	}
	// The member checks one reading of theirs against its public record.
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		step(contributorTab, "16-records", chromedp.Navigate(portal+"/privacy"), chromedp.WaitVisible(chromedp.CSS(`#confirm`)))
		if _, err := chromedp.Run(contributorTab, chromedp.AttributeValue(chromedp.CSS(`a[href^="/records/"]`), "href")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the member has no contribution records")
		}
	}
	step(contributorTab, "17-check-reading", chromedp.Click(chromedp.CSS(`a[href^="/records/"]`)), chromedp.WaitVisible(chromedp.CSS(`#check`)))
	// The first check lands on a page with a result; until the record is
	// public, reloading (which waits for the page) checks again.
	step(contributorTab, "18-reading-verified", chromedp.Click(chromedp.CSS(`#check`)), chromedp.WaitVisible(chromedp.CSS(`#result`)))
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		if got := text(contributorTab, "#result"); strings.Contains(got, "Verified") {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("the reading never verified: %s", got)
		}
		step(contributorTab, "18-reading-verified", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`#result`)))
	}
}

func ptr[T any](v T) *T { return &v }

// browserDev runs rhd dev on cfg for a browser journey until it ends, and
// waits for the everyone-cohort: it returns the portal's address and a
// demo contributor who is in that cohort.
func browserDev(t *testing.T, cfg *config) (context.Context, string, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- runDev(ctx, cfg, &out) }()
	t.Cleanup(func() { cancel(); <-done })
	var portal string
	for deadline := time.Now().Add(60 * time.Second); portal == ""; time.Sleep(100 * time.Millisecond) {
		if m := regexp.MustCompile(`portal +(http://\S+)`).FindStringSubmatch(out.String()); m != nil {
			portal = m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("rhd dev did not start:\n%s", out.String())
		}
	}
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var snap ledger.Snapshot
	for deadline := time.Now().Add(60 * time.Second); snap.ID == ""; time.Sleep(200 * time.Millisecond) {
		snaps, _ := store.LatestSnapshots(ctx)
		for _, s := range snaps {
			if s.CohortID == "any.any.any" {
				snap = s
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no cohort published")
		}
	}
	members, _ := store.SnapshotMembers(ctx, snap.ID)
	subject := ""
	for i := 1; i <= demo.People && subject == ""; i++ {
		id, err := store.Identity(ctx, portal+"/dev-oidc", fmt.Sprintf("demo-contributor-%d", i))
		if err != nil {
			continue
		}
		for _, m := range members {
			if m.ContributorID == id.ContributorID {
				subject = id.Subject
			}
		}
	}
	if subject == "" {
		t.Fatal("no demo contributor is in the everyone-cohort")
	}
	return ctx, portal, subject
}
