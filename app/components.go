package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"golang.org/x/net/netutil"

	"rhd.dev/admin"
	"rhd.dev/cohorter"
	"rhd.dev/demo"
	"rhd.dev/ingest"
	"rhd.dev/ingest/importer"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/jobs"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/portal"
	"rhd.dev/portal/devoidc"
	"rhd.dev/settle"
	"rhd.dev/settle/wallet"
	"rhd.dev/stream"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
	"rhd.dev/webhook"
)

// NewRegistry is a metrics registry with the Go and process collectors.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// OpenLedger opens the ledger: Postgres when configured, else SQLite in the data dir.
func OpenLedger(ctx context.Context, cfg *Config) (*ledger.Store, error) {
	s, err := ledger.Open(ctx, cfg.LedgerDSN())
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	return s, nil
}

// OpenWarehouse opens ClickHouse when configured, else DuckDB in the data dir.
func OpenWarehouse(ctx context.Context, cfg *Config) (warehouse.Warehouse, error) {
	if cfg.ClickHouseDSN != "" {
		return warehouse.OpenClickHouse(ctx, cfg.ClickHouseDSN)
	}
	// DuckDB would otherwise cache up to 80% of the machine's memory.
	w, err := warehouse.OpenDuckDB(ctx, cfg.Path("warehouse.duckdb")+"?memory_limit="+url.QueryEscape(cfg.DuckDBMemory))
	if err != nil {
		return nil, fmt.Errorf("%w (DuckDB files belong to one process: is another rhd running on %s?)", err, cfg.DataDir)
	}
	return w, nil
}

// IngestService is a running device gateway.
type IngestService struct {
	Gateway *ingest.Gateway
	Addr    string // where it listens
	srv     *http.Server
	cancel  context.CancelFunc // stops the progress saver
	done    chan struct{}
}

