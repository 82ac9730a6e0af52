package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/demo"
	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/ledger"
	"rhd.dev/ledger/pgtemp"
)

// The attacks below were run against a `rhd dev` by someone with access to
// the machine's local ports (issue 13); each test repeats one.

// sharedDev is one `rhd dev`, started through the command line as the binary
// starts it, on a data dir that existed with mode 0755 before, under a usual
// login umask (022). The tests that attack a running rhd dev use it.
var sharedDev struct {
	once   sync.Once
	cfg    *config
	err    error
	cancel context.CancelFunc
	done   chan error
}

// TestMain stops the shared rhd dev, if a test started it, after all tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if sharedDev.cancel != nil {
		sharedDev.cancel()
		if err := <-sharedDev.done; err != nil {
			fmt.Fprintln(os.Stderr, "shared rhd dev:", err)
		}
		os.RemoveAll(sharedDev.cfg.DataDir)
	}
	os.Exit(code)
}

func runningDev(t *testing.T) *config {
	t.Helper()
	sharedDev.once.Do(func() {
		dir, err := os.MkdirTemp("", "rhd-abuse-")
		if err != nil {
			sharedDev.err = err
			return
		}
		os.Chmod(dir, 0o755)
		syscall.Umask(0o022)
		cfg := defaultConfig()
		cfg.DataDir, cfg.LogLevel = dir, "warn"
		cfg.KafkaBrokers, cfg.PostgresDSN, cfg.ClickHouseDSN, cfg.EthRPC, cfg.GoogleID, cfg.AdminToken = "", "", "", "", "", ""
		cfg.KafkaAddr, cfg.IngestAddr, cfg.AdminAddr, cfg.PortalAddr = "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0"
		cfg.MQTTAddr = "127.0.0.1:0"
		cfg.Devices, cfg.Backfill, cfg.SimSpeed, cfg.DemoSaleEvery = 12, 3*time.Hour, 20000, 0
		root := newRoot(cfg)
		root.SetArgs([]string{"dev", "--k", "5", "--cohort-step", "2s", "--cohorter-interval", "1s"})
		root.SetOut(io.Discard)
		ctx, cancel := context.WithCancel(context.Background())
		sharedDev.cfg, sharedDev.cancel, sharedDev.done = cfg, cancel, make(chan error, 1)
		go func() { sharedDev.done <- root.ExecuteContext(ctx) }()
		var st admin.Stats
		for deadline := time.Now().Add(120 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			if running, err := cfg.Admin().Ask(ctx, "/v1/stats", &st); running && err == nil && st.Warehouse.Batches > 0 {
				return
			}
			select {
			case err := <-sharedDev.done:
				sharedDev.err = fmt.Errorf("rhd dev stopped: %v", err)
				sharedDev.cancel = nil
				os.RemoveAll(dir)
				return
			default:
			}
			if time.Now().After(deadline) {
				sharedDev.err = errors.New("rhd dev did not answer its admin API with stored batches in 120 s")
				return
			}
		}
	})
	if sharedDev.err != nil {
		t.Fatal(sharedDev.err)
	}
	return sharedDev.cfg
}

// The admin token is created once, owner-only; a token file others may
// read, or a short RHD_ADMIN_TOKEN, is refused with a clear error.
func TestAdminTokenRules(t *testing.T) {
	cfg := testConfig(t)
	first, err := admin.Token(cfg.DataDir, cfg.AdminToken, true)
	if err != nil || len(first) != 64 {
		t.Fatalf("new token %q: %v", first, err)
	}
	if st, _ := os.Stat(admin.TokenFile(cfg.DataDir)); st.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode %v", st.Mode().Perm())
	}
	if again, err := admin.Token(cfg.DataDir, cfg.AdminToken, true); err != nil || again != first {
		t.Fatalf("second start: %q %v, want the same token", again, err)
	}
	os.Chmod(admin.TokenFile(cfg.DataDir), 0o644)
	if _, err := admin.Token(cfg.DataDir, cfg.AdminToken, false); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("token file open to others: %v", err)
	}
	cfg.AdminToken = "short"
	if _, err := admin.Token(cfg.DataDir, cfg.AdminToken, true); err == nil || !strings.Contains(err.Error(), "at least 32") {
		t.Fatalf("short RHD_ADMIN_TOKEN: %v", err)
	}
	file := filepath.Join(t.TempDir(), "token")
	os.WriteFile(file, []byte(strings.Repeat("k", 40)+"\n"), 0o600)
	if tok, err := admin.Token("", file, false); err != nil || tok != strings.Repeat("k", 40) {
		t.Fatalf("RHD_ADMIN_TOKEN naming a file: %q %v", tok, err)
	}
}

