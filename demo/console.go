package demo

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"rhd.dev/admin"
	"rhd.dev/firmware/fleet"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/stream"
)

// WatchMilestones prints, once each, what a newcomer waits for after the
// first start: history caught up, the first cohort published, the first
// sale, the first payout committed on chain, each with the time since start.
// What a restarted rhd had already reached is not announced again.
func WatchMilestones(ctx context.Context, out io.Writer, store *ledger.Store, devices *fleet.Fleet, started time.Time) {
	lead := ""
	if admin.IsTerminal(out) {
		lead = "\n" // below the redrawn live line
	}
	say := func(format string, args ...any) {
		fmt.Fprintf(out, "%smilestone: %s (%s after start)\n", lead, fmt.Sprintf(format, args...), time.Since(started).Round(time.Second))
	}
	checks := []func(announce bool) (bool, error){
		func(announce bool) (bool, error) {
			if !devices.CaughtUp() {
				return false, nil
			}
			if announce {
				say("devices caught up on their history, streaming live")
			}
			return true, nil
		},
		func(announce bool) (bool, error) {
			snaps, err := store.LatestSnapshots(ctx)
			if err != nil || len(snaps) == 0 {
				return false, err
			}
			first := slices.MinFunc(snaps, func(a, b ledger.Snapshot) int { return a.CreatedAt.Compare(b.CreatedAt) })
			if announce {
				say("first cohort published: %s, %d members", first.ID, first.Members)
			}
			return true, nil
		},
		func(announce bool) (bool, error) {
			sales, err := store.Sales(ctx)
			if err != nil || len(sales) == 0 {
				return false, err
			}
			if announce {
				say("first sale: %s of %s for %s", sales[0].ID, sales[0].SnapshotID, admin.Dollars(sales[0].PriceCents))
			}
			return true, nil
		},
		func(announce bool) (bool, error) {
			e, ok, err := store.LatestConfirmedEpoch(ctx)
			if err != nil || !ok {
				return false, err
			}
			if announce {
				say("first payout on chain: epoch %d in block %d (rhd payouts verify --account <email> checks it)", e.Epoch, e.BlockNumber)
			}
			return true, nil
		},
	}
	done := make([]bool, len(checks))
	for i, check := range checks[1:] { // already reached before this start
		done[i+1], _ = check(false)
	}
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for slices.Contains(done, false) {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for i, check := range checks {
			if !done[i] {
				done[i], _ = check(true)
			}
		}
	}
}

// LiveLine prints throughput until ctx ends: redrawn every 5 s on a
// terminal, a line a minute otherwise (a log file gets no redraws).
func LiveLine(ctx context.Context, out io.Writer, src *admin.Source, devices *fleet.Fleet) {
	every, start, end := 5*time.Second, "\r", "  "
	if !admin.IsTerminal(out) {
		every, start, end = time.Minute, "", "\n"
	}
	t := time.NewTicker(every)
	defer t.Stop()
	last, lastAt := testutil.ToFloat64(src.Metrics.SamplesWritten), time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := testutil.ToFloat64(src.Metrics.SamplesWritten)
		rate := (now - last) / time.Since(lastAt).Seconds()
		last, lastAt = now, time.Now()
		lctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		lag, err := kafka.Lag(lctx, src.Adm, stream.Group, kafka.FramesTopic)
		cancel()
		lagText := fmt.Sprint(lag)
		if err != nil {
			lagText = "?"
		}
		c, _ := src.WH.Counts(ctx)
		history := ""
		if behind := devices.Behind(); behind > 0 {
			history = fmt.Sprintf("   history: %.0fh of simulated time to catch up", behind.Hours())
		}
		fmt.Fprintf(out, "%s%s  %8.0f samples/s committed   %d readings, %d batches in warehouse   lag %s   %d batches queued on devices%s%s",
			start, time.Now().Format("15:04:05"), rate, c.Readings, c.Batches, lagText, devices.Pending(), history, end)
	}
}