// StartIngest serves the gateway on addr; extra handlers (e.g. /metrics) are
// mounted beside it.
func StartIngest(ctx context.Context, cfg *Config, store *ledger.Store, reg prometheus.Registerer, addr string, extra map[string]http.Handler) (*IngestService, error) {
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	kopts, err := cfg.KafkaOpts("gateway", reg)
	if err != nil {
		return nil, err
	}
	gw, err := ingest.NewGateway(ingest.Config{
		Brokers:   cfg.Brokers(),
		KafkaOpts: kopts,
		Registry:  ingest.LedgerRegistry{Store: store},
		RecordKey: rkey,
		Metrics:   ingest.NewMetrics(reg),
		// rhd bench's devices repeat minutes; real ones do not.
		RepeatedMinutes: cfg.BenchLoad,
	})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", gw)
	for p, h := range extra {
		mux.Handle(p, h)
	}
	srv, ln, err := ListenHTTP(addr, mux, cfg.IngestHTTP)
	if err != nil {
		gw.Close()
		return nil, fmt.Errorf("ingest: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &IngestService{Gateway: gw, srv: srv, Addr: ln.Addr().String(), cancel: cancel, done: make(chan struct{})}
	go s.srv.Serve(ln)
	go func() {
		defer close(s.done)
		gw.Run(ctx, cfg.ProgressEvery)
	}()
	return s, nil
}

// Abort closes the gateway's listener and connections at once, draining
// nothing and saving no progress: what a crash leaves, for tests.
func (s *IngestService) Abort() error { return s.srv.Close() }

// Stop stops accepting requests, waits for in-flight ones (their batches are
// acknowledged by the broker or refused) and saves device progress.
func (s *IngestService) Stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
	s.cancel()
	<-s.done // the saver's last save
	s.Gateway.Close()
}

// StreamService is a set of running stream workers.
type StreamService struct {
	Metrics *stream.Metrics
	Errs    chan error // a worker's failure
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// StartStream starts workers stream workers (consumer-group members) writing
// the frames topic to wh.
func StartStream(ctx context.Context, cfg *Config, store *ledger.Store, wh warehouse.Warehouse, reg prometheus.Registerer, workers int) (*StreamService, error) {
	pepper, err := store.Pepper(ctx)
	if err != nil {
		return nil, err
	}
	dir, err := pseudo.NewDirectory(pepper, pseudo.FromLedger(store))
	if err != nil {
		return nil, err
	}
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &StreamService{cancel: cancel, Metrics: stream.NewMetrics(reg), Errs: make(chan error, workers)}
	for i := range max(workers, 1) {
		kopts, err := cfg.KafkaOpts("stream-"+strconv.Itoa(i), reg)
		if err != nil {
			cancel()
			s.wg.Wait()
			return nil, err
		}
		w, err := stream.NewWorker(stream.Config{Brokers: cfg.Brokers(), KafkaOpts: kopts, Warehouse: wh, Devices: dir, RecordKey: rkey, Metrics: s.Metrics,
			Logger: slog.Default().With("worker", i)})
		if err != nil {
			cancel()
			s.wg.Wait()
			return nil, err
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := w.Run(ctx); err != nil {
				slog.Error("stream: worker stopped", "worker", i, "err", err)
				s.Errs <- err
			}
		}()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.watchLag(ctx, cfg)
	}()
	return s, nil
}

// watchLag keeps the consumer-lag gauge current.
func (s *StreamService) watchLag(ctx context.Context, cfg *Config) {
	cl, err := kafka.NewClient(cfg.Kafka(), "")
	if err != nil {
		return
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		lctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		if lag, err := ConsumerLag(lctx, adm); err == nil {
			s.Metrics.ConsumerLag.Set(float64(lag))
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Stop stops the workers and waits for them.
func (s *StreamService) Stop() {
	s.cancel()
	s.wg.Wait()
}

// MetricsHandler serves the registry in Prometheus's text format.
func MetricsHandler(reg *prometheus.Registry) http.Handler {
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg})
}

// HTTPLimits bound what one client can hold on a server: a request must
// arrive within ReadHeader (headers) and Read (headers and body), its answer
// leave within Write, an idle keep-alive connection closes after Idle, and
// at most MaxConns connections are open at once (more wait in the kernel's
// accept queue until one closes).
type HTTPLimits struct {
	ReadHeader, Read, Write, Idle time.Duration
	MaxConns                      int
}

var (
	// IngestLimits: a device batch is at most 1 MiB (20 s: at least ~50 kB/s);
	// the answer waits for the broker's acknowledgement; live devices post
	// about once a minute, so keep-alive outlasts that.
	IngestLimits = HTTPLimits{ReadHeader: 5 * time.Second, Read: 20 * time.Second, Write: 30 * time.Second, Idle: 90 * time.Second, MaxConns: 4096}
	// AdminLimits: the admin API and /metrics, /healthz are asked by the CLI
	// and scrapers; bundle downloads extend their own write deadline (see
	// streamingWrites).
	AdminLimits = HTTPLimits{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 30 * time.Second, Idle: 60 * time.Second, MaxConns: 64}
)

// ListenHTTP listens on addr and returns a server for h with limits applied.
func ListenHTTP(addr string, h http.Handler, l HTTPLimits) (*http.Server, net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: l.ReadHeader, ReadTimeout: l.Read, WriteTimeout: l.Write, IdleTimeout: l.Idle,
		MaxHeaderBytes: 64 << 10}
	return srv, netutil.LimitListener(ln, l.MaxConns), nil
}

// Serve runs an HTTP server on addr until ctx ends.
func Serve(ctx context.Context, addr string, h http.Handler, l HTTPLimits) (string, error) {
	srv, ln, err := ListenHTTP(addr, h, l)
	if err != nil {
		return "", err
	}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("http server stopped", "addr", addr, "err", err)
		}
	}()
	return ln.Addr().String(), nil
}

// StartEmbeddedKafka runs the in-process Kafka-protocol cluster, persisted in
// the data dir so a restart keeps every acknowledged record.
func StartEmbeddedKafka(cfg *Config) (*kfake.Cluster, error) {
	c, kc, err := kafka.StartEmbedded(kafka.EmbeddedConfig{Addr: cfg.KafkaAddr, DataDir: cfg.Path("kafka"), Partitions: cfg.KafkaPartition,
		Retention: cfg.KafkaRetention, RetentionBytes: int64(cfg.KafkaRetentionMB) << 20})
	if err != nil {
		return nil, err
	}
	// With port 0 the cluster picked one: everything else must use that.
	cfg.KafkaAddr = kc.Brokers[0]
	return c, nil
}