// adminURL is the running rhd's admin address, as the CLI finds it.
func adminURL(t *testing.T, cfg *config) string {
	t.Helper()
	b, err := os.ReadFile(admin.AddrFile(cfg.DataDir))
	if err != nil {
		t.Fatal(err)
	}
	return "http://" + strings.TrimSpace(string(b))
}

// adminAsk asks u with the given Host header (empty: u's) and Authorization token
// (empty: none) and returns the status and up to 4 KiB of the body.
func adminAsk(t *testing.T, u, host, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	if host != "" {
		req.Host = host
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	return resp.StatusCode, string(b)
}

// Anyone reaching the admin port exported a bundle of any snapshot without
// an order (GET /v1/snapshots/any.any.any@v1/bundle.zip → 200).
func TestAbuseAdminBundleWithoutToken(t *testing.T) {
	cfg := runningDev(t)
	var snap string
	for deadline := time.Now().Add(90 * time.Second); snap == ""; time.Sleep(200 * time.Millisecond) {
		for _, line := range strings.Split(run(t, cfg, "cohorts", "ls"), "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "any.any.any" {
				snap = f[1]
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no cohort published")
		}
	}
	u := adminURL(t, cfg) + "/v1/snapshots/" + snap + "/bundle.zip"
	wrong := strings.Repeat("0", 64)
	for name, token := range map[string]string{"no token": "", "a wrong token": wrong, "the token's first half": mustToken(t, cfg)[:32]} {
		status, body := adminAsk(t, u, "", token)
		if status != http.StatusUnauthorized || strings.HasPrefix(body, "PK") {
			t.Errorf("bundle with %s: %d %.40q, want 401", name, status, body)
		}
	}
	// The CLI, which reads the token, still exports through the running rhd.
	dir := filepath.Join(t.TempDir(), "bundle")
	run(t, cfg, "bundles", "export", "--snapshot", snap, "--out", dir)
	if st, err := os.Stat(filepath.Join(dir, "participants.parquet")); err != nil || st.Size() == 0 {
		t.Fatalf("bundle exported by the CLI lacks its participants: %v", err)
	}
	// An unknown format is refused before any bundle is issued.
	if status, body := adminAsk(t, u+"?formats=../../etc", "", mustToken(t, cfg)); status != http.StatusBadRequest || strings.HasPrefix(body, "PK") {
		t.Errorf("bundle with an unknown format: %d %.40q, want 400", status, body)
	}
}

func mustToken(t *testing.T, cfg *config) string {
	t.Helper()
	tok, err := admin.Token(cfg.DataDir, cfg.AdminToken, false)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Without a token, /v1/payouts/verify told whether an email belongs to a
// contributor (and gave its wallet); /v1/consent and /v1/stats answered too.
func TestAbuseAdminAccountOracleWithoutToken(t *testing.T) {
	cfg := runningDev(t)
	store, err := app.OpenLedger(context.Background(), &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	people, err := store.Contributors(context.Background())
	store.Close()
	if err != nil || len(people) == 0 {
		t.Fatalf("contributors: %v", err)
	}
	base := adminURL(t, cfg)
	var bodies []string
	for _, path := range []string{
		"/v1/payouts/verify?sale=x&account=" + url.QueryEscape(people[0].Email),
		"/v1/payouts/verify?sale=x&account=nobody%40example.org",
		"/v1/consent?contributor=" + people[0].ID,
		"/v1/records/verify?device=x&minute=2026-01-01T00:00:00Z",
		"/v1/stats",
		"/v1/unknown",
		"/debug/pprof/goroutine?debug=2", // stacks hold request data
	} {
		status, body := adminAsk(t, base+path, "", "")
		if status != http.StatusUnauthorized {
			t.Errorf("%s without a token: %d %q, want 401", path, status, body)
		}
		if strings.Contains(body, people[0].Email) || strings.Contains(body, "0x") {
			t.Errorf("%s without a token tells %q", path, body)
		}
		bodies = append(bodies, body)
	}
	if bodies[0] != bodies[1] {
		t.Errorf("a contributor's email and a stranger's get different answers: %q, %q", bodies[0], bodies[1])
	}
	// With the token, the CLI's way, the payout check resolves the email.
	status, body := adminAsk(t, base+"/v1/payouts/verify?sale=x&account="+url.QueryEscape(people[0].Email), "", mustToken(t, cfg))
	if status == http.StatusUnauthorized || strings.Contains(body, "no contributor") {
		t.Fatalf("with the token: %d %q", status, body)
	}
}

// A web page whose own name was rebound to 127.0.0.1 (DNS rebinding) is
// same-origin with the admin API in the browser and read it. Requests whose
// Host is not this machine's are refused, with or without a token.
func TestAbuseAdminDNSRebinding(t *testing.T) {
	cfg := runningDev(t)
	base := adminURL(t, cfg)
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(base, "http://"))
	token := mustToken(t, cfg)
	for _, tok := range []string{"", token} {
		for _, path := range []string{"/v1/stats", "/v1/snapshots/any.any.any@v1/bundle.zip"} {
			if status, body := adminAsk(t, base+path, "rebound.evil.example:"+port, tok); status != http.StatusMisdirectedRequest {
				t.Errorf("%s for a rebound host (token %v): %d %.60q, want 421", path, tok != "", status, body)
			}
		}
	}
	for _, host := range []string{"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port} {
		if status, body := adminAsk(t, base+"/v1/stats", host, token); status != http.StatusOK {
			t.Errorf("/v1/stats for host %s with the token: %d %q", host, status, body)
		}
	}
}

// /metrics and /healthz stay open to scrapers, and hold nothing that names
// a person, a device or a wallet.
func TestAdminMetricsAndHealthAreOpenAndImpersonal(t *testing.T) {
	cfg := runningDev(t)
	base := adminURL(t, cfg)
	store, err := app.OpenLedger(context.Background(), &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	people, _ := store.Contributors(ctx)
	var secrets []string
	for _, p := range people {
		secrets = append(secrets, p.Email, p.ID, p.DisplayName)
		if w, err := store.Wallet(ctx, p.ID); err == nil {
			secrets = append(secrets, strings.ToLower(w.Address)[2:])
		}
		devs, _ := store.DevicesOf(ctx, p.ID)
		for _, d := range devs {
			secrets = append(secrets, d.ID, d.Serial)
		}
	}
	for _, path := range []string{"/metrics", "/healthz"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s without a token: %s", path, resp.Status)
		}
		lower := strings.ToLower(string(body))
		for _, s := range secrets {
			if s != "" && strings.Contains(lower, strings.ToLower(s)) {
				t.Errorf("%s contains %q", path, s)
			}
		}
	}
}

// Data files were created 0644 inside a pre-existing 0755 data dir (the
// ledger holds the pepper and emails): everything rhd dev creates there is
// its user's only, whatever the dir's mode and the umask.
func TestAbuseDataFilesReadableByOthers(t *testing.T) {
	cfg := runningDev(t)
	for _, name := range []string{"ledger.db", "ledger.db-wal", "ledger.db-shm", "warehouse.duckdb", "kafka", "chain", "fleet",
		"wallet.key", "contracts.json", "admin.addr", "admin.token"} {
		if _, err := os.Stat(cfg.Path(name)); err != nil {
			t.Errorf("rhd dev has not created %s: %v", name, err)
		}
	}
	n := 0
	err := filepath.WalkDir(cfg.DataDir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) || path == cfg.DataDir {
			return nil // files come and go while rhd runs
		}
		if err != nil {
			return err
		}
		info, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		} else if err != nil {
			return err
		}
		if info.Mode()&os.ModeSocket == 0 && info.Mode().Perm()&0o077 != 0 {
			rel, _ := filepath.Rel(cfg.DataDir, path)
			t.Errorf("%s has mode %v", rel, info.Mode().Perm())
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("only %d entries in the data dir", n)
	}
}

// `rhd stream --addr 0.0.0.0:7071` served the admin API (stats, bundles)
// beside its metrics; it serves only /metrics and /healthz now.
func TestAbuseStreamAddrServesAdminAPI(t *testing.T) {
	cfg := testConfig(t)
	c, err := app.StartEmbeddedKafka(&cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	root := newRoot(cfg)
	root.SetArgs([]string{"stream", "--addr", addr, "--stream-workers", "1", "--kafka-brokers", cfg.KafkaAddr, "--log-level", "warn"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("rhd stream never became healthy")
		}
	}
	if status, _ := adminAsk(t, "http://"+addr+"/metrics", "", ""); status != http.StatusOK {
		t.Fatalf("/metrics: %d", status)
	}
	for _, path := range []string{"/v1/stats", "/v1/snapshots/any.any.any@v1/bundle.zip", "/v1/payouts/verify?account=a@b.c&sale=x"} {
		if status, body := adminAsk(t, "http://"+addr+path, "", ""); status != http.StatusNotFound || body != "404 page not found\n" {
			t.Errorf("rhd stream serves %s: %d %q", path, status, body)
		}
	}
}

// tightLimits are short enough for a test to outlast.
var tightLimits = app.HTTPLimits{ReadHeader: 300 * time.Millisecond, Read: 800 * time.Millisecond, Write: 5 * time.Second, Idle: 5 * time.Second, MaxConns: 3}

// limitedGateway starts embedded Kafka, a ledger and the device gateway with
// tightLimits, and pairs one device.
func limitedGateway(t *testing.T) (*config, *ingestService, frame.DeviceID, ed25519.PrivateKey) {
	t.Helper()
	ctx := context.Background()
	cfg := testConfig(t)
	cfg.IngestHTTP = tightLimits
	c, err := app.StartEmbeddedKafka(&cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	store, err := app.OpenLedger(ctx, &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	svc, err := startIngest(ctx, cfg, store, nil, cfg.IngestAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(svc.stop)
	owner, err := store.CreateContributor(ctx, ledger.Contributor{Email: "slow@example.org", DisplayName: "Sol Slow", BirthYear: 1980})
	if err != nil {
		t.Fatal(err)
	}
	cred, err := demo.PairSimulated(ctx, store, owner.ID, sim.Ring, 1, cfg.Path("fleet"))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := frame.ParseDeviceID(cred.ID)
	return cfg, svc, id, ed25519.PrivateKey(cred.Key)
}

// pairedBatch is a valid batch of the device with sequence seq.
func pairedBatch(t *testing.T, id frame.DeviceID, key ed25519.PrivateKey, seq uint64) []byte {
	t.Helper()
	var e frame.Encoder
	e.Reset(id, seq)
	start, series := knownFrame(int(seq))
	e.AddFrame(start, series...)
	b, err := e.Sign(key)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Clone(b)
}

// trickleTo sends raw over a new connection to addr in pieces spread over d,
// stopping when the server stops reading, and returns the status line of the
// answer ("" when the connection ended without one).
func trickleTo(t *testing.T, addr string, raw []byte, d time.Duration) string {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const pieces = 12
	step := (len(raw) + pieces - 1) / pieces
	for i := 0; i < len(raw); i += step {
		if _, err := conn.Write(raw[i:min(i+step, len(raw))]); err != nil {
			break // the server closed the connection
		}
		time.Sleep(d / pieces)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	line, _ := bufio.NewReader(conn).ReadString('\n')
	return strings.TrimSpace(line)
}

func framesPost(addr string, body []byte) []byte {
	head := fmt.Sprintf("POST /v1/frames HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-rhd-frames\r\nContent-Length: %d\r\n\r\n", addr, len(body))
	return append([]byte(head), body...)
}

// The gateway stored a batch whose body trickled in over 30 s: a client
// holds a connection (and a handler) as long as it likes.
func TestAbuseIngestSlowBody(t *testing.T) {
	cfg, svc, id, key := limitedGateway(t)
	body := pairedBatch(t, id, key, 1)
	head := len(framesPost(svc.addr, nil))
	req := framesPost(svc.addr, body)
	// Headers at once, the body over three times the read timeout.
	conn, err := net.Dial("tcp", svc.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.Write(req[:head])
	start := time.Now()
	go func() {
		for i := head; i < len(req); i += 16 {
			if _, err := conn.Write(req[i:min(i+16, len(req))]); err != nil {
				return
			}
			time.Sleep(3 * tightLimits.Read / time.Duration((len(req)-head)/16+1))
		}
	}()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	status, _ := bufio.NewReader(conn).ReadString('\n')
	if strings.Contains(status, " 200 ") || time.Since(start) > 2*tightLimits.Read {
		t.Fatalf("trickled body: %q after %s, want it cut off after the %s read timeout", status, time.Since(start).Round(time.Millisecond), tightLimits.Read)
	}
	if n := countRecords(t, cfg.Brokers(), id.String()); n != 0 {
		t.Fatalf("%d records of the trickled batch on the topic", n)
	}
	// The same batch sent at once is stored: it was cut for its pace alone.
	resp, err := http.Post("http://"+svc.addr+"/v1/frames", "application/x-rhd-frames", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("the batch sent at once: %s", resp.Status)
	}
}

// Headers trickled over longer than the header timeout get no answer.
func TestAbuseIngestSlowHeaders(t *testing.T) {
	_, svc, id, key := limitedGateway(t)
	start := time.Now()
	if status := trickleTo(t, svc.addr, framesPost(svc.addr, pairedBatch(t, id, key, 1)), 3*time.Second); strings.Contains(status, " 200 ") {
		t.Fatalf("trickled headers answered %q after %s", status, time.Since(start).Round(time.Millisecond))
	}
}

// Each connection costs the gateway a goroutine and buffers: a client that
// opens many and keeps them idle is held to the limit, and the next
// connection is served when one closes.
func TestAbuseIngestConnectionFlood(t *testing.T) {
	_, svc, _, _ := limitedGateway(t)
	health := []byte("GET /healthz HTTP/1.1\r\nHost: " + svc.addr + "\r\n\r\n")
	var held []net.Conn
	for range tightLimits.MaxConns {
		c, err := net.Dial("tcp", svc.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Write(health)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if line, err := bufio.NewReader(c).ReadString('\n'); err != nil || !strings.Contains(line, " 200 ") {
			t.Fatalf("connection %d: %q %v", len(held), line, err)
		}
		held = append(held, c)
	}
	extra, err := net.Dial("tcp", svc.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer extra.Close()
	extra.Write(health)
	r := bufio.NewReader(extra)
	extra.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
	if line, err := r.ReadString('\n'); err == nil {
		t.Fatalf("connection %d beyond the limit of %d was served: %q", tightLimits.MaxConns+1, tightLimits.MaxConns, line)
	}
	held[0].Close()
	extra.SetReadDeadline(time.Now().Add(3 * time.Second))
	if line, err := r.ReadString('\n'); err != nil || !strings.Contains(line, " 200 ") {
		t.Fatalf("the waiting connection after one closed: %q %v", line, err)
	}
}

// The admin and metrics server (rhd dev's admin address, rhd stream --addr)
// has the same bounds: headers trickled past its header timeout get no answer.
func TestAbuseAdminSlowHeaders(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := app.Serve(ctx, "127.0.0.1:0", admin.Ops(app.NewRegistry(), func(context.Context) error { return nil }, nil), tightLimits)
	if err != nil {
		t.Fatal(err)
	}
	if status := trickleTo(t, addr, []byte("GET /healthz HTTP/1.1\r\nHost: "+addr+"\r\nUser-Agent: slow\r\n\r\n"), 3*time.Second); strings.Contains(status, " 200 ") {
		t.Fatalf("trickled headers answered %q", status)
	}
}

// The development sign-in lets anyone sign in as any demo account, the
// operator included; it ran on any address and outside rhd dev.
func TestAbuseDevSignInOnPublicAddress(t *testing.T) {
	for name, set := range map[string]func(*config){
		"all interfaces":             func(c *config) { c.PortalAddr = "0.0.0.0:0" },
		"a public URL":               func(c *config) { c.PortalURL = "https://rhd.example.org" },
		"outside rhd dev":            func(c *config) { c.DevMode = false },
		"Google id without a secret": func(c *config) { c.GoogleID = "id.apps.googleusercontent.com" },
	} {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(t)
			cfg.DevMode = true
			set(cfg)
			store, err := app.OpenLedger(context.Background(), &cfg.Config)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if base, err := startPortal(ctx, cfg, store, nil, nil, nil, nil, nil); err == nil {
				t.Fatalf("the portal started at %s", base)
			} else if !strings.Contains(err.Error(), "RHD_GOOGLE_CLIENT_") {
				t.Fatalf("the refusal does not say what to configure: %v", err)
			}
		})
	}
}

// With a Postgres ledger (perhaps production's), the development sign-in
// handed out its operator; it needs RHD_DEV_SIGNIN_POSTGRES now.
func TestAbuseDevSignInOnPostgresLedger(t *testing.T) {
	dsn := postgresForDev(t, "")
	cfg := testConfig(t)
	cfg.DevMode, cfg.PostgresDSN = true, dsn
	store, err := app.OpenLedger(context.Background(), &cfg.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if base, err := startPortal(ctx, cfg, store, nil, nil, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "RHD_DEV_SIGNIN_POSTGRES") {
		t.Fatalf("development sign-in on Postgres: %q %v", base, err)
	}
	cfg.DevSignInPostgres = true
	base, err := startPortal(ctx, cfg, store, nil, nil, nil, nil, nil)
	if err != nil {
		t.Fatalf("with RHD_DEV_SIGNIN_POSTGRES: %v", err)
	}
	if status, _ := adminAsk(t, base+"/dev-oidc/.well-known/openid-configuration", "", ""); status != http.StatusOK {
		t.Fatalf("the development provider is not served: %d", status)
	}
}

// rhd dev printed the ledger DSN, a Postgres password included.
func TestAbuseDevBannerShowsPostgresPassword(t *testing.T) {
	const password = "Sup3r-Secret-Pw"
	cfg := testConfig(t)
	cfg.PostgresDSN = postgresForDev(t, password)
	cfg.DevSignInPostgres = true
	cfg.Devices, cfg.Backfill, cfg.DemoSaleEvery = 1, 10*time.Minute, 0
	var out bannerBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runDev(ctx, cfg, &out) }()
	defer func() { cancel(); <-done }()
	for deadline := time.Now().Add(120 * time.Second); !strings.Contains(out.String(), "rhd dev is running"); time.Sleep(100 * time.Millisecond) {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("rhd dev stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no banner in 120 s")
		}
	}
	if banner := out.String(); strings.Contains(banner, password) || !strings.Contains(banner, "postgres://postgres:xxxxx@") {
		t.Fatalf("banner:\n%s", banner)
	}
}

// postgresForDev creates a database on the test Postgres (RHD_TEST_POSTGRES,
// default the local server) for t and returns its DSN, with password in its
// user info when given. It skips when Postgres is unreachable, except in CI.
func postgresForDev(t *testing.T, password string) string {
	t.Helper()
	srv, err := pgtemp.Open(os.Getenv("RHD_TEST_POSTGRES"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (in CI)", err)
		}
		t.Skip(err)
	}
	dsn, drop, err := srv.Create("rhd_test", password)
	if err != nil {
		srv.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		drop()
		srv.Close()
	})
	return dsn
}

// bannerBuffer is a bytes.Buffer safe for one writer and one reader.
type bannerBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *bannerBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *bannerBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
