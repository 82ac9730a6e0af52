package ingest

import (
	"fmt"
	"time"

	"rhd.dev/firmware/frame"
)

// recentMinutes holds how many samples a device's accepted batches put in
// each of its most recent (metric, minute)s, so that the gateway holds a
// device to frame.MaxSamplesPerMinute across batches as well as within one
// (frame.Batch.Validate): a device sending the same minute again and again
// is refused once the minute is full. It is a fixed array, about 1 KiB
// per device whatever the device sends; when full, the entry of the
// oldest minute gives way. So the cap is exact for a device's last
// recentSlots metric-minutes — a live device's batch spans a minute or two
// of at most a few metrics — and filling a minute again takes sending
// recentSlots newer metric-minutes first.
//
// Once a slot gives way, evicted keeps the newest minute whose count was
// ever dropped, and a sample at or before it with no slot of its own is
// refused: that minute may already be full. A live device sends the
// present, never minutes older than its last recentSlots metric-minutes,
// so only a replay or a forged backfill is refused.
type recentMinutes struct {
	slots   [recentSlots]recentSlot
	used    int
	evicted int64 // Unix ms of the newest minute dropped from slots; 0 if none
}

const recentSlots = 64

type recentSlot struct {
	minute int64 // Unix ms of the minute's start
	metric frame.Metric
	n      uint16
}

// add counts a batch's samples into a copy of r and returns it, or an
// error naming the first (metric, minute) that goes over the cap; the
// caller keeps the copy only once the batch is accepted.
func (r recentMinutes) add(b frame.Batch) (recentMinutes, error) {
	err := b.MinuteRuns(func(m frame.Metric, minute int64, n, _ int) error {
		i, ok := r.find(m, minute)
		if !ok {
			return fmt.Errorf("%s: minute %s is at or before the device's forgotten minutes (%s), %w: its count is no longer known",
				m, time.UnixMilli(minute).UTC().Format(time.RFC3339), time.UnixMilli(r.evicted).UTC().Format(time.RFC3339), frame.ErrTooDense)
		}
		total := int(r.slots[i].n) + n
		if total > frame.MaxSamplesPerMinute {
			return fmt.Errorf("%s: %d samples in the minute from %s with the device's earlier batches, %w: at most %d a minute",
				m, total, time.UnixMilli(minute).UTC().Format(time.RFC3339), frame.ErrTooDense, frame.MaxSamplesPerMinute)
		}
		r.slots[i].n = uint16(total)
		return nil
	})
	return r, err
}

// find returns the slot of (m, minute), taking a free one or the one of
// the oldest minute when it has none; false when (m, minute) has no slot
// and minute is at or before the watermark of evicted minutes.
func (r *recentMinutes) find(m frame.Metric, minute int64) (int, bool) {
	oldest := 0
	for i := range r.used {
		s := r.slots[i]
		if s.metric == m && s.minute == minute {
			return i, true
		}
		if s.minute < r.slots[oldest].minute {
			oldest = i
		}
	}
	if r.evicted != 0 && minute <= r.evicted {
		return 0, false
	}
	i := oldest
	if r.used < recentSlots {
		i = r.used
		r.used++
	} else if old := r.slots[i].minute; old > r.evicted {
		r.evicted = old
	}
	r.slots[i] = recentSlot{minute: minute, metric: m}
	return i, true
}