// EnsureTopics creates the platform's topics if they do not exist yet.
func EnsureTopics(ctx context.Context, cfg *Config) error {
	return kafka.EnsureTopics(ctx, cfg.Kafka(), cfg.KafkaPartition)
}

// ConsumerLag returns the stream group's total lag on the frames topic.
func ConsumerLag(ctx context.Context, adm *kadm.Client) (int64, error) {
	return kafka.Lag(ctx, adm, stream.Group, kafka.FramesTopic)
}

// StartMQTT takes devices' batches over MQTT into gw: from the embedded
// broker on RHD_MQTT_ADDR, or from RHD_MQTT_BROKER when set. The embedded
// broker's bridge account has a fresh random password each start. It
// returns what stops both.
func StartMQTT(cfg *Config, gw *ingest.Gateway) (func(), error) {
	url, user, password := cfg.MQTTBroker, "", ""
	var broker *ingest.Broker
	if url == "" {
		b := make([]byte, 24)
		rand.Read(b)
		user, password = "rhd-bridge", hex.EncodeToString(b)
		var err error
		if broker, err = ingest.StartBroker(ingest.BrokerConfig{Addr: cfg.MQTTAddr, BridgeUser: user, BridgePassword: password,
			Devices: gw.Registry()}); err != nil {
			return nil, err
		}
		cfg.MQTTAddr = broker.Addr() // port 0 picked one
		url = "tcp://" + broker.Addr()
	}
	bridge, err := ingest.NewBridge(gw, ingest.MQTTConfig{Broker: url, Username: user, Password: password})
	if err != nil {
		if broker != nil {
			broker.Close()
		}
		return nil, err
	}
	slog.Info("mqtt: devices publish to "+ingest.MQTTRoot+"/{device}/frames", "broker", url)
	return func() {
		bridge.Close()
		if broker != nil {
			broker.Close()
		}
	}, nil
}

// RecordKey is the ledger's frames key: the gateway and the upload path tag
// the records they accept with it, and the stream stores only those.
func RecordKey(ctx context.Context, store *ledger.Store) (*recordauth.Key, error) {
	secret, err := store.FramesKey(ctx)
	if err != nil {
		return nil, err
	}
	return recordauth.NewKey(secret)
}

// UploadFrames sends an upload's batches to the frames topic tagged as
// accepted, as the gateway tags a device's: the portal made and signed them
// itself, with the upload's own paired device.
func UploadFrames(cl *kgo.Client, key *recordauth.Key) func(ctx context.Context, device, batch []byte) error {
	return func(ctx context.Context, device, batch []byte) error {
		rec := &kgo.Record{Topic: kafka.FramesTopic, Key: device, Value: batch}
		key.Seal(rec, time.Now())
		return cl.ProduceSync(ctx, rec).FirstErr()
	}
}

