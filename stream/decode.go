package stream

import (
	"math"

	"rhd.dev/firmware/frame"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// minuteAgg accumulates one metric's samples within one minute of one batch.
type minuteAgg struct {
	n             uint32
	sum, min, max float64
}

type minuteKey struct {
	metric frame.Metric
	minute int64
}

// rollupBuf is reused across batches to aggregate without allocating.
type rollupBuf struct {
	aggs  map[minuteKey]*minuteAgg
	order []minuteKey
	free  []*minuteAgg
}

// appendBatch adds one authenticated, validated batch to w: every sample as a
// reading, and one rollup row per (metric, minute) of the batch.
// It returns the time of the batch's newest sample.
func (r *rollupBuf) appendBatch(w *warehouse.Write, b frame.Batch, dev pseudo.Device, receivedMs int64) (newestMs int64) {
	if r.aggs == nil {
		r.aggs = map[minuteKey]*minuteAgg{}
	}
	seq := b.Seq()
	samples := 0
	for it := b.Frames(); it.Next(); {
		for ch := it.Frame().Channels(); ch.Next(); {
			c := ch.Channel()
			m := c.Metric()
			name := m.String()
			// A channel's samples are in time order: look the minute's
			// aggregate up once per minute, not once per sample.
			var a *minuteAgg
			end := int64(math.MinInt64) // a's minute ends here
			for i := 0; i < c.Len(); i++ {
				ts, v := c.TimeMs(i), c.Value(i)
				w.Readings.Append(dev.Source, seq, dev.PID, dev.Type, name, ts, v)
				if ts >= end || ts < end-60_000 {
					a, end = r.agg(minuteKey{m, ts - mod(ts, 60_000)})
				}
				a.n++
				a.sum += v
				a.min = math.Min(a.min, v)
				a.max = math.Max(a.max, v)
			}
			samples += c.Len()
			if n := c.Len(); n > 0 {
				newestMs = max(newestMs, c.TimeMs(n-1))
			}
		}
	}
	for _, k := range r.order {
		a := r.aggs[k]
		w.Rollups.Append(dev.Source, seq, dev.PID, dev.Type, k.metric.String(), k.minute, a.n, a.sum, a.min, a.max)
		r.free = append(r.free, a)
	}
	clear(r.aggs)
	r.order = r.order[:0]
	w.Batches = append(w.Batches, warehouse.Batch{Source: dev.Source, Seq: seq, PID: dev.PID, DeviceType: dev.Type,
		Frames: b.NumFrames(), Samples: samples, ReceivedMs: receivedMs})
	return newestMs
}

// agg returns the aggregate of k, creating it, and the end of its minute.
func (r *rollupBuf) agg(k minuteKey) (*minuteAgg, int64) {
	a := r.aggs[k]
	if a == nil {
		a = r.newAgg()
		r.aggs[k] = a
		r.order = append(r.order, k)
	}
	return a, k.minute + 60_000
}

func (r *rollupBuf) newAgg() *minuteAgg {
	var a *minuteAgg
	if n := len(r.free); n > 0 {
		a, r.free = r.free[n-1], r.free[:n-1]
	} else {
		a = new(minuteAgg)
	}
	*a = minuteAgg{min: math.Inf(1), max: math.Inf(-1)}
	return a
}

// mod is the floor modulo, so times before 1970 still round down.
func mod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// RowBuilder turns batches into warehouse rows exactly as the stream's
// workers do. It exists for tools that measure the storage hop with the
// stream's own rows (rhd bench); the zero value is ready to use.
type RowBuilder struct{ r rollupBuf }

// Append adds one authenticated, validated batch of dev to w and returns
// the time of its newest sample.
func (rb *RowBuilder) Append(w *warehouse.Write, b frame.Batch, dev pseudo.Device, receivedMs int64) int64 {
	return rb.r.appendBatch(w, b, dev, receivedMs)
}
