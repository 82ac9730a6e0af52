// Package admin is the operators' API of a running rhd — stats, bundle
// export, payout and record verification, consent — behind a token and a
// Host check, with /metrics and /healthz beside it, and the CLI's client
// of it with the operator's tables and progress bars.
package admin

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kadm"

	"rhd.dev/jobs"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/stream"
	"rhd.dev/warehouse"
)

// Stats is what `rhd stats` prints and the admin API's /v1/stats returns.
type Stats struct {
	DataDir   string           `json:"data_dir"`
	Running   bool             `json:"running"` // answered by a running rhd
	Warehouse warehouse.Counts `json:"warehouse"`
	WBackend  string           `json:"warehouse_backend"`
	Ledger    struct {
		Backend      string `json:"backend"`
		Contributors int    `json:"contributors"`
		Devices      int    `json:"devices"`
	} `json:"ledger"`
	Kafka struct {
		Brokers []string `json:"brokers"`
		Lag     *int64   `json:"consumer_lag,omitempty"`
		LagErr  string   `json:"consumer_lag_error,omitempty"`
	} `json:"kafka"`
	Stream *struct {
		SamplesWritten float64 `json:"samples_written"`
		DeadLetters    float64 `json:"dead_letters"`
	} `json:"stream,omitempty"`
	Jobs   []jobs.Status `json:"jobs,omitempty"`
	Uptime string        `json:"uptime,omitempty"`
}

// Source gathers Stats from live components (nil fields: not in this process).
type Source struct {
	DataDir string
	Brokers []string
	Store   *ledger.Store
	WH      warehouse.Warehouse
	Adm     *kadm.Client // nil: lag unknown
	Metrics *stream.Metrics
	Jobs    *jobs.Registry // nil: no periodic jobs in this process
	Started time.Time      // zero: not a running process
}

// JobLine describes a job's state in a line, for operators.
func JobLine(j jobs.Status) string {
	last := "never"
	if !j.LastSuccess.IsZero() {
		last = j.LastSuccess.Format(time.RFC3339)
	}
	if !j.Failing() {
		return "ok, last success " + last
	}
	return fmt.Sprintf("FAILING (%d in a row, last success %s): %s", j.Failures, last, j.LastError)
}

// Collect reads the figures now.
func (s *Source) Collect(ctx context.Context) (Stats, error) {
	var st Stats
	st.DataDir = s.DataDir
	var err error
	if st.Warehouse, err = s.WH.Counts(ctx); err != nil {
		return st, fmt.Errorf("warehouse: %w", err)
	}
	st.WBackend = s.WH.Backend()
	st.Ledger.Backend = s.Store.Backend()
	if st.Ledger.Contributors, st.Ledger.Devices, err = s.Store.Counts(ctx); err != nil {
		return st, fmt.Errorf("ledger: %w", err)
	}
	st.Kafka.Brokers = s.Brokers
	if s.Adm != nil {
		lctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		lag, err := kafka.Lag(lctx, s.Adm, stream.Group, kafka.FramesTopic)
		cancel()
		if err != nil {
			st.Kafka.LagErr = err.Error()
		} else {
			st.Kafka.Lag = &lag
		}
	}
	if s.Metrics != nil {
		st.Stream = &struct {
			SamplesWritten float64 `json:"samples_written"`
			DeadLetters    float64 `json:"dead_letters"`
		}{testutil.ToFloat64(s.Metrics.SamplesWritten), testutil.ToFloat64(s.Metrics.DeadLetters)}
	}
	if s.Jobs != nil {
		st.Jobs = s.Jobs.Statuses()
	}
	if !s.Started.IsZero() {
		st.Running = true
		st.Uptime = time.Since(s.Started).Round(time.Second).String()
	}
	return st, nil
}

// The admin API of a running rhd answers the CLI (the DuckDB file and the
// embedded chain belong to the process that opened them). It exports bundles,
// resolves emails to wallets and reads consent, so every route needs the
// admin token and a Host header naming this machine (a web page whose name was
// rebound to 127.0.0.1 must not get in). /metrics and /healthz are served
// beside it without a token: they carry no personal data.

