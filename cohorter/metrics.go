package cohorter

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the cohorter's Prometheus metrics; how long runs take and
// which fail are the jobs registry's (rhd_job_*{job="cohorter"}).
type Metrics struct {
	Published prometheus.Counter
	Eligible  prometheus.Gauge
	Unchanged prometheus.Gauge
	Withheld  prometheus.Gauge
}

// NewMetrics registers the cohorter's metrics on reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Published: prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_cohorter_snapshots_published_total", Help: "Cohort snapshots (versions) published."}),
		Eligible:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_cohorter_eligible_contributors", Help: "Consenting contributors with enough data at the last run."}),
		Unchanged: prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_cohorter_unchanged_cohorts", Help: "Cohorts whose latest snapshot still matched at the last run."}),
		Withheld:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "rhd_cohorter_withheld_cells", Help: "Cohort cells below k at the last run (their sizes are never reported)."}),
	}
	if reg != nil {
		reg.MustRegister(m.Published, m.Eligible, m.Unchanged, m.Withheld)
	}
	return m
}

// Observe records a successful run's report.
func (m *Metrics) Observe(r Report) {
	m.Published.Add(float64(len(r.Published)))
	m.Eligible.Set(float64(r.Eligible))
	m.Unchanged.Set(float64(r.Unchanged))
	m.Withheld.Set(float64(r.Withheld))
}
