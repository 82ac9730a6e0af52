// Package chaos runs the split topology as OS processes, kills them at
// random under load and checks that nothing was lost, duplicated or mispaid.
package chaos

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/twmb/franz-go/pkg/kadm"

	"rhd.dev/cohorter"
	"rhd.dev/contracts/bindings"
	"rhd.dev/firmware/frame"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/ledger/pgtemp"
	"rhd.dev/merkle"
	"rhd.dev/settle"
	"rhd.dev/stream"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// T is what the harness reports to: a *testing.T, or the rhd chaos
// command's reporter. Fatalf must not return (testing's calls
// runtime.Goexit).
type T interface {
	Logf(format string, args ...any)
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	Failed() bool
	Cleanup(func())
}

// Config is one run.
type Config struct {
	// Bin is the rhd binary the processes run; empty: built from
	// rhd.dev/cmd/rhd with the go command (GOFLAGS applies).
	Bin string
	// Geth is the geth binary (geth --dev is the chain).
	Geth string
	// Postgres is a server the run creates a fresh database on (and drops
	// after a passing run); empty: postgres://postgres@127.0.0.1:5432.
	Postgres string
	// Duration is how long faults are injected.
	Duration time.Duration
	// Kinds are the kinds of process killed; empty: all of AllKinds.
	Kinds []string
}

// AllKinds are the kinds of process a run kills.
var AllKinds = []string{"geth", "kafka", "ingest", "warehouse", "devices"}

// Run runs the topology, injects faults for cfg.Duration, drains, checks
// and returns the report (also logged); failed checks go to t.Errorf.
func Run(t T, cfg Config) string {
	if len(cfg.Kinds) == 0 {
		cfg.Kinds = AllKinds
	}
	for _, k := range cfg.Kinds {
		if !slices.Contains(AllKinds, k) {
			t.Fatalf("unknown kind of process %q (want some of %s)", k, strings.Join(AllKinds, ","))
		}
	}
	if cfg.Geth == "" {
		t.Fatalf("the chaos run needs geth (geth --dev is its chain)")
	}
	h := newChaos(t, cfg)
	defer h.stopAll()
	h.warmUp()
	h.run(cfg.Duration)
	h.drainAndCheck()
	return h.report()
}

// chaosDevices is how many simulated devices stream live during the run;
// chaosLoadDevices more stream old history at 2400x.
const chaosDevices, chaosLoadDevices = 24, 16

// chaos is the fault-injection harness: the processes, what the devices saw
// acknowledged (through the balancer), the orders placed and the kills.
type chaos struct {
	t      T
	bin    string
	dir    string // data dir shared by the rhd processes
	env    []string
	dsn    string
	store  *ledger.Store
	geth   string
	rpc    string
	procs  []*proc
	lb     *balancer
	kafka  string
	mu     sync.Mutex
	orders []string
	events []killEvent
	rng    *mrand.Rand
	dur    time.Duration // of the faults
	kinds  []string
	portal string // the portal's base URL (in the warehouse process)
	buyer  buyer

	// What the checks found, for the report.
	samples, lost, dupBatches, changed, wrongCents int
	keys                                           map[string]string // idempotency key -> order
	retried                                        int               // orders that took more than one attempt
	resent                                         int               // orders sent again after their answer
	download                                       string            // the bundle downloaded and its SHA-256
}

// proc is one supervised OS process.
type proc struct {
	name, kind string
	cmd        func() *exec.Cmd
	healthy    func(context.Context) error
	log        *os.File
	args       []string
	env        []string // beside the harness's (later ones win)

	mu      sync.Mutex
	cur     *exec.Cmd
	exited  chan struct{}
	killed  bool // by the harness: do not restart on exit
	selfExs int  // exits the harness did not cause
	maxRSS  int64
	rssAt   []int64 // peak RSS per incarnation, kB
}

type killEvent struct {
	kind, name, how string
	pause           time.Duration
	recover         time.Duration // restart until the process answers its health check
	// caughtUp is kill until the stream group has no lag again (every
	// acknowledged batch in the warehouse): the pipeline's recovery.
	caughtUp time.Duration
}

func newChaos(t T, cfg Config) *chaos {
	dir, err := os.MkdirTemp("", "rhd-chaos-")
	if err != nil {
		t.Fatalf("%v", err)
	}
	// Kept when the run fails: the processes' logs are the evidence.
	t.Cleanup(func() {
		if !t.Failed() {
			os.RemoveAll(dir)
		}
	})
	h := &chaos{t: t, dir: dir, geth: cfg.Geth, kinds: cfg.Kinds, keys: map[string]string{},
		rng: mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 17))}
	h.bin = cfg.Bin
	if h.bin == "" {
		h.bin = filepath.Join(h.dir, "rhd")
		build := exec.Command("go", "build", "-o", h.bin, "rhd.dev/cmd/rhd")
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("building rhd: %v\n%s", err, out)
		}
	}
	h.dsn = freshDatabase(t, cfg.Postgres)
	ctx := context.Background()
	if h.store, err = ledger.Open(ctx, h.dsn); err != nil {
		t.Fatalf("%v", err)
	}
	t.Cleanup(func() { h.store.Close() })
	return h
}

