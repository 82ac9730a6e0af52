package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"golang.org/x/term"

	"rhd.dev/firmware/fleet"
	"rhd.dev/ledger"
)

// watchMilestones prints, once each, what a newcomer waits for after the
// first start: history caught up, the first cohort published, the first
// sale, the first payout committed on chain, each with the time since start.
// What a restarted rhd had already reached is not announced again.
func watchMilestones(ctx context.Context, out io.Writer, store *ledger.Store, devices *fleet.Fleet, started time.Time) {
	lead := ""
	if isTerminal(out) {
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
				say("first sale: %s of %s for %s", sales[0].ID, sales[0].SnapshotID, dollars(sales[0].PriceCents))
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

// isTerminal reports whether w is a terminal (not a file or a pipe).
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}
