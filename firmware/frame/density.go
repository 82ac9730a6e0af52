package frame

import (
	"errors"
	"fmt"
	"time"
)

// MaxSamplesPerMinute bounds one metric's samples in one minute of one
// batch (and, at the gateway, of one device). The fastest signal a wearable
// reports is the beat-to-beat (RR) interval: one sample per heartbeat, at
// most 250 a minute at the top of the heart-rate range (250 bpm); every
// other metric here changes over seconds and devices report it at 1 Hz or
// slower (the simulated fleet sends at most 60 a minute). 300 a minute (5
// Hz) leaves room for that and for two overlapping channels of one metric,
// and stops a batch from stamping hundreds of thousands of values on one
// minute: they would all be stored, and the minute's count and sum would
// say what no sensor measured.
const MaxSamplesPerMinute = 300

// ErrTooDense is the rule a batch breaks with more than MaxSamplesPerMinute
// samples of one metric in one minute.
var ErrTooDense = errors.New("more samples in one minute than any sensor takes")

// MinuteRuns calls fn with each run of a channel's samples that falls in
// one minute (minuteMs, the minute's start, and the run's length), channel
// by channel in batch order. A (metric, minute) may come in several runs
// (several frames or channels); fn sums them. It computes the runs from
// each channel's start and interval, not sample by sample, and stops at
// the first error fn returns.
func (b Batch) MinuteRuns(fn func(m Metric, minuteMs int64, n int, off int) error) error {
	for it := b.Frames(); it.Next(); {
		for ch := it.Frame().Channels(); ch.Next(); {
			c := ch.Channel()
			start, iv, n := c.TimeMs(0), int64(c.IntervalMs()), c.Len()
			for i := 0; i < n; {
				t := start + int64(i)*iv
				minute := t - floorMod(t, 60_000)
				// The first sample at or after the next minute's start.
				j := int((minute + 60_000 - start + iv - 1) / iv)
				j = min(max(j, i+1), n)
				if err := fn(c.Metric(), minute, j-i, c.off); err != nil {
					return err
				}
				i = j
			}
		}
	}
	return nil
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// checkDensity refuses a batch with more than MaxSamplesPerMinute samples
// of one metric in one minute. Batches list each metric's minutes in time
// order, so one running count per metric is exact without allocating; a
// batch whose minutes go back for some metric is counted again with a map.
func (b Batch) checkDensity() error {
	var cur [NumMetrics]struct {
		minute int64
		n      int
	}
	backwards := false
	err := b.MinuteRuns(func(m Metric, minute int64, n, off int) error {
		c := &cur[m]
		switch {
		case c.n > 0 && minute < c.minute:
			backwards = true
			return errBackwards
		case c.n > 0 && minute == c.minute:
			c.n += n
		default:
			c.minute, c.n = minute, n
		}
		if c.n > MaxSamplesPerMinute {
			return tooDense(m, minute, c.n, off)
		}
		return nil
	})
	if !backwards {
		return err
	}
	counts := map[[2]int64]int{}
	return b.MinuteRuns(func(m Metric, minute int64, n, off int) error {
		k := [2]int64{int64(m), minute}
		counts[k] += n
		if counts[k] > MaxSamplesPerMinute {
			return tooDense(m, minute, counts[k], off)
		}
		return nil
	})
}

var errBackwards = errors.New("minutes go back")

func tooDense(m Metric, minute int64, n, off int) error {
	return &Error{Offset: off, rule: ErrTooDense,
		Reason: fmt.Sprintf("%s: %d samples in the minute from %s (counted so far), %v: at most %d a minute", m, n,
			time.UnixMilli(minute).UTC().Format(time.RFC3339), ErrTooDense, MaxSamplesPerMinute)}
}
