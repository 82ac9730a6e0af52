package cohorter_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/cohorter/internal/fixture"
	"rhd.dev/warehouse"
)

// BenchmarkHistory measures what runs periodically against the warehouse —
// the cohorter's summary read, a whole cohorter run, and one bundle export —
// at 1 day, 2 weeks and 90 days of history for 300 and 3,000 contributors,
// under rhd dev's warehouse memory limit (1 GB). History is written day by
// day across everyone, as devices deliver it, with 60 minutes a day of heart
// rate and steps per person: the summaries hold a row per person, metric and
// day whatever the minutes, so their reads cost what the longest real
// history costs; an export's cost grows with the minutes it carries.
// Each reports time per operation and the process's peak RSS during it.
func BenchmarkHistory(b *testing.B) {
	sizes := []struct{ people, days int }{{300, 1}, {300, 14}, {300, 90}, {3000, 1}, {3000, 14}, {3000, 90}}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, sz := range sizes {
		b.Run(fmt.Sprintf("contributors=%d/days=%d", sz.people, sz.days), func(b *testing.B) {
			ctx := context.Background()
			e := historyEnv(b, sz.people, sz.days)
			c := &cohorter.Cohorter{Store: e.Store, Warehouse: e.Warehouse, Policy: cohorter.DefaultPolicy(), Now: func() time.Time { return fixture.Now },
				Logger: slog.New(slog.DiscardHandler)} // go test would interleave log lines with result lines
			if _, err := c.Run(ctx); err != nil { // publishes; later runs find nothing changed
				b.Fatal(err)
			}
			win := warehouse.DayWindow(fixture.Now, c.Policy.WindowDays())
			measure(b, "features", func() error {
				_, err := e.Warehouse.Features(ctx, win, c.Policy.MinMinutesPerDay)
				return err
			})
			measure(b, "cohorter-run", func() error {
				_, err := c.Run(ctx)
				return err
			})
			sn, err := e.Store.LatestSnapshot(ctx, "any.any.any")
			if err != nil {
				b.Fatal(err)
			}
			members, _ := e.Store.SnapshotMembers(ctx, sn.ID)
			co, _ := e.Store.Cohort(ctx, sn.CohortID)
			bu, err := e.Store.CreateBundle(ctx, sn.ID, "bench-sale")
			if err != nil {
				b.Fatal(err)
			}
			measure(b, "export", func() error {
				_, err := bundle.Export(ctx, bundle.Input{Warehouse: e.Warehouse, Cohort: co, Snapshot: sn, Members: members, Bundle: bu}, bundle.NewZip(io.Discard))
				return err
			})
		})
	}
}

// measure runs op as a sub-benchmark and reports the peak RSS during it.
func measure(b *testing.B, name string, op func() error) {
	b.Run(name, func(b *testing.B) {
		os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets the peak to the current RSS
		for b.Loop() {
			if err := op(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(peakMiB(), "peak-RSS-MiB")
	})
}

// historyEnv makes people consenting contributors with days of history
// ending today.
func historyEnv(b *testing.B, people, days int) *fixture.Env {
	b.Helper()
	e := fixture.NewLimited(b, "1GB")
	types := []string{"wristband", "ring", "chest_strap"}
	var ps []fixture.Person
	for i := range people {
		ps = append(ps, e.Add(b, fixture.Spec{BirthYear: 1950 + i%50, DeviceType: types[i%3], Consent: true}))
	}
	today := fixture.Now.Truncate(24 * time.Hour)
	seq := uint64(0)
	for d := days - 1; d >= 0; d-- {
		var w warehouse.Write
		day := today.AddDate(0, 0, -d)
		seq++
		for i, p := range ps {
			src := uint64(i + 1)
			w.Batches = append(w.Batches, warehouse.Batch{Source: src, Seq: seq, PID: p.PID, DeviceType: p.Device.Type, Frames: 60,
				Samples: 120, ReceivedMs: day.UnixMilli()})
			for m := range 60 {
				ms := day.Add(time.Duration(8*60+m) * time.Minute).UnixMilli()
				hr := 55 + float64(i%30+m%7)
				w.Rollups.Append(src, seq, p.PID, p.Device.Type, "heart_rate", ms, 1, hr, hr, hr)
				w.Rollups.Append(src, seq, p.PID, p.Device.Type, "steps", ms, 1, float64(5+i%15), float64(5+i%15), float64(5+i%15))
			}
		}
		if _, err := e.Warehouse.Write(context.Background(), &w); err != nil {
			b.Fatal(err)
		}
	}
	return e
}

func peakMiB() float64 {
	raw, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
