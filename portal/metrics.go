package portal

import (
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the portal's Prometheus metrics. Routes are labelled by their
// pattern (/verify/:sale), never the path a client sent, so no id or email
// becomes a label and a scanner cannot grow the series without bound.
type metrics struct {
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	signIns   prometheus.Counter
	purchases *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_portal_requests_total", Help: "Portal requests by route pattern, method and status."},
			[]string{"route", "method", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "rhd_portal_request_seconds", Help: "Time to answer a portal request, by route pattern.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}, []string{"route"}),
		signIns: prometheus.NewCounter(prometheus.CounterOpts{Name: "rhd_portal_signins_total", Help: "Completed sign-ins (sessions created)."}),
		purchases: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rhd_portal_purchases_total", Help: "Orders placed, by channel (web, api)."},
			[]string{"channel"}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.duration, m.signIns, m.purchases)
	}
	return m
}

// count records each request under its route pattern once it is answered.
func (s *Server) count(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	// A request no route took ends on a middleware's "/" (the catch-all).
	route := c.Route().Path
	if route == "/" && c.Path() != "/" {
		route = "unmatched"
	}
	status := c.Response().StatusCode()
	if fe, ok := err.(*fiber.Error); ok {
		status = fe.Code
	}
	s.metrics.requests.WithLabelValues(route, c.Method(), strconv.Itoa(status)).Inc()
	s.metrics.duration.WithLabelValues(route).Observe(time.Since(start).Seconds())
	return err
}