// freshDatabase creates a database of its own for the run on the Postgres
// server at base, dropped after a passing run.
func freshDatabase(t T, base string) string {
	srv, err := pgtemp.Open(base)
	if err != nil {
		t.Fatalf("%v", err)
	}
	dsn, drop, err := srv.Create("rhd_chaos", "")
	if err != nil {
		srv.Close()
		t.Fatalf("%v", err)
	}
	t.Cleanup(func() {
		if !t.Failed() {
			drop()
		}
		srv.Close()
	})
	return dsn
}

// freeAddr returns a free TCP address on the loopback IP ip.
func freeAddr(t T, ip string) string {
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Fatalf("%v", err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func (h *chaos) add(name, kind string, args []string, healthy func(context.Context) error) *proc {
	lf, err := os.Create(filepath.Join(h.dir, name+".log"))
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	p := &proc{name: name, kind: kind, args: args, healthy: healthy, log: lf}
	p.cmd = func() *exec.Cmd {
		var c *exec.Cmd
		if kind == "geth" {
			c = exec.Command(h.geth, p.args...)
		} else {
			c = exec.Command(h.bin, p.args...)
			c.Env = append(append(os.Environ(), h.env...), p.env...)
		}
		c.Stdout, c.Stderr = lf, lf
		c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		return c
	}
	h.procs = append(h.procs, p)
	return p
}

// start starts p and waits until it is healthy; it restarts p whenever it
// exits on its own, as a supervisor (systemd, Kubernetes) would.
func (h *chaos) start(p *proc) time.Duration {
	p.mu.Lock()
	c := p.cmd()
	fmt.Fprintf(p.log, "=== %s start %s\n", time.Now().Format(time.RFC3339Nano), p.name)
	if err := c.Start(); err != nil {
		p.mu.Unlock()
		h.t.Fatalf("%s: %v", p.name, err)
	}
	p.cur, p.killed, p.exited = c, false, make(chan struct{})
	p.rssAt = append(p.rssAt, 0)
	exited := p.exited
	p.mu.Unlock()
	go func() {
		c.Wait()
		close(exited)
		p.mu.Lock()
		self := !p.killed && p.cur == c
		if self {
			p.selfExs++
		}
		p.mu.Unlock()
		if self {
			fmt.Fprintf(p.log, "=== %s exited on its own (%v); restarting\n", p.name, c.ProcessState)
			time.Sleep(time.Second)
			p.mu.Lock()
			again := p.cur == c && !p.killed
			p.mu.Unlock()
			if again {
				h.start(p)
			}
		}
	}()
	go h.watchRSS(p, c, exited)
	began := time.Now()
	deadline := began.Add(90 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err := p.healthy(ctx)
		cancel()
		if err == nil {
			return time.Since(began)
		}
		if time.Now().After(deadline) {
			h.t.Errorf("%s not healthy 90 s after start: %v (log %s)", p.name, err, p.log.Name())
			return time.Since(began)
		}
		select {
		case <-exited:
			// The supervisor restarts it; wait for that incarnation.
			time.Sleep(1500 * time.Millisecond)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// watchRSS records the peak resident memory of one incarnation.
func (h *chaos) watchRSS(p *proc, c *exec.Cmd, exited chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-exited:
			return
		case <-t.C:
		}
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", c.Process.Pid))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
				kb, _ := strconv.ParseInt(f[1], 10, 64)
				p.mu.Lock()
				p.maxRSS = max(p.maxRSS, kb)
				p.rssAt[len(p.rssAt)-1] = max(p.rssAt[len(p.rssAt)-1], kb)
				p.mu.Unlock()
			}
		}
	}
}

// signal sends sig to p's process group (a SIGKILL also marks it as killed
// by the harness, so the supervisor leaves the restart to the harness).
func (h *chaos) signal(p *proc, sig syscall.Signal) chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if sig == syscall.SIGKILL || sig == syscall.SIGTERM {
		p.killed = true
	}
	if p.cur != nil && p.cur.Process != nil {
		syscall.Kill(-p.cur.Process.Pid, sig)
	}
	return p.exited
}

func (h *chaos) stopAll() {
	for i := len(h.procs) - 1; i >= 0; i-- {
		p := h.procs[i]
		ex := h.signal(p, syscall.SIGTERM)
		if ex == nil {
			continue
		}
		select {
		case <-ex:
		case <-time.After(15 * time.Second):
			<-h.signal(p, syscall.SIGKILL)
		}
	}
	if h.t.Failed() {
		for _, p := range h.procs {
			h.t.Logf("log of %s: %s", p.name, p.log.Name())
		}
	}
}

func httpOK(url string) func(context.Context) error {
	return func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: %s", url, resp.Status)
		}
		return nil
	}
}

