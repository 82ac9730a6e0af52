package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"rhd.dev/demo"
	"rhd.dev/ledger"
)

// What a newcomer's `make run` must reach, and by when, on 2 cores with the
// machine to itself (make test runs this test alone, after the others).
const (
	newcomerFirstPayout = 10 * time.Minute // first payout committed on chain
	newcomerCaughtUp    = 15 * time.Minute // two weeks of history of 300 devices
	newcomerPeakRSS     = 1792 << 20       // bytes: DuckDB's 1 GB (RHD_DUCKDB_MEMORY) and the Go heap
)

// TestNewcomerMakeRun runs what `make run` runs: the real rhd binary, `rhd
// dev` with every default (300 simulated contributors, two weeks of history)
// on an empty data dir, only on free ports. It waits for the milestones rhd
// prints, then checks them against the ledger, the chain (`rhd payouts
// verify`) and a demo contributor's dashboard, and that the process stayed
// under its memory bound. It takes minutes, so it runs only when
// RHD_NEWCOMER=1 (make test sets it).
func TestNewcomerMakeRun(t *testing.T) {
	if os.Getenv("RHD_NEWCOMER") != "1" {
		t.Skip("set RHD_NEWCOMER=1 (make test does) to run rhd dev at its defaults")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "rhd")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data := filepath.Join(dir, "data")
	cmd := exec.Command(bin, "dev", "--data-dir", data, "--kafka-addr", "127.0.0.1:0", "--ingest-addr", "127.0.0.1:0",
		"--admin-addr", "127.0.0.1:0", "--portal-addr", "127.0.0.1:0", "--mqtt-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "RHD_LOG_LEVEL=warn")
	stdout, _ := cmd.StdoutPipe()
	logFile, err := os.Create(filepath.Join(dir, "rhd.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logFile
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
		}
		if t.Failed() {
			b, _ := os.ReadFile(logFile.Name())
			t.Logf("rhd's log (last 4 KiB):\n%s", tail(b, 4096))
		}
	}()

	type milestone struct {
		line string
		at   time.Duration
	}
	milestones := map[string]milestone{}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var banner strings.Builder
	kinds := map[string]string{"caught up": "devices caught up", "cohort": "first cohort", "sale": "first sale", "payout": "first payout"}
	deadline := time.After(newcomerCaughtUp)
	for len(milestones) < len(kinds) {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("rhd dev exited: %v\n%s", <-exited, banner.String())
			}
			banner.WriteString(line + "\n")
			for kind, text := range kinds {
				if strings.HasPrefix(line, "milestone: "+text) {
					milestones[kind] = milestone{line, time.Since(start)}
					t.Logf("%5.0fs  %s", time.Since(start).Seconds(), line)
				}
			}
		case <-deadline:
			t.Fatalf("after %v only these milestones: %v\n%s", newcomerCaughtUp, milestones, banner.String())
		}
	}
	go func() {
		for range lines { // keep the pipe drained
		}
	}()
	if at := milestones["payout"].at; at > newcomerFirstPayout {
		t.Errorf("first payout on chain after %v, want within %v", at.Round(time.Second), newcomerFirstPayout)
	}

	// The ledger agrees with what was printed: published cohorts of at least
	// k, a sale by the demo researcher, committed in a confirmed epoch.
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(data, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	snaps, _ := store.LatestSnapshots(ctx)
	if len(snaps) == 0 {
		t.Fatal("no cohort in the catalog")
	}
	for _, sn := range snaps {
		if sn.Members < sn.K || sn.K < 20 {
			t.Fatalf("snapshot %s has %d members at k = %d", sn.ID, sn.Members, sn.K)
		}
	}
	buyer, err := store.Researcher(ctx, "researcher2@demo.rhd.dev")
	if err != nil {
		t.Fatal(err)
	}
	// A demo contributor (one the sign-in page offers) with a sale of theirs
	// committed on chain: there are five and most cohorts hold most people,
	// so one earns within a few sales.
	var sale ledger.Sale
	var line ledger.PayoutLine
	subject := ""
	people, _ := store.Contributors(ctx)
	for wait := time.Now().Add(5 * time.Minute); subject == ""; time.Sleep(2 * time.Second) {
		confirmed, ok, _ := store.LatestConfirmedEpoch(ctx)
		sales, _ := store.Sales(ctx)
		for _, s := range sales {
			if !ok || s.Epoch == 0 || s.Epoch > confirmed.Epoch || s.Buyer != buyer.ID {
				continue
			}
			ls, _ := store.SaleLines(ctx, s.ID)
			for _, l := range ls {
				for i := 0; i < demo.People && i < len(people); i++ {
					if l.ContributorID == people[i].ID && l.Cents > 0 {
						sale, line, subject = s, l, "demo-contributor-"+strconv.Itoa(i+1)
					}
				}
			}
		}
		if time.Now().After(wait) {
			t.Fatalf("no confirmed sale pays a demo contributor; %d sales", len(sales))
		}
	}
	out, err := exec.Command(bin, "--data-dir", data, "payouts", "verify", "--account", line.Account, "--sale", sale.ID).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "verified") {
		t.Fatalf("rhd payouts verify: %v\n%s", err, out)
	}

	// The contributor signs in through the development provider and sees
	// verified earnings on the dashboard.
	m := regexp.MustCompile(`portal +(http://\S+)`).FindStringSubmatch(banner.String())
	if m == nil {
		t.Fatalf("no portal address in the banner:\n%s", banner.String())
	}
	page := signInAs(t, m[1], subject)
	if !strings.Contains(page, `id="verified">$`) || strings.Contains(page, `id="verified">$0.00<`) {
		t.Fatalf("%s's dashboard shows no verified earnings:\n%s", subject, page)
	}

	hwm := peakRSS(t, cmd.Process.Pid)
	t.Logf("peak RSS %d MiB; milestones: caught up %v, first cohort %v, first sale %v, first payout %v", hwm>>20,
		milestones["caught up"].at.Round(time.Second), milestones["cohort"].at.Round(time.Second),
		milestones["sale"].at.Round(time.Second), milestones["payout"].at.Round(time.Second))
	if hwm > newcomerPeakRSS {
		t.Errorf("peak RSS %d MiB, want below %d MiB", hwm>>20, newcomerPeakRSS>>20)
	}
}

// signInAs signs in to the portal at base as a demo account of the
// development provider and returns the page it lands on.
func signInAs(t *testing.T, base, subject string) string {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(base + "/login") // follows to the provider's account picker
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("sign-in page: %v %v", resp, err)
	}
	resp.Body.Close()
	form := url.Values{"subject": {subject}}
	for k, v := range resp.Request.URL.Query() {
		form.Set(k, v[0])
	}
	resp, err = c.PostForm(resp.Request.URL.String(), form) // follows back to the portal
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("sign-in as %s ends at %s (%d)", subject, resp.Request.URL, resp.StatusCode)
	}
	return string(b)
}

// peakRSS returns a running process's peak resident set (VmHWM).
func peakRSS(t *testing.T, pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Fatalf("reading the process's memory: %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
