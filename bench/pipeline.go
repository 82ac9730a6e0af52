package bench

import (
	"context"
	"math"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Probe reads the running pipeline's own instruments.
type Probe struct {
	Committed      func() float64 // samples committed to the warehouse so far
	BatchesWritten func() float64
	DeadLetters    func() float64
	Lag            func(context.Context) (int64, error)
	Latency        func() []Bucket // per-bucket (not cumulative) counts so far
}

// PipelineConfig is one end-to-end run.
type PipelineConfig struct {
	Load     *Load
	Warmup   time.Duration // load runs but is not measured
	Duration time.Duration // measured
	Probe    Probe
	// BadRatio sends this many malformed records straight to the frames
	// topic per accepted batch (the dead-letter path), through Bad.
	BadRatio float64
	Bad      *kgo.Client // producing to the frames topic
	// Progress, if set, is called every second with the latest point.
	Progress func(Point)
}

// RunPipeline runs the load and measures what the pipeline commits.
func RunPipeline(ctx context.Context, cfg PipelineConfig) (Pipeline, error) {
	l := cfg.Load
	loadCtx, stopLoad := context.WithCancel(ctx)
	loadErr := make(chan error, 1)
	go func() { loadErr <- l.Run(loadCtx) }()
	defer func() { stopLoad(); <-loadErr }()
	badDone := make(chan uint64, 1)
	go func() { badDone <- sendBad(loadCtx, cfg.Bad, cfg.BadRatio, &l.Counters) }()

	sleep(ctx, cfg.Warmup)
	type snap struct {
		at                                 time.Time
		accepted, committed, batches, dead float64
		cpu                                time.Duration
		latency                            []Bucket
	}
	take := func() snap {
		return snap{at: time.Now(), accepted: float64(l.Samples.Load()), committed: cfg.Probe.Committed(), batches: cfg.Probe.BatchesWritten(),
			dead: cfg.Probe.DeadLetters(), cpu: CPUTime(), latency: cfg.Probe.Latency()}
	}
	first := take()
	prev := first
	var series []Point
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for time.Since(first.at) < cfg.Duration && ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
		now := take()
		dt := now.at.Sub(prev.at).Seconds()
		lag, _ := cfg.Probe.Lag(ctx)
		p := Point{T: now.at.Sub(first.at).Seconds(), Accepted: (now.accepted - prev.accepted) / dt, Committed: (now.committed - prev.committed) / dt,
			Lag: lag, RSSMiB: RSSMiB()}
		series = append(series, p)
		if cfg.Progress != nil {
			cfg.Progress(p)
		}
		prev = now
	}
	last := prev
	stopLoad()
	bad := <-badDone
	secs := last.at.Sub(first.at).Seconds()
	out := Pipeline{Devices: len(l.Devices), MinutesPerBatch: l.Shape.MinutesPerBatch, Seconds: secs, Series: series,
		AcceptedPerSec: (last.accepted - first.accepted) / secs, CommittedPerSec: (last.committed - first.committed) / secs,
		FramesPerSec: (last.batches - first.batches) * float64(l.Shape.MinutesPerBatch) / secs,
		PeakRSSMiB:   PeakRSSMiB(), Backpressure: l.Backpressure.Load(), Rejected: l.Rejected.Load(), BadRecords: bad,
		DeadLetters: uint64(last.dead - first.dead)}
	if n := l.Batches.Load(); n > 0 {
		out.SamplesPerBatch = float64(l.Samples.Load()) / float64(n)
	}
	if committed := last.committed - first.committed; committed > 0 {
		out.CPUSecPerMillion = (last.cpu - first.cpu).Seconds() / (committed / 1e6)
	}
	for i, b := range last.latency {
		if i < len(first.latency) {
			b.Count -= first.latency[i].Count
		}
		out.Latency = append(out.Latency, b)
	}
	out.LatencyP50, out.LatencyP95, out.LatencyP99 = Percentile(out.Latency, 0.50), Percentile(out.Latency, 0.95), Percentile(out.Latency, 0.99)
	if n := len(series); n > 1 {
		out.RSSGrowthMiB = series[n-1].RSSMiB - series[0].RSSMiB
		out.LagDriftPerMinute = slope(series) * 60
	}
	return out, nil
}

// slope is the least-squares slope of lag over time, records per second.
func slope(ps []Point) float64 {
	var n, sx, sy, sxx, sxy float64
	for _, p := range ps {
		n++
		sx += p.T
		sy += float64(p.Lag)
		sxx += p.T * p.T
		sxy += p.T * float64(p.Lag)
	}
	d := n*sxx - sx*sx
	if d == 0 {
		return 0
	}
	s := (n*sxy - sx*sy) / d
	if math.IsNaN(s) {
		return 0
	}
	return s
}

// sendBad produces malformed records (as a misbehaving producer would) at
// ratio per accepted batch until ctx ends, and returns how many it sent.
func sendBad(ctx context.Context, cl *kgo.Client, ratio float64, c *Counters) uint64 {
	if cl == nil || ratio <= 0 {
		return 0
	}
	var sent uint64
	owed := 0.0
	last := c.Batches.Load()
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return sent
		case <-t.C:
		}
		now := c.Batches.Load()
		owed += ratio * float64(now-last)
		last = now
		for ; owed >= 1; owed-- {
			cl.Produce(ctx, &kgo.Record{Key: []byte("00000000000000000000000000000000"), Value: []byte("not a frame batch")}, nil)
			sent++
		}
	}
}