// StartPortal serves the web app. Without Google credentials, and only where
// devSignInRefused allows it, it mounts the built-in OpenID provider with demo
// accounts (seeded contributors, and one newcomer who has not signed up yet)
// on the same server.
func StartPortal(ctx context.Context, cfg *Config, store *ledger.Store, settler *settle.Settler, wh warehouse.Warehouse, cl *kgo.Client, reg prometheus.Registerer, health func(context.Context) map[string]any) (string, error) {
	if cfg.GoogleID != "" && cfg.GoogleSecret == "" {
		return "", errors.New("portal: RHD_GOOGLE_CLIENT_ID is set but RHD_GOOGLE_CLIENT_SECRET is empty")
	}
	ln, err := net.Listen("tcp", cfg.PortalAddr)
	if err != nil {
		return "", fmt.Errorf("portal: %w", err)
	}
	base := cfg.PortalURL
	if base == "" {
		base = "http://" + ln.Addr().String()
	}
	if cfg.GoogleID == "" {
		if err := devSignInRefused(cfg, ln.Addr(), base, store.Backend()); err != nil {
			ln.Close()
			return "", err
		}
	}
	pc := portal.Config{BaseURL: base, Issuer: "https://accounts.google.com", ClientID: cfg.GoogleID, ClientSecret: cfg.GoogleSecret,
		Secure: strings.HasPrefix(base, "https://"), FeeBps: cfg.FeeBps, BundleDir: cfg.Path("bundles"), Policy: cfg.Policy(), Registry: reg}
	for _, a := range strings.Split(cfg.Admins, ",") {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
			pc.Admins = append(pc.Admins, a)
		}
	}
	if cfg.GoogleID == "" {
		pc.Admins = append(pc.Admins, demo.Operator)
	}
	var provider *devoidc.Provider
	if cfg.GoogleID == "" {
		pc.Issuer, pc.ClientID, pc.ClientSecret = base+"/dev-oidc", "rhd-dev-portal", "rhd-dev-secret"
		accounts, err := demo.Accounts(ctx, store, pc.Issuer)
		if err != nil {
			ln.Close()
			return "", err
		}
		// The portal's callback route: the one redirect URI the provider honours.
		if provider, err = devoidc.New(pc.Issuer, pc.ClientID, pc.ClientSecret, base+"/auth/callback", accounts); err != nil {
			ln.Close()
			return "", err
		}
	}
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		ln.Close()
		return "", err
	}
	srv := portal.New(pc, store, func(ctx context.Context, id string) error {
		_, err := settler.EnsureWallet(ctx, id)
		return err
	}, portal.Market{Warehouse: wh, Frames: UploadFrames(cl, rkey), Health: health, VerifyPayout: func(ctx context.Context, account, sale string) (bool, map[string]string, error) {
		r, err := settler.Verify(ctx, common.HexToAddress(account), sale)
		if err != nil {
			return false, nil, err
		}
		return r.Verified, map[string]string{"account": r.Account.Hex(), "payout batch (epoch)": fmt.Sprint(r.Epoch),
			"transaction": r.TxHash, "root": fmt.Sprintf("0x%x", r.Root), "proof hashes": fmt.Sprint(len(r.Proof)),
			"earned in total (cents)": fmt.Sprint(r.Cumulative)}, nil
	}, VerifyReading: func(ctx context.Context, device, metric string, minute time.Time) (bool, map[string]string, error) {
		r, err := settler.VerifyReading(ctx, wh, device, metric, minute)
		if err != nil {
			return false, nil, err
		}
		return r.Verified, map[string]string{"record (token)": fmt.Sprint(r.TokenID), "owner account": r.Owner.Hex(),
			"reading hash (leaf)": fmt.Sprintf("0x%x", r.Leaf), "proof hashes": fmt.Sprint(len(r.Proof))}, nil
	}, Payouts: devPayouts(provider != nil), PaidOnChain: func(ctx context.Context, contributorID string) (int64, error) {
		return settler.EarnedOnChain(ctx, contributorID)
	}})
	if provider != nil {
		srv.Mount("/dev-oidc", provider.Handler("/dev-oidc"))
	}
	go srv.App().Listener(ln)
	go func() { <-ctx.Done(); srv.Shutdown(5 * time.Second) }()
	// Withdrawal notices go to buyers' webhooks; only the local development
	// sign-in (loopback only) lets a webhook reach private addresses.
	hooks := &webhook.Deliverer{Store: store, BaseURL: base, AllowPrivate: provider != nil}
	go hooks.Run(ctx, 5*time.Second)
	go every(ctx, time.Minute, func(ctx context.Context) {
		if err := srv.ResumeCashOuts(ctx, 100); err != nil && ctx.Err() == nil {
			slog.Warn("cash-outs", "err", err)
		}
	})
	go every(ctx, time.Minute, srv.SampleHealth)
	return base, nil
}

// devSignInRefused says why the development sign-in may not run, or nil. It
// lets anyone who reaches it sign in as any demo account, the operator
// included, so it runs only in rhd dev, listening on loopback and with a
// loopback public URL, and on the embedded SQLite ledger unless
// RHD_DEV_SIGNIN_POSTGRES allows a Postgres one.
func devSignInRefused(cfg *Config, listen net.Addr, base, ledgerBackend string) error {
	const setGoogle = "set RHD_GOOGLE_CLIENT_ID and RHD_GOOGLE_CLIENT_SECRET"
	if !cfg.DevMode {
		return errors.New("portal: no sign-in configured: " + setGoogle + " (the development sign-in runs only in rhd dev)")
	}
	if tcp, ok := listen.(*net.TCPAddr); !ok || !tcp.IP.IsLoopback() {
		return fmt.Errorf("portal: the development sign-in lets anyone sign in as any demo account, the operator included, so it listens only on loopback; the portal listens on %s: use RHD_PORTAL_ADDR=127.0.0.1:PORT or %s", listen, setGoogle)
	}
	if u, err := url.Parse(base); err != nil || !admin.LoopbackHost(u.Hostname()) {
		return fmt.Errorf("portal: the development sign-in runs only at a loopback URL, and RHD_PORTAL_URL is %q: %s", base, setGoogle)
	}
	if ledgerBackend != "sqlite" && !cfg.DevSignInPostgres {
		return fmt.Errorf("portal: the development sign-in would let anyone sign in to this %s ledger as its operator; %s, or set RHD_DEV_SIGNIN_POSTGRES=true if this is a development database", ledgerBackend, setGoogle)
	}
	return nil
}