// MinToken is the shortest admin token accepted from RHD_ADMIN_TOKEN.
const MinToken = 32

// TokenFile holds a data dir's admin token, readable by its owner only.
func TokenFile(dataDir string) string { return filepath.Join(dataDir, "admin.token") }

// Token returns the admin API's token: configured (RHD_ADMIN_TOKEN: the
// token or a file holding it) when set, else the data dir's admin.token, which create
// makes with a fresh random token when it is missing.
func Token(dataDir, configured string, create bool) (string, error) {
	if v := configured; v != "" {
		if b, err := os.ReadFile(v); err == nil {
			v = strings.TrimSpace(string(b))
		}
		if len(v) < MinToken {
			return "", fmt.Errorf("RHD_ADMIN_TOKEN must be at least %d characters", MinToken)
		}
		return v, nil
	}
	path := TokenFile(dataDir)
	if create {
		b := make([]byte, 32)
		rand.Read(b)
		tok := hex.EncodeToString(b)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			_, err = f.WriteString(tok + "\n")
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return tok, err
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("admin token: %w", err)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("admin token: %w (run as the user who runs rhd, or set RHD_ADMIN_TOKEN)", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return "", err
	} else if st.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("admin token %s is open to other users (mode %v): chmod 600 it", path, st.Mode().Perm())
	}
	b, err := io.ReadAll(io.LimitReader(f, 1024))
	if err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if len(tok) < MinToken {
		return "", fmt.Errorf("admin token %s is shorter than %d characters", path, MinToken)
	}
	return tok, nil
}

// TokenSource says where the admin token comes from, for the banner.
func TokenSource(dataDir, configured string) string {
	if configured != "" {
		return "RHD_ADMIN_TOKEN"
	}
	return TokenFile(dataDir)
}

// Ops serves /metrics and /healthz without authentication, for
// scrapers and load balancers: counters by reason, gauges, process figures,
// and "ok", "degraded" (naming failing jobs) or "unavailable"; nothing
// about a person.
func Ops(reg *prometheus.Registry, health func(context.Context) error, js *jobs.Registry) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := health(r.Context()); err != nil {
			slog.Warn("healthz: unavailable", "err", err)
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		// The process serves; a failing job is reported, not a reason to
		// restart it. Error texts stay on the operators' pages.
		status := "ok"
		var failing []string
		if js != nil {
			for _, j := range js.Statuses() {
				if j.Failing() {
					status = "degraded"
					failing = append(failing, fmt.Sprintf("job %s failing: %d in a row, last success %s", j.Name, j.Failures, j.LastSuccess.Format(time.RFC3339)))
				}
			}
		}
		io.WriteString(w, status+"\n")
		for _, f := range failing {
			io.WriteString(w, f+"\n")
		}
	})
	return mux
}

// WarehouseHealth is healthy when the warehouse answers.
func WarehouseHealth(wh warehouse.Warehouse) func(context.Context) error {
	return func(ctx context.Context) error {
		_, err := wh.Counts(ctx)
		return err
	}
}

