package jobs

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestRunRecordsFailureAndRecovery(t *testing.T) {
	reg := prometheus.NewRegistry()
	r := New(reg)
	ctx := context.Background()
	boom := errors.New("out of memory")
	if n := r.Run(ctx, "cohorter", func(context.Context) error { return boom }); n != 1 {
		t.Fatalf("failures after one failed run: %d", n)
	}
	if n := r.Run(ctx, "cohorter", func(context.Context) error { return boom }); n != 2 {
		t.Fatalf("failures after two failed runs: %d", n)
	}
	s := r.Statuses()[0]
	if !s.Failing() || s.LastError != "out of memory" || !s.LastSuccess.IsZero() || s.Runs != 2 {
		t.Fatalf("status after failures: %+v", s)
	}
	if n := r.Run(ctx, "cohorter", func(context.Context) error { return nil }); n != 0 {
		t.Fatalf("failures after a success: %d", n)
	}
	s = r.Statuses()[0]
	if s.Failing() || s.LastSuccess.IsZero() || s.LastError != "out of memory" {
		t.Fatalf("status after recovery: %+v (the last error stays visible)", s)
	}
	if got := testutil.ToFloat64(r.failures.WithLabelValues("cohorter")); got != 2 {
		t.Fatalf("failure counter %v", got)
	}
}

func TestCancelledRunIsNotAFailure(t *testing.T) {
	r := New(nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n := r.Run(ctx, "settle", func(ctx context.Context) error { return ctx.Err() }); n != 0 {
		t.Fatalf("a run stopped by shutdown counted as a failure: %d", n)
	}
}

func TestBackoffDoublesUpToACeiling(t *testing.T) {
	for _, c := range []struct {
		interval time.Duration
		n        int
		want     time.Duration
	}{
		{time.Minute, 1, time.Minute},
		{time.Minute, 2, 2 * time.Minute},
		{time.Minute, 4, 8 * time.Minute},
		{time.Minute, 5, MaxBackoff},
		{time.Minute, 50, MaxBackoff},
		{5 * time.Second, 3, 20 * time.Second},
		{time.Hour, 3, time.Hour}, // never more often than the interval, never longer than it when it exceeds the cap
		{0, 1, time.Second},
	} {
		if got := Backoff(c.interval, c.n); got != c.want {
			t.Errorf("Backoff(%v, %d) = %v, want %v", c.interval, c.n, got, c.want)
		}
	}
}

func TestEveryRetriesUntilCancelled(t *testing.T) {
	r := New(nil)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.Every(ctx, "records", time.Millisecond, func(context.Context) error {
			calls++
			if calls == 3 {
				cancel()
			}
			return errors.New("chain unreachable")
		})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Every did not stop after cancel")
	}
	if s := r.Statuses()[0]; s.Failures != 2 || s.Name != "records" {
		t.Fatalf("status %+v, want the two failures before shutdown", s)
	}
}
