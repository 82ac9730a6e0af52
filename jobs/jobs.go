// Package jobs runs the process's periodic work (cohorts, settlement,
// records) with retries and backoff, and keeps each job's state for the
// health endpoint, the operators' page and metrics.
package jobs

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// MaxBackoff caps the wait after repeated failures.
const MaxBackoff = 10 * time.Minute

// Status is one job's state.
type Status struct {
	Name        string    `json:"name"`
	Runs        int64     `json:"runs"`
	LastSuccess time.Time `json:"last_success"`           // zero: never
	Failures    int       `json:"consecutive_failures"`   // since the last success
	LastError   string    `json:"last_error,omitempty"`   // operators only: may quote data
	LastErrorAt time.Time `json:"last_error_at,omitzero"` // zero: never failed
}

// Failing reports whether the job's latest run failed.
func (s Status) Failing() bool { return s.Failures > 0 }

// Registry holds the jobs of one process.
type Registry struct {
	mu   sync.Mutex
	jobs map[string]*Status

	runs     *prometheus.CounterVec
	failures *prometheus.CounterVec
	success  *prometheus.GaugeVec
	duration *prometheus.HistogramVec
}

// New returns an empty registry whose metrics are registered with reg (nil:
// not exported).
func New(reg prometheus.Registerer) *Registry {
	r := &Registry{
		jobs:     map[string]*Status{},
		runs:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_job_runs_total", Help: "Runs of each periodic job."}, []string{"job"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_job_failures_total", Help: "Failed runs of each periodic job."}, []string{"job"}),
		success: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "rhd_job_last_success_timestamp_seconds",
			Help: "When each periodic job last succeeded (Unix time)."}, []string{"job"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "rhd_job_duration_seconds", Help: "How long each run took.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 8)}, []string{"job"}),
	}
	if reg != nil {
		reg.MustRegister(r.runs, r.failures, r.success, r.duration)
	}
	return r
}

// Statuses returns every job's state, by name.
func (r *Registry) Statuses() []Status {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Status, 0, len(r.jobs))
	for _, s := range r.jobs {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Status) int {
		if a.Name < b.Name {
			return -1
		}
		if a.Name > b.Name {
			return 1
		}
		return 0
	})
	return out
}

// Every runs fn now and then every interval until ctx ends. A failed run is
// logged, recorded and retried after a backoff that doubles with each
// consecutive failure (interval, 2×, 4× …, at most MaxBackoff or the
// interval if that is longer); a success resets it.
func (r *Registry) Every(ctx context.Context, name string, interval time.Duration, fn func(context.Context) error) {
	r.mu.Lock()
	if r.jobs[name] == nil {
		r.jobs[name] = &Status{Name: name}
	}
	r.mu.Unlock()
	for {
		wait := interval
		if n := r.Run(ctx, name, fn); n > 0 {
			wait = Backoff(interval, n)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// Run runs fn once as the named job and records the outcome. It returns the
// job's consecutive failures after the run (0 on success). A run cut short
// because ctx ended is not a failure.
func (r *Registry) Run(ctx context.Context, name string, fn func(context.Context) error) int {
	start := time.Now()
	err := fn(ctx)
	took := time.Since(start)
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.jobs[name]
	if s == nil {
		s = &Status{Name: name}
		r.jobs[name] = s
	}
	if err != nil && ctx.Err() != nil {
		return s.Failures
	}
	s.Runs++
	r.runs.WithLabelValues(name).Inc()
	r.duration.WithLabelValues(name).Observe(took.Seconds())
	if err != nil {
		s.Failures++
		s.LastError, s.LastErrorAt = err.Error(), time.Now().UTC()
		r.failures.WithLabelValues(name).Inc()
		slog.Error("job failed", "job", name, "consecutive_failures", s.Failures, "err", err)
		return s.Failures
	}
	s.Failures = 0
	s.LastSuccess = time.Now().UTC()
	r.success.WithLabelValues(name).Set(float64(s.LastSuccess.Unix()))
	return 0
}

// Backoff is the wait before retrying a job after n consecutive failures.
func Backoff(interval time.Duration, n int) time.Duration {
	ceiling := max(MaxBackoff, interval)
	d := max(interval, time.Second)
	for i := 1; i < n && d < ceiling; i++ {
		d *= 2
	}
	return min(d, ceiling)
}