// API is the admin routes served from the stores: stats and bundle export
// (bundle, whose each write gets writeTimeout); rhd dev adds the chain's.
func API(src *Source, bundle http.Handler, writeTimeout time.Duration) *http.ServeMux {
	mux := http.NewServeMux()
	// Profiles of the running process, for operators (behind the token like
	// every /v1 route): `go tool pprof -http : 'http://…/debug/pprof/profile'`.
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.Handle("GET /v1/snapshots/{snapshot}/bundle.zip", StreamingWrites(bundle, writeTimeout))
	mux.HandleFunc("GET /v1/stats", func(w http.ResponseWriter, r *http.Request) {
		st, err := src.Collect(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(st)
	})
	return mux
}

// Guard passes a request to h only if its Host names a loopback address
// (or localhost) or the configured listen address's host, and it carries
// "Authorization: Bearer <token>" (compared in constant time).
func Guard(h http.Handler, token, listen string) http.Handler {
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !Host(r.Host, listen) {
			http.Error(w, "the admin API does not answer for host "+r.Host, http.StatusMisdirectedRequest)
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(got))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="rhd admin"`)
			http.Error(w, "admin token required: the data dir's admin.token, or RHD_ADMIN_TOKEN", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Host reports whether a request's Host header may reach the admin API.
func Host(hostHeader, listen string) bool {
	name := hostHeader
	if h, _, err := net.SplitHostPort(hostHeader); err == nil {
		name = h
	}
	name = strings.Trim(name, "[]")
	if LoopbackHost(name) {
		return true
	}
	configured, _, err := net.SplitHostPort(listen)
	if err != nil || configured == "" {
		return false
	}
	if ip := net.ParseIP(configured); ip != nil && ip.IsUnspecified() {
		return false
	}
	return strings.EqualFold(configured, name)
}

// StreamingWrites gives each write of h's answer its own deadline of per, so
// a long download outlives the server's write timeout while, and only while,
// the client keeps reading.
func StreamingWrites(h http.Handler, per time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&deadlineWriter{ResponseWriter: w, rc: http.NewResponseController(w), per: per}, r)
	})
}

type deadlineWriter struct {
	http.ResponseWriter
	rc  *http.ResponseController
	per time.Duration
}

func (d *deadlineWriter) Write(b []byte) (int, error) {
	if err := d.rc.SetWriteDeadline(time.Now().Add(d.per)); err != nil {
		return 0, err
	}
	return d.ResponseWriter.Write(b)
}

// LoopbackHost reports whether a host name is localhost or a loopback address.
func LoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// AddrFile records where a running rhd's admin API listens.
func AddrFile(dataDir string) string { return filepath.Join(dataDir, "admin.addr") }

// Client asks the rhd running on a data dir.
type Client struct {
	DataDir string
	Token   string // configured token (RHD_ADMIN_TOKEN); empty: the data dir's
}

// Get asks the rhd running on the data dir for path, with the admin
// token. running is false when nothing runs there; an answer other than 200
// is an error.
func (c Client) Get(ctx context.Context, path string) (resp *http.Response, running bool, err error) {
	b, err := os.ReadFile(AddrFile(c.DataDir))
	if err != nil {
		return nil, false, nil
	}
	token, err := Token(c.DataDir, c.Token, false)
	if err != nil {
		return nil, true, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+strings.TrimSpace(string(b))+path, nil)
	if err != nil {
		return nil, true, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		return nil, false, nil // stale file: nothing runs there any more
	}
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		resp.Body.Close()
		return nil, true, fmt.Errorf("running rhd answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return resp, true, nil
}

// Ask fetches path as JSON from the rhd running on the data dir, if any.
func (c Client) Ask(ctx context.Context, path string, out any) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	resp, running, err := c.Get(ctx, path)
	if !running || err != nil {
		return running, err
	}
	defer resp.Body.Close()
	return true, json.NewDecoder(resp.Body).Decode(out)
}

// PrintStats writes st for people.
func PrintStats(w io.Writer, st Stats) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	state := "not running (read from files)"
	if st.Running {
		state = "running, up " + st.Uptime
	}
	fmt.Fprintf(tw, "data dir\t%s (%s)\n", st.DataDir, state)
	fmt.Fprintf(tw, "warehouse (%s)\tbatches %d\treadings %d\trollups_minute %d\n", st.WBackend, st.Warehouse.Batches, st.Warehouse.Readings, st.Warehouse.Rollups)
	fmt.Fprintf(tw, "ledger (%s)\tcontributors %d\tdevices %d\n", st.Ledger.Backend, st.Ledger.Contributors, st.Ledger.Devices)
	lag := st.Kafka.LagErr
	if st.Kafka.Lag != nil {
		lag = fmt.Sprintf("%d records", *st.Kafka.Lag)
	}
	fmt.Fprintf(tw, "kafka\t%s\tconsumer lag %s\n", strings.Join(st.Kafka.Brokers, ","), lag)
	if st.Stream != nil {
		fmt.Fprintf(tw, "stream (this run)\tsamples written %.0f\tdead letters %.0f\n", st.Stream.SamplesWritten, st.Stream.DeadLetters)
	}
	for _, j := range st.Jobs {
		fmt.Fprintf(tw, "job %s\t%s\n", j.Name, JobLine(j))
	}
	tw.Flush()
}