// warmUp starts the topology and waits until the devices have caught up on
// their history, before any fault.
func (h *chaos) warmUp() {
	t := h.t
	ctx := context.Background()
	// geth --dev, archive mode: every block's state is written as it is
	// made, so a SIGKILL loses no block the settler saw confirmed.
	gethAddr := freeAddr(t, "127.0.0.2")
	host, port, _ := net.SplitHostPort(gethAddr)
	h.rpc = "http://" + gethAddr
	h.add("geth", "geth", []string{"--dev", "--dev.period", "1", "--datadir", filepath.Join(h.dir, "geth"), "--http", "--http.addr", host,
		"--http.port", port, "--http.api", "eth,net,web3", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2",
		"--gcmode", "archive", "--state.scheme", "hash"}, func(ctx context.Context) error {
		c, err := ethclient.DialContext(ctx, h.rpc)
		if err != nil {
			return err
		}
		defer c.Close()
		_, err = c.ChainID(ctx)
		return err
	})
	h.start(h.procs[0])
	operator := h.fundOperator(ctx)

	h.kafka = freeAddr(t, "127.0.0.3")
	var wkey [32]byte
	rand.Read(wkey[:])
	h.env = []string{"RHD_DATA_DIR=" + h.dir, "RHD_POSTGRES_DSN=" + h.dsn, "RHD_KAFKA_BROKERS=" + h.kafka, "RHD_ETH_RPC=" + h.rpc,
		"RHD_OPERATOR_KEY=" + operator, "RHD_WALLET_KEY=" + hex.EncodeToString(wkey[:]), "RHD_LOG_LEVEL=warn",
		"RHD_K=5", "RHD_COHORTER_INTERVAL=5s", "RHD_COHORT_STEP=20s", "RHD_SETTLE_INTERVAL=3s", "RHD_DUCKDB_MEMORY=256MB",
		"RHD_STREAM_WORKERS=2", "RHD_KAFKA_PARTITIONS=4",
		// Researchers use API tokens here; a sign-in must be configured
		// for the portal to start outside rhd dev, and is never used.
		"RHD_GOOGLE_CLIENT_ID=chaos", "RHD_GOOGLE_CLIENT_SECRET=chaos"}
	seed := exec.Command(h.bin, "seed", "--contributors", strconv.Itoa(chaosDevices))
	seed.Env = append(os.Environ(), h.env...)
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("rhd seed: %v\n%s", err, out)
	}
	kp := h.add("kafka", "kafka", []string{"kafka", "--kafka-addr", h.kafka}, func(ctx context.Context) error {
		cl, err := kafka.NewClient(kafka.Config{Brokers: []string{h.kafka}}, "")
		if err != nil {
			return err
		}
		defer cl.Close()
		return cl.Ping(ctx)
	})
	h.start(kp)
	var gateways []string
	for i, ip := range []string{"127.0.0.4", "127.0.0.5"} {
		addr := freeAddr(t, ip)
		gateways = append(gateways, addr)
		h.start(h.add(fmt.Sprintf("ingest-%d", i+1), "ingest", []string{"ingest", "--ingest-addr", addr}, httpOK("http://"+addr+"/healthz")))
	}
	h.lb = newBalancer(gateways)
	lbAddr, err := h.lb.listen("127.0.0.7:0")
	if err != nil {
		t.Fatalf("%v", err)
	}
	t.Cleanup(h.lb.close)
	// The warehouse process first without settlement: contribution records
	// of an hour are minted once it has closed, so the devices' history
	// must be in before the first settlement run (see docs/operations.md).
	whAddr := freeAddr(t, "127.0.0.6")
	wh := h.add("warehouse", "warehouse", []string{"serve", "--targets", "stream,cohorter", "--addr", whAddr}, httpOK("http://"+whAddr+"/healthz"))
	// Static group membership: a restarted warehouse process takes its
	// stream and settlement consumers' places at once.
	wh.env = []string{"RHD_KAFKA_INSTANCE=warehouse"}
	h.start(wh)
	// 90 minutes of history: the previous hour closes with full data.
	dev := h.add("devices", "devices", []string{"devices", "sim", "--gateway", "http://" + lbAddr, "--backfill", "90m", "--speed", "1200"},
		func(context.Context) error { return nil })
	h.start(dev)
	// Each device's 90 minutes of history arrive in batches of 10 minutes.
	for deadline := time.Now().Add(3 * time.Minute); h.lb.count() < chaosDevices*9; time.Sleep(time.Second) {
		if time.Now().After(deadline) {
			t.Fatalf("%d batches acknowledged 3 minutes after the devices started, want %d", h.lb.count(), chaosDevices*9)
		}
	}
	h.waitQuiet(3 * time.Minute)
	<-h.signal(wh, syscall.SIGTERM)
	// Now with the portal, which researchers buy through.
	portalAddr := freeAddr(t, "127.0.0.6")
	h.portal = "http://" + portalAddr
	wh.args = []string{"serve", "--targets", "stream,cohorter,settle,portal", "--addr", whAddr, "--portal-addr", portalAddr}
	h.start(wh)
	h.startLoad(lbAddr)
	// Purchases need a cohort in the catalog.
	for deadline := time.Now().Add(2 * time.Minute); ; {
		if es, _ := (cohorter.Catalog{Store: h.store}).List(ctx, cohorter.Filter{}); len(es) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%v", "no cohort in the catalog 2 minutes after warm-up")
		}
		time.Sleep(time.Second)
	}
	h.newBuyer(ctx)
	t.Logf("warm-up done: %d acknowledged batches", h.lb.count())
}