// devPayouts is the payouts provider: the development one, which moves no
// money, under the development sign-in; none otherwise (cash-outs say they
// are not available) until a real provider is configured.
func devPayouts(dev bool) portal.Payouts {
	if !dev {
		return nil
	}
	return &portal.DevPayouts{}
}

// every runs fn now and then every interval until ctx ends: the portal's
// upkeep, sending cash-outs the provider has not answered again and
// recording the pipeline's health for the operators' charts.
func every(ctx context.Context, interval time.Duration, fn func(context.Context)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		fn(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// startAdmin serves api (behind the token and the Host check) and ops on
// the admin address until ctx ends, and records where in the data dir for
// the CLI. It returns the address.
func startAdmin(ctx context.Context, cfg *Config, api, ops http.Handler) (string, error) {
	token, err := admin.Token(cfg.DataDir, cfg.AdminToken, true)
	if err != nil {
		return "", err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", ops)
	mux.Handle("/healthz", ops)
	mux.Handle("/", admin.Guard(api, token, cfg.AdminAddr))
	bound, err := Serve(ctx, cfg.AdminAddr, mux, cfg.AdminHTTP)
	if err != nil {
		return "", fmt.Errorf("admin API: %w", err)
	}
	// The CLI dials this: an unspecified address is reached on loopback.
	host, port, _ := net.SplitHostPort(bound)
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if ip.To4() == nil {
			host = "::1"
		}
	}
	addr := net.JoinHostPort(host, port)
	if err := os.WriteFile(admin.AddrFile(cfg.DataDir), []byte(addr+"\n"), 0o600); err != nil {
		return "", err
	}
	return addr, nil
}

// mountUploads adds POST /v1/uploads to the admin API, sending batches
// with cl as the portal does.
func mountUploads(ctx context.Context, api *http.ServeMux, cfg *Config, store *ledger.Store, cl *kgo.Client) error {
	rkey, err := RecordKey(ctx, store)
	if err != nil {
		return err
	}
	api.HandleFunc("POST /v1/uploads", importer.Handler(&importer.Importer{Store: store, Send: UploadFrames(cl, rkey), Reach: cfg.Policy().Window}, portal.MaxUpload))
	return nil
}

// runCohorter runs the cohorter now and then every interval until ctx ends,
// as the job "cohorter" (retried with backoff when a run fails).
func runCohorter(ctx context.Context, c *cohorter.Cohorter, m *cohorter.Metrics, interval time.Duration, js *jobs.Registry) {
	js.Every(ctx, "cohorter", interval, func(ctx context.Context) error {
		r, err := c.Run(ctx)
		if err == nil {
			m.Observe(r)
		}
		return err
	})
}

// OpenKeyring loads the custodial master key (settle.OpenKeyring).
func OpenKeyring(cfg *Config) (*wallet.Keyring, error) { return settle.OpenKeyring(cfg.ChainConfig()) }

// OpenChain connects to the chain, deploying the contracts on first use (settle.OpenChain).
func OpenChain(ctx context.Context, cfg *Config) (*settle.Chain, func(), error) {
	return settle.OpenChain(ctx, cfg.ChainConfig())
}

// runSettlement runs s's loop (settle.Settler.Run) with cfg's settings.
func runSettlement(ctx context.Context, cfg *Config, s *settle.Settler, wh warehouse.Warehouse, js *jobs.Registry) {
	s.Run(ctx, settle.RunConfig{Kafka: cfg.Kafka(), Every: cfg.SettleEvery, SharedChain: cfg.EthRPC != "", Warehouse: wh}, js)
}
