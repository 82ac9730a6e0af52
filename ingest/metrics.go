package ingest

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the gateway's Prometheus instruments.
type Metrics struct {
	Batches        prometheus.Counter
	Frames         prometheus.Counter
	Samples        prometheus.Counter
	Rejected       *prometheus.CounterVec
	ProduceSeconds prometheus.Histogram
}

// NewMetrics creates the instruments and registers them with reg (if not nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Batches:        prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_ingest_batches_accepted_total", Help: "Device batches acknowledged by the broker and the gateway."}),
		Frames:         prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_ingest_frames_accepted_total", Help: "Frames accepted."}),
		Samples:        prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_ingest_samples_accepted_total", Help: "Samples accepted."}),
		Rejected:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_ingest_batches_rejected_total", Help: "Device batches refused, by reason."}, []string{"reason"}),
		ProduceSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rhd_ingest_produce_seconds", Help: "Time from produce to broker acknowledgement.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
	}
	if reg != nil {
		reg.MustRegister(m.Batches, m.Frames, m.Samples, m.Rejected, m.ProduceSeconds)
	}
	return m
}
