package stream

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the stream's Prometheus instruments.
type Metrics struct {
	RecordsConsumed  prometheus.Counter
	BatchesWritten   prometheus.Counter
	BatchesDuplicate prometheus.Counter
	SamplesWritten   prometheus.Counter
	DeadLetters      prometheus.Counter
	// Unauthenticated counts the dead letters that no gateway or upload
	// accepted: someone other than the platform writes to the frames topic.
	Unauthenticated prometheus.Counter
	WriteErrors     prometheus.Counter
	WriteSeconds    prometheus.Histogram
	InsertBatchRows prometheus.Histogram
	ConsumerLag     prometheus.Gauge
	// SampleAge is how old a batch's newest sample (device clock) was when
	// the batch became queryable: device → warehouse latency for live data.
	SampleAge prometheus.Histogram
}

// SampleAgeBuckets resolve from 5 ms to about 1.5 minutes in 20% steps.
var SampleAgeBuckets = prometheus.ExponentialBuckets(0.005, 1.2, 55)

// NewMetrics creates the instruments and registers them with reg (if not nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		RecordsConsumed:  prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_records_consumed_total", Help: "Kafka records consumed and committed."}),
		BatchesWritten:   prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_batches_written_total", Help: "Device batches newly stored in the warehouse."}),
		BatchesDuplicate: prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_batches_duplicate_total", Help: "Redelivered device batches the warehouse already held."}),
		SamplesWritten:   prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_samples_written_total", Help: "Samples stored in the warehouse."}),
		DeadLetters:      prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_dead_letters_total", Help: "Records sent to the dead-letter topic."}),
		Unauthenticated: prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_records_unauthenticated_total",
			Help: "Dead-lettered records without a valid acceptance tag: written to the frames topic by someone other than the gateway or the upload path."}),
		WriteErrors:     prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_stream_write_errors_total", Help: "Failed warehouse writes (retried)."}),
		WriteSeconds:    prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rhd_stream_write_seconds", Help: "Warehouse write latency.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		InsertBatchRows: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rhd_stream_insert_batch_rows", Help: "Readings per warehouse write.", Buckets: prometheus.ExponentialBuckets(10, 4, 10)}),
		ConsumerLag:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_stream_consumer_lag", Help: "Records on the frames topic not yet committed by the stream group."}),
		SampleAge: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rhd_stream_sample_age_seconds",
			Help: "Age of a batch's newest sample (device clock) when the batch became queryable.", Buckets: SampleAgeBuckets}),
	}
	if reg != nil {
		reg.MustRegister(m.RecordsConsumed, m.BatchesWritten, m.BatchesDuplicate, m.SamplesWritten, m.DeadLetters, m.Unauthenticated,
			m.WriteErrors, m.WriteSeconds, m.InsertBatchRows, m.ConsumerLag, m.SampleAge)
	}
	return m
}