// startLoad adds a second fleet that streams old history fast during the
// run (40 simulated hours a minute), so that the stream is writing most of
// the time and kills land inside writes: its devices start 160 hours back,
// in hours settlement no longer records (it records an hour once, and
// only the last 48), once the first settlement run has recorded the last
// closed hour. A run longer than about 3 minutes catches up to real time.
func (h *chaos) startLoad(lbAddr string) {
	t := h.t
	ctx := context.Background()
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Second) {
		last, err := h.store.LastRecordHour(ctx)
		if err == nil && !last.Before(time.Now().Add(-10*time.Minute).Truncate(time.Hour).Add(-time.Hour)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("settlement recorded up to %v 2 minutes after it started (%v)", last, err)
		}
	}
	loadDir := filepath.Join(h.dir, "load")
	seed := exec.Command(h.bin, "seed", "--contributors", strconv.Itoa(chaosLoadDevices), "--seed", "2")
	seed.Env = append(append(os.Environ(), h.env...), "RHD_DATA_DIR="+loadDir)
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("rhd seed (load): %v\n%s", err, out)
	}
	h.start(h.add("load", "devices", []string{"devices", "sim", "--fleet", filepath.Join(loadDir, "fleet"), "--gateway", "http://" + lbAddr,
		"--backfill", "160h", "--speed", "2400"}, func(context.Context) error { return nil }))
}

