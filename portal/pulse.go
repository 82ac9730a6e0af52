package portal

import (
	"context"
	"fmt"
	"html/template"
	"strconv"
	"sync"
	"time"
)

// pulse keeps the last samples of the pipeline's health, for the
// operators' throughput and lag charts: bounded, in memory, per process.
type pulse struct {
	mu      sync.Mutex
	samples []pulseSample
}

type pulseSample struct {
	At       time.Time
	Readings float64 // warehouse readings in all
	Lag      float64 // consumer lag in records; -1: unknown
}

// pulseSamples bounds the history: two hours at one sample a minute.
const pulseSamples = 120

// Health keys the sampler reads (see Market.Health).
const (
	healthReadings = "warehouse readings"
	healthLag      = "consumer lag (records)"
)

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case uint64:
		return float64(n), true
	case float64:
		return n, true
	case fmt.Stringer:
		f, err := strconv.ParseFloat(n.String(), 64)
		return f, err == nil
	}
	return 0, false
}

// SampleHealth records one sample of Market.Health for the operators'
// charts; cmd/rhd calls it every minute.
func (s *Server) SampleHealth(ctx context.Context) {
	if s.market.Health == nil {
		return
	}
	h := s.market.Health(ctx)
	r, ok := number(h[healthReadings])
	if !ok {
		return
	}
	lag, ok := number(h[healthLag])
	if !ok {
		lag = -1
	}
	s.pulse.mu.Lock()
	defer s.pulse.mu.Unlock()
	s.pulse.samples = append(s.pulse.samples, pulseSample{At: time.Now(), Readings: r, Lag: lag})
	if len(s.pulse.samples) > pulseSamples {
		s.pulse.samples = s.pulse.samples[len(s.pulse.samples)-pulseSamples:]
	}
}

// pulseCharts draws readings per minute and consumer lag over the samples.
func (s *Server) pulseCharts() (throughput, lag template.HTML) {
	s.pulse.mu.Lock()
	samples := append([]pulseSample(nil), s.pulse.samples...)
	s.pulse.mu.Unlock()
	if len(samples) < 2 {
		p := template.HTML(`<p class="muted">Charts appear after two samples (one a minute).</p>`)
		return p, p
	}
	var rate, behind []bar
	for i := 1; i < len(samples); i++ {
		a, b := samples[i-1], samples[i]
		label := b.At.UTC().Format("15:04")
		per := b.At.Sub(a.At).Minutes()
		r := bar{Label: label}
		if per > 0 && b.Readings >= a.Readings {
			r.V, r.Has = (b.Readings-a.Readings)/per, true
		}
		rate = append(rate, r)
		behind = append(behind, bar{Label: label, V: b.Lag, Has: b.Lag >= 0})
	}
	return drawChart(chartSpec{Title: "readings stored per minute", YLabel: "readings per minute", Line: true, ZeroY: true}, rate),
		drawChart(chartSpec{Title: "consumer lag", YLabel: "records behind", Line: true, ZeroY: true}, behind)
}