// fundOperator funds a fresh operator key from geth's developer account.
func (h *chaos) fundOperator(ctx context.Context) string {
	c, err := ethclient.DialContext(ctx, h.rpc)
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	defer c.Close()
	op, _ := crypto.GenerateKey()
	var accounts []common.Address
	if err := c.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		h.t.Fatalf("geth dev account: %v", err)
	}
	var tx common.Hash
	value := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	if err := c.Client().CallContext(ctx, &tx, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": crypto.PubkeyToAddress(op.PublicKey), "value": (*hexutil.Big)(value)}); err != nil {
		h.t.Fatalf("%v", err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; {
		if bal, _ := c.BalanceAt(ctx, crypto.PubkeyToAddress(op.PublicKey), nil); bal != nil && bal.Sign() > 0 {
			return hex.EncodeToString(crypto.FromECDSA(op))
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("%v", "operator never funded")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// spooled counts the batches the devices hold in their spools on disk.
func (h *chaos) spooled() int {
	a, _ := filepath.Glob(filepath.Join(h.dir, "fleet", "*", "spool", "pending", "*.rhdb"))
	b, _ := filepath.Glob(filepath.Join(h.dir, "load", "fleet", "*", "spool", "pending", "*.rhdb"))
	return len(a) + len(b)
}

// rejected counts the batches the gateways refused for good.
func (h *chaos) rejected() int {
	a, _ := filepath.Glob(filepath.Join(h.dir, "fleet", "*", "spool", "rejected", "*.rhdb"))
	b, _ := filepath.Glob(filepath.Join(h.dir, "load", "fleet", "*", "spool", "rejected", "*.rhdb"))
	return len(a) + len(b)
}

// lag is the stream group's consumer lag.
func (h *chaos) lag(ctx context.Context) (int64, error) {
	cl, err := kafka.NewClient(kafka.Config{Brokers: []string{h.kafka}}, "")
	if err != nil {
		return 0, err
	}
	defer cl.Close()
	return kafka.Lag(ctx, kadm.NewClient(cl), stream.Group, kafka.FramesTopic)
}

// describeGroup logs the stream group's state and members.
func (h *chaos) describeGroup() {
	cl, err := kafka.NewClient(kafka.Config{Brokers: []string{h.kafka}}, "")
	if err != nil {
		return
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	gs, err := kadm.NewClient(cl).DescribeGroups(ctx, stream.Group)
	if err != nil {
		h.t.Logf("describe group: %v", err)
		return
	}
	for _, g := range gs {
		h.t.Logf("group %s: state %s, %d members, err %v", g.Group, g.State, len(g.Members), g.Err)
		for _, m := range g.Members {
			h.t.Logf("  member %s client %s host %s", m.MemberID, m.ClientID, m.ClientHost)
		}
	}
}

// caughtUp waits (at most 2 minutes) until the consumer lag is 0 and
// returns the time since since.
func (h *chaos) caughtUp(since time.Time) time.Duration {
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		lag, err := h.lag(ctx)
		cancel()
		if err == nil && lag == 0 {
			break
		}
	}
	return time.Since(since)
}

// waitQuiet waits until the spools are empty and the consumer lag is 0.
func (h *chaos) waitQuiet(limit time.Duration) time.Duration {
	began := time.Now()
	for deadline := began.Add(limit); ; {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		lag, err := h.lag(ctx)
		cancel()
		sp := h.spooled()
		if err == nil && lag == 0 && sp == 0 {
			return time.Since(began)
		}
		if time.Now().After(deadline) {
			h.describeGroup()
			h.t.Fatalf("not quiet after %v: lag %d (%v), %d batches in spools", limit, lag, err, sp)
		}
		time.Sleep(time.Second)
	}
}

// run injects faults for dur: every 2-5 s a random process of a random
// kind is SIGKILLed (one in eight times SIGSTOPped instead, for 1-3 s) and
// restarted after a 0.2-3 s pause.
func (h *chaos) run(dur time.Duration) {
	h.dur = dur
	ctx, cancel := context.WithCancel(context.Background())
	buyerDone := make(chan struct{})
	go func() { defer close(buyerDone); h.buy(ctx) }()
	kinds := h.kinds
	var wg sync.WaitGroup
	busy := map[*proc]bool{}
	var busyMu sync.Mutex
	for end := time.Now().Add(dur); time.Now().Before(end); {
		time.Sleep(time.Duration(2000+h.rng.IntN(3000)) * time.Millisecond)
		// The warehouse process holds most guarantees (offsets after
		// writes, settlement, minting): it is picked twice as often.
		kind := append(slices.Clone(kinds), "warehouse")[h.rng.IntN(len(kinds)+1)]
		var cands []*proc
		busyMu.Lock()
		for _, p := range h.procs {
			if p.kind == kind && !busy[p] {
				cands = append(cands, p)
			}
		}
		if len(cands) == 0 {
			busyMu.Unlock()
			continue
		}
		p := cands[h.rng.IntN(len(cands))]
		busy[p] = true
		busyMu.Unlock()
		pause := time.Duration(200+h.rng.IntN(2800)) * time.Millisecond
		stall := h.rng.IntN(8) == 0
		wg.Add(1)
		go func() {
			defer wg.Done()
			ev := killEvent{kind: p.kind, name: p.name, how: "SIGKILL", pause: pause}
			if stall {
				ev.how, ev.pause = "SIGSTOP", pause/2+time.Second
				h.signal(p, syscall.SIGSTOP)
				time.Sleep(ev.pause)
				h.signal(p, syscall.SIGCONT)
				busyMu.Lock()
				delete(busy, p)
				busyMu.Unlock()
			} else {
				killed := time.Now()
				<-h.signal(p, syscall.SIGKILL)
				time.Sleep(pause)
				ev.recover = h.start(p)
				busyMu.Lock()
				delete(busy, p) // may be killed again while the pipeline catches up
				busyMu.Unlock()
				ev.caughtUp = h.caughtUp(killed)
			}
			h.mu.Lock()
			h.events = append(h.events, ev)
			h.mu.Unlock()
		}()
	}
	wg.Wait()
	cancel()
	<-buyerDone
}

// drainAndCheck waits for the devices and the pipeline to drain and for
// settlement to commit every sale, stops the warehouse process and checks.
func (h *chaos) drainAndCheck() {
	t := h.t
	ctx := context.Background()
	for _, p := range h.procs {
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Second) {
			err := p.healthy(ctx)
			if err == nil {
				break
			}
			if time.Now().After(deadline) {
				t.Errorf("%s not healthy a minute after the run: %v", p.name, err)
				break
			}
		}
	}
	quiet := h.waitQuiet(3 * time.Minute)
	t.Logf("drained %v after the last fault", quiet.Round(time.Second))
	// The devices stop once their spools are empty; nothing may be left.
	// The load fleet first slows to a minute of history a second.
	load := h.proc("load")
	<-h.signal(load, syscall.SIGTERM)
	load.args[len(load.args)-1] = "1"
	h.start(load)
	for _, dev := range []*proc{load, h.proc("devices")} {
		for range 10 {
			h.waitQuiet(time.Minute)
			<-h.signal(dev, syscall.SIGTERM)
			if h.spooled() == 0 {
				break
			}
			h.start(dev) // a batch was sealed meanwhile: deliver it
		}
	}
	if n := h.spooled(); n != 0 {
		t.Errorf("%d batches left in the devices' spools", n)
	}
	if n := h.rejected(); n != 0 {
		t.Errorf("%d batches refused for good by the gateways", n)
	}
	h.waitQuiet(time.Minute)
	h.checkMoney(ctx)
	h.checkDownload(ctx)
	wh := h.proc("warehouse")
	<-h.signal(wh, syscall.SIGTERM)
	h.checkWarehouse(ctx)
}

func (h *chaos) proc(name string) *proc {
	for _, p := range h.procs {
		if p.name == name {
			return p
		}
	}
	h.t.Fatalf("no process %s", name)
	return nil
}

// checkWarehouse: every acknowledged batch is in the warehouse exactly once
// with the content the device sent; every contribution record's root is
// the root of the warehouse minutes it commits to.
func (h *chaos) checkWarehouse(ctx context.Context) {
	t := h.t
	w, err := warehouse.OpenDuckDB(ctx, filepath.Join(h.dir, "warehouse.duckdb")+"?memory_limit=256MB")
	if err != nil {
		t.Fatalf("%v", err)
	}
	defer w.Close()
	db := w.DB()
	pepper, err := h.store.Pepper(ctx)
	if err != nil {
		t.Fatalf("%v", err)
	}
	type stored struct {
		frames, samples, n int64
		sum                float64
	}
	got := map[[2]uint64]stored{}
	rows, err := db.QueryContext(ctx, `SELECT b.source, b.seq, b.frames, b.samples, COALESCE(r.n, 0), COALESCE(r.s, 0) FROM batches b
		LEFT JOIN (SELECT source, seq, sum(len(value)) AS n, sum(list_sum(value)) AS s FROM readings GROUP BY source, seq) r USING (source, seq)`)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for rows.Next() {
		var k [2]uint64
		var s stored
		if err := rows.Scan(&k[0], &k[1], &s.frames, &s.samples, &s.n, &s.sum); err != nil {
			t.Fatalf("%v", err)
		}
		got[k] = s
	}
	rows.Close()
	var dupRows int64
	db.QueryRowContext(ctx, `SELECT count(*) - count(DISTINCT (source, seq)) FROM batches`).Scan(&dupRows)
	if dupRows != 0 {
		t.Errorf("%d batches stored twice", dupRows)
	}
	acked := h.lb.acked()
	lost, wrong := 0, 0
	defer func() { h.lost, h.changed, h.dupBatches = lost, wrong, int(dupRows) }()
	for k, a := range acked {
		h.samples += int(a.samples)
		s, ok := got[[2]uint64{pseudo.Source(pepper, k.device), k.seq}]
		if !ok {
			lost++
			if lost <= 5 {
				t.Errorf("batch %d of device %s was acknowledged but is not in the warehouse", k.seq, k.device)
			}
			continue
		}
		if s.frames != a.frames || s.samples != a.samples || s.n != a.samples || !near(s.sum, a.sum) {
			wrong++
			if wrong <= 5 {
				t.Errorf("batch %d of device %s: warehouse has %d frames, %d samples (%d in readings, sum %g); the device sent %d, %d (sum %g)",
					k.seq, k.device, s.frames, s.samples, s.n, s.sum, a.frames, a.samples, a.sum)
			}
		}
	}
	if conflicts := h.lb.conflicts(); conflicts != 0 {
		t.Errorf("%d device sequence numbers were acknowledged with two different contents", conflicts)
	}
	t.Logf("warehouse: %d acknowledged batches checked, %d lost, %d with other content, %d stored in all", len(acked), lost, wrong, len(got))
	if lost+wrong > 0 {
		t.Errorf("%d acknowledged batches lost, %d changed", lost, wrong)
	}
	h.checkRecords(ctx, w)
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-6*max(1, a, -a)
}

// checkRecords recomputes each contribution record's root from the
// warehouse minutes it commits to, and compares minted ones on chain.
func (h *chaos) checkRecords(ctx context.Context, w warehouse.Warehouse) {
	t := h.t
	pepper, _ := h.store.Pepper(ctx)
	devs, err := h.store.AllDevices(ctx)
	if err != nil {
		t.Fatalf("%v", err)
	}
	contracts := h.contracts()
	ec, err := ethclient.DialContext(ctx, h.rpc)
	if err != nil {
		t.Fatalf("%v", err)
	}
	defer ec.Close()
	recs, err := bindings.NewContributionRecords(contracts.Records, ec)
	if err != nil {
		t.Fatalf("%v", err)
	}
	checked, minted := 0, 0
	seenOwner := map[string]bool{}
	for _, d := range devs {
		if seenOwner[d.ContributorID] {
			continue
		}
		seenOwner[d.ContributorID] = true
		rs, err := h.store.RecordsOf(ctx, d.ContributorID)
		if err != nil {
			t.Fatalf("%v", err)
		}
		for _, r := range rs {
			src := pseudo.Source(pepper, r.DeviceID)
			var leaves []merkle.Hash
			err := w.DeviceMinutes(ctx, r.Hour, r.Hour.Add(settle.RecordHour), func(m warehouse.DeviceMinute) error {
				if m.Source == src {
					leaves = append(leaves, settle.ReadingLeaf(r.Salt, m))
				}
				return nil
			})
			if err != nil {
				t.Fatalf("%v", err)
			}
			tree, err := merkle.New(leaves)
			if err != nil {
				t.Errorf("record %s %s: %v", r.DeviceID, r.Hour, err)
				continue
			}
			if root := tree.Root(); !bytes.Equal(root[:], r.Root) {
				t.Errorf("contribution record of device %s, hour %s: root %x, the warehouse's minutes give %x", r.DeviceID, r.Hour, r.Root, root)
			}
			checked++
			if r.TokenID > 0 {
				// The token's id is its device-hour key; its hour root is in
				// its batch's hash (settle's tests check that part).
				key := settle.RecordKey(r.DeviceID, r.Hour)
				owner, err := recs.OwnerOf(nil, new(big.Int).SetBytes(key[:]))
				if err != nil {
					t.Fatalf("%v", err)
				}
				if !strings.EqualFold(owner.Hex(), r.Account) {
					t.Errorf("record %d: owned on chain by %s, ledger says %s", r.TokenID, owner.Hex(), r.Account)
				}
				minted++
			}
		}
	}
	t.Logf("contribution records: %d checked against the warehouse, %d of them minted and checked on chain", checked, minted)
}

func (h *chaos) contracts() settle.Addresses {
	var a settle.Addresses
	b, err := os.ReadFile(filepath.Join(h.dir, "contracts.json"))
	if err == nil {
		err = json.Unmarshal(b, &a)
	}
	if err != nil {
		h.t.Fatalf("%v", err)
	}
	return a
}

// checkMoney: every order placed has exactly one sale, each sale's lines sum
// to price - fee and its journal balances, the on-chain root is the
// ledger's latest epoch's and every account was paid its cumulative
// earnings by claims.
func (h *chaos) checkMoney(ctx context.Context) {
	t := h.t
	h.mu.Lock()
	orders := slices.Clone(h.orders)
	h.mu.Unlock()
	if len(orders) == 0 {
		t.Errorf("%s", "no purchase went through during the run")
	}
	ec, err := ethclient.DialContext(ctx, h.rpc)
	if err != nil {
		t.Fatalf("%v", err)
	}
	defer ec.Close()
	dist, err := bindings.NewPayoutDistributor(h.contracts().Distributor, ec)
	if err != nil {
		t.Fatalf("%v", err)
	}
	// Settlement commits every sale and claims it within a few intervals.
	var e ledger.Epoch
	for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(time.Second) {
		sales, err := h.store.Sales(ctx)
		if err != nil {
			t.Fatalf("%v", err)
		}
		pending := 0
		for _, s := range sales {
			if s.Epoch == 0 {
				pending++
			}
		}
		var ok bool
		e, ok, err = h.store.LatestConfirmedEpoch(ctx)
		onChain, cerr := dist.Epoch(nil)
		open, _ := h.store.OpenEpochs(ctx)
		if err == nil && cerr == nil && ok && pending == 0 && len(sales) >= len(orders) && len(open) == 0 && uint64(e.Epoch) == onChain && h.claimsDone(ctx, dist, e) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("settlement did not catch up: %d sales of %d orders, %d uncommitted, ledger epoch %d, chain epoch %d (%v), %d open epochs",
				len(sales), len(orders), pending, e.Epoch, onChain, cerr, len(open))
		}
	}
	sales, _ := h.store.Sales(ctx)
	byID := map[string]int{}
	for _, s := range sales {
		byID[s.ID]++
	}
	wrongCents := 0
	for _, o := range orders {
		if byID[o] != 1 {
			t.Errorf("order %s has %d sales", o, byID[o])
		}
	}
	for _, s := range sales {
		lines, err := h.store.SaleLines(ctx, s.ID)
		if err != nil {
			t.Fatalf("%v", err)
		}
		var sum int64
		for _, l := range lines {
			sum += l.Cents
		}
		if sum != s.PriceCents-s.FeeCents {
			wrongCents++
			t.Errorf("sale %s: lines pay %d cents, price %d - fee %d = %d", s.ID, sum, s.PriceCents, s.FeeCents, s.PriceCents-s.FeeCents)
		}
		if debit, credit, err := h.store.JournalBalance(ctx, s.ID); err != nil || debit != credit {
			t.Errorf("sale %s: journal debits %d, credits %d (%v)", s.ID, debit, credit, err)
		}
	}
	root, err := dist.CumulativeRoot(nil)
	if err != nil || !bytes.Equal(root[:], e.Root) {
		t.Errorf("on-chain root %x, ledger epoch %d root %x (%v)", root, e.Epoch, e.Root, err)
	}
	h.wrongCents = wrongCents
	h.checkOrders(ctx)
	t.Logf("money: %d orders, %d sales, %d with wrong cents, epoch %d on chain and in the ledger", len(orders), len(sales), wrongCents, e.Epoch)
}

// claimsDone reports whether no account of epoch e has claimed more than
// its cumulative earnings (credit is claimed lazily, on cash-out).
func (h *chaos) claimsDone(ctx context.Context, dist *bindings.PayoutDistributor, e ledger.Epoch) bool {
	bal, err := h.store.EpochBalances(ctx, e.Epoch)
	if err != nil {
		return false
	}
	for acct, cents := range bal {
		c, err := dist.Claimed(nil, common.HexToAddress(acct))
		if err != nil || c.Int64() > cents {
			return false
		}
	}
	return true
}

// report logs kills per kind, the time from restart to healthy and from
// kill to no lag (p50, p99), and peak memory.
func (h *chaos) report() string {
	back, caught := map[string][]time.Duration{}, map[string][]time.Duration{}
	stalls := map[string]int{}
	for _, e := range h.events {
		if e.how == "SIGSTOP" {
			stalls[e.kind]++
			continue
		}
		back[e.kind] = append(back[e.kind], e.recover)
		caught[e.kind] = append(caught[e.kind], e.caughtUp)
	}
	kills := 0
	var kinds []string
	for k, ds := range back {
		kinds = append(kinds, k)
		kills += len(ds)
	}
	sort.Strings(kinds)
	pct := func(ds []time.Duration, p int) time.Duration {
		slices.Sort(ds)
		return ds[min(len(ds)-1, len(ds)*p/100)].Round(10 * time.Millisecond)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d kills, %d stalls in %v\n", kills, len(h.events)-kills, h.dur)
	fmt.Fprintf(&b, "acknowledged: %d batches, %d samples; lost %d, duplicated %d, changed %d\n", h.lb.count(), h.samples, h.lost, h.dupBatches, h.changed)
	fmt.Fprintf(&b, "orders through the researcher API: %d (%d retried across failures, %d sent again after their answer); cents wrong %d\n",
		len(h.orders), h.retried, h.resent, h.wrongCents)
	fmt.Fprintf(&b, "bundle downloaded: %s\n", h.download)
	fmt.Fprintf(&b, "%-10s %5s %6s %9s %9s %11s %11s %7s %8s\n", "kind", "kills", "stalls", "up p50", "up p99", "no lag p50", "no lag p99", "self-ex", "RSS MiB")
	for _, k := range kinds {
		selfEx, rss := 0, int64(0)
		for _, p := range h.procs {
			if p.kind == k {
				p.mu.Lock()
				selfEx += p.selfExs
				rss = max(rss, p.maxRSS)
				p.mu.Unlock()
			}
		}
		fmt.Fprintf(&b, "%-10s %5d %6d %9v %9v %11v %11v %7d %8d\n", k, len(back[k]), stalls[k], pct(back[k], 50), pct(back[k], 99),
			pct(caught[k], 50), pct(caught[k], 99), selfEx, rss>>10)
	}
	h.t.Logf("\n%s", b.String())
	if want := int(h.dur / (6 * time.Second)); kills < want {
		h.t.Errorf("only %d kills in %v, want at least %d", kills, h.dur, want)
	}
	if len(kinds) < len(h.kinds) {
		h.t.Errorf("kills hit only %v of %v", kinds, h.kinds)
	}
	// Memory: a process's incarnations stay within 2x of its first plus
	// 256 MiB (nothing accumulates across restarts, e.g. in shared state).
	for _, p := range h.procs {
		p.mu.Lock()
		first := p.rssAt[0]
		for i, kb := range p.rssAt {
			if kb > 2*first+256<<10 {
				h.t.Errorf("%s incarnation %d peaked at %d MiB, its first at %d MiB", p.name, i+1, kb>>10, first>>10)
			}
		}
		p.mu.Unlock()
	}
	return b.String()
}

// balancer spreads device posts over the gateways (a load balancer, as in
// front of a fleet of gateways) and records every batch a device was
// answered as acknowledged (2xx, or 409: accepted earlier).
type balancer struct {
	gateways []string
	srv      *http.Server
	client   *http.Client

	mu    sync.Mutex
	seen  map[batchKey]batchSum
	clash int
}

type batchKey struct {
	device string
	seq    uint64
}

type batchSum struct {
	digest          [32]byte
	frames, samples int64
	sum             float64
}

func newBalancer(gateways []string) *balancer {
	return &balancer{gateways: gateways, seen: map[batchKey]batchSum{},
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
}

func (b *balancer) listen(addr string) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	b.srv = &http.Server{Handler: b}
	go b.srv.Serve(ln)
	return ln.Addr().String(), nil
}

func (b *balancer) close() { b.srv.Close() }

func (b *balancer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 2<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	gw := b.gateways[mrand.IntN(len(b.gateways))]
	req, _ := http.NewRequestWithContext(r.Context(), r.Method, "http://"+gw+r.URL.RequestURI(), bytes.NewReader(body))
	req.Header = r.Header.Clone()
	resp, err := b.client.Do(req)
	if err != nil {
		http.Error(w, "gateway unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if r.URL.Path == "/v1/frames" && (resp.StatusCode/100 == 2 || resp.StatusCode == http.StatusConflict) {
		b.record(body)
	}
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func (b *balancer) record(body []byte) {
	batch, err := frame.Parse(body)
	if err != nil {
		return
	}
	s := batchSum{digest: sha256.Sum256(body), frames: int64(batch.NumFrames()), samples: int64(batch.Samples())}
	for it := batch.Frames(); it.Next(); {
		for ch := it.Frame().Channels(); ch.Next(); {
			c := ch.Channel()
			for i := range c.Len() {
				s.sum += c.Value(i)
			}
		}
	}
	k := batchKey{batch.Device().String(), batch.Seq()}
	b.mu.Lock()
	defer b.mu.Unlock()
	if old, ok := b.seen[k]; ok && old.digest != s.digest {
		b.clash++
	}
	b.seen[k] = s
}

func (b *balancer) acked() map[batchKey]batchSum {
	b.mu.Lock()
	defer b.mu.Unlock()
	return maps.Clone(b.seen)
}

func (b *balancer) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.seen)
}

func (b *balancer) conflicts() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.clash
}
