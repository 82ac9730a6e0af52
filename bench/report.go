package bench

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Point is one second of the pipeline run.
type Point struct {
	T         float64 `json:"t"`         // seconds since the measured phase began
	Accepted  float64 `json:"accepted"`  // samples/s the gateway accepted
	Committed float64 `json:"committed"` // samples/s committed to the warehouse
	Lag       int64   `json:"lag"`       // consumer lag, records
	RSSMiB    float64 `json:"rss_mib"`   // resident memory of the process
}

// Bucket is one bar of the latency histogram: Count batches became
// queryable at most UpTo seconds after their newest sample.
type Bucket struct {
	UpTo  float64 `json:"up_to_s"`
	Count uint64  `json:"count"`
}

// MarshalJSON writes the open last bucket's bound as "+Inf" (JSON has no infinity).
func (b Bucket) MarshalJSON() ([]byte, error) {
	if math.IsInf(b.UpTo, 1) {
		return []byte(fmt.Sprintf(`{"up_to_s":"+Inf","count":%d}`, b.Count)), nil
	}
	return []byte(fmt.Sprintf(`{"up_to_s":%g,"count":%d}`, b.UpTo, b.Count)), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Bucket) UnmarshalJSON(data []byte) error {
	var raw struct {
		UpTo  json.RawMessage `json:"up_to_s"`
		Count uint64          `json:"count"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	b.Count = raw.Count
	if string(raw.UpTo) == `"+Inf"` {
		b.UpTo = math.Inf(1)
		return nil
	}
	return json.Unmarshal(raw.UpTo, &b.UpTo)
}

// Pipeline is the end-to-end result of one run.
type Pipeline struct {
	Name              string   `json:"name"`
	OfferedPerSec     float64  `json:"offered_samples_per_s"` // 0: as fast as accepted
	Devices           int      `json:"devices"`
	MinutesPerBatch   int      `json:"minutes_per_batch"`
	SamplesPerBatch   float64  `json:"samples_per_batch"`
	Seconds           float64  `json:"seconds"`
	AcceptedPerSec    float64  `json:"accepted_samples_per_s"`
	CommittedPerSec   float64  `json:"committed_samples_per_s"`
	FramesPerSec      float64  `json:"committed_frames_per_s"`
	LatencyP50        float64  `json:"latency_p50_s"`
	LatencyP95        float64  `json:"latency_p95_s"`
	LatencyP99        float64  `json:"latency_p99_s"`
	CPUSecPerMillion  float64  `json:"cpu_seconds_per_million_samples"`
	PeakRSSMiB        float64  `json:"peak_rss_mib"`
	Backpressure      uint64   `json:"backpressure_answers"`
	Rejected          uint64   `json:"rejected_batches"`
	BadRecords        uint64   `json:"bad_records_sent"`
	DeadLetters       uint64   `json:"dead_letters"`
	Series            []Point  `json:"series"`
	Latency           []Bucket `json:"latency_histogram"`
	RSSGrowthMiB      float64  `json:"rss_growth_mib"`       // last minus first sample (soak)
	LagDriftPerMinute float64  `json:"lag_drift_per_minute"` // slope of lag over the run
}

// Ceilings are each hop measured alone, in samples per second.
type Ceilings struct {
	KafkaSamplesPerSec float64 `json:"kafka_samples_per_s"`
	// AckedProducerSamplesPerSec: the raw producer at the devices'
	// concurrency, each record acknowledged before the next (AckedProducerCeiling).
	AckedProducerSamplesPerSec float64 `json:"acked_producer_samples_per_s"`
	HTTPSamplesPerSec          float64 `json:"http_samples_per_s"`
	// SignatureSamplesPerSec: the gateway's Ed25519 check of each batch
	// alone, on every core (SignatureCeiling).
	SignatureSamplesPerSec float64 `json:"signature_samples_per_s"`
	StorageSamplesPerSec   float64 `json:"storage_samples_per_s"`
	// GatewaySamplesPerSec is our gateway alone (HTTP, signature check,
	// produce) under the same load, nothing consuming: the figure to hold
	// against the raw producer and the empty HTTP handler.
	GatewaySamplesPerSec float64 `json:"gateway_alone_samples_per_s"`
	// MQTTGatewaySamplesPerSec is the same gateway fed over MQTT (the
	// embedded broker and the bridge), under the same devices' load.
	MQTTGatewaySamplesPerSec float64 `json:"mqtt_gateway_alone_samples_per_s"`
}

// HTTPThenProduce is the most a gateway could accept on these cores if its
// own work cost nothing: every batch still takes one empty-handler HTTP
// exchange and one acknowledged produce, on the same processors, so their
// times per sample add up (1 / (1/HTTP + 1/acked producer)). Unlike the raw
// producer alone, a gateway can reach it.
func (c Ceilings) HTTPThenProduce() float64 {
	return inSeries(c.HTTPSamplesPerSec, c.AckedProducerSamplesPerSec)
}

// GatewayBound is the most a gateway could accept on these cores if
// everything but its three unavoidable steps per batch cost nothing: the
// HTTP exchange, the device's signature check and the acknowledged produce.
func (c Ceilings) GatewayBound() float64 {
	return inSeries(c.HTTPSamplesPerSec, c.SignatureSamplesPerSec, c.AckedProducerSamplesPerSec)
}

// inSeries is the rate of steps that each sample passes through in turn on
// the same cores: their times per sample add up. 0 if one was not measured.
func inSeries(rates ...float64) float64 {
	t := 0.0
	for _, r := range rates {
		if r <= 0 {
			return 0
		}
		t += 1 / r
	}
	return 1 / t
}

// Result is one `rhd bench` run.
type Result struct {
	Date    time.Time `json:"date"`
	Machine string    `json:"machine"`
	Mode    string    `json:"mode"`
	// Pipeline runs: the first saturates the pipeline (its throughput);
	// the next offer a fixed rate (latency at that load).
	Pipeline []Pipeline `json:"pipeline"`
	Ceilings Ceilings   `json:"ceilings"`
	// Ratios of the pipeline to each ceiling, and of the gateway's accepted
	// rate to the raw producer's.
	Ratios map[string]float64 `json:"ratios"`
	Notes  []string           `json:"notes,omitempty"`
	// Micro holds the Go micro-benchmarks run just before, if given.
	Micro []Micro `json:"micro,omitempty"`
}

// Machine describes where the run happened.
func Machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				model = strings.TrimSpace(strings.SplitN(l, ":", 2)[1])
				break
			}
		}
	}
	return fmt.Sprintf("%d cores (%s), %s/%s, %s", runtime.NumCPU(), model, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// Finish computes the ratios: the gateway's to the ceilings, and the
// saturated run's to each ceiling.
func (r *Result) Finish() {
	r.Ratios = map[string]float64{}
	c := r.Ceilings
	ratio := func(name string, a, b float64) {
		if a > 0 && b > 0 {
			r.Ratios[name] = a / b
		}
	}
	ratio("gateway_alone_vs_kafka_producer", c.GatewaySamplesPerSec, c.KafkaSamplesPerSec)
	ratio("gateway_alone_vs_acked_producer", c.GatewaySamplesPerSec, c.AckedProducerSamplesPerSec)
	ratio("gateway_alone_vs_http", c.GatewaySamplesPerSec, c.HTTPSamplesPerSec)
	ratio("gateway_alone_vs_http_then_produce", c.GatewaySamplesPerSec, c.HTTPThenProduce())
	ratio("gateway_alone_vs_bound", c.GatewaySamplesPerSec, c.GatewayBound())
	ratio("gateway_bound_vs_acked_producer", c.GatewayBound(), c.AckedProducerSamplesPerSec)
	ratio("mqtt_gateway_vs_http_gateway", c.MQTTGatewaySamplesPerSec, c.GatewaySamplesPerSec)
	if len(r.Pipeline) > 0 {
		p := r.Pipeline[0]
		ratio("pipeline_vs_kafka", p.CommittedPerSec, c.KafkaSamplesPerSec)
		ratio("pipeline_vs_storage", p.CommittedPerSec, c.StorageSamplesPerSec)
		ratio("pipeline_vs_acked_producer", p.CommittedPerSec, c.AckedProducerSamplesPerSec)
		ratio("pipeline_vs_http", p.CommittedPerSec, c.HTTPSamplesPerSec)
		ratio("pipeline_vs_signature", p.CommittedPerSec, c.SignatureSamplesPerSec)
		ratio("pipeline_vs_gateway_alone", p.CommittedPerSec, c.GatewaySamplesPerSec)
	}
	for _, run := range r.Pipeline {
		if run.LagDriftPerMinute > 0 && run.AcceptedPerSec > 1.05*run.CommittedPerSec {
			r.Notes = append(r.Notes, fmt.Sprintf("%s: the gateway accepted %s samples/s but the stream committed %s, so a backlog grew (%+.0f records/min) and that run's latency is time spent queueing.",
				run.Name, si(run.AcceptedPerSec), si(run.CommittedPerSec), run.LagDriftPerMinute))
		}
	}
}

// Write stores result.json, result.md, throughput.svg and latency.svg in dir.
func (r *Result) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	files := map[string]string{
		"result.json": string(js) + "\n",
		"result.md":   r.Markdown(),
	}
	if n := len(r.Pipeline); n > 0 {
		// Throughput of the saturated run; latency of the last (paced) run.
		files["throughput.svg"] = throughputSVG(r.Pipeline[0].Name, r.Pipeline[0].Series)
		files["latency.svg"] = latencySVG(r.Pipeline[n-1].Name, r.Pipeline[n-1].Latency)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func si(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2f M", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1f k", v/1e3)
	}
	return fmt.Sprintf("%.0f", v)
}

// Markdown is the human-readable report.
func (r *Result) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# rhd bench (%s mode)\n\n%s · %s\n\n", r.Mode, r.Date.UTC().Format("2006-01-02 15:04 MST"), r.Machine)
	if len(r.Pipeline) > 0 {
		p := r.Pipeline[0]
		fmt.Fprintf(&b, "Pipeline: %d devices posting signed HTTP batches of %d one-minute frames (%.0f samples) → gateway → Kafka → stream → warehouse.\n\n",
			p.Devices, p.MinutesPerBatch, p.SamplesPerBatch)
		r.pipelineTable(&b)
	}
	c := r.Ceilings
	pipe := func(name, format string) string {
		if len(r.Pipeline) == 0 {
			return ""
		}
		return fmt.Sprintf(" "+format+" |", r.Ratios[name])
	}
	if len(r.Pipeline) > 0 {
		b.WriteString("\nCeilings, same run, same batches (samples/s); ratios against the first run above:\n\n| hop alone | samples/s | pipeline ÷ ceiling |\n|---|---|---|\n")
	} else {
		b.WriteString("Ceilings, same run, same batches (samples/s):\n\n| hop alone | samples/s |\n|---|---|\n")
	}
	fmt.Fprintf(&b, "| Kafka: raw franz-go producer → consumer | %s |%s\n", si(c.KafkaSamplesPerSec), pipe("pipeline_vs_kafka", "%.3f"))
	fmt.Fprintf(&b, "| Kafka: raw franz-go producer at the devices' concurrency, each record acknowledged first | %s |%s\n", si(c.AckedProducerSamplesPerSec), pipe("pipeline_vs_acked_producer", "%.2f"))
	fmt.Fprintf(&b, "| storage: warehouse batch insert | %s |%s\n", si(c.StorageSamplesPerSec), pipe("pipeline_vs_storage", "%.2f"))
	fmt.Fprintf(&b, "| HTTP: empty handler, same client load | %s |%s\n", si(c.HTTPSamplesPerSec), pipe("pipeline_vs_http", "%.3f"))
	fmt.Fprintf(&b, "| signature check alone: the gateway's Ed25519 check of each batch, every core | %s |%s\n", si(c.SignatureSamplesPerSec), pipe("pipeline_vs_signature", "%.3f"))
	fmt.Fprintf(&b, "| our gateway alone (HTTP + signature check + produce) | %s |%s\n", si(c.GatewaySamplesPerSec), pipe("pipeline_vs_gateway_alone", "%.2f"))
	if c.MQTTGatewaySamplesPerSec > 0 {
		empty := ""
		if len(r.Pipeline) > 0 {
			empty = " |"
		}
		fmt.Fprintf(&b, "| our gateway over MQTT alone (embedded broker + bridge + signature check + produce, devices waiting for each answer; %.2f of the HTTP gateway alone) | %s |%s\n",
			r.Ratios["mqtt_gateway_vs_http_gateway"], si(c.MQTTGatewaySamplesPerSec), empty)
	}
	fmt.Fprintf(&b, "\nGateway alone ÷ raw producer at the same concurrency (acknowledged): %.2f; ÷ raw producer flat out: %.3f; ÷ empty-handler HTTP: %.2f; "+
		"÷ empty-handler HTTP and acknowledged produce in series (%s, the most a gateway that did nothing else could accept on these cores): %.2f.\n",
		r.Ratios["gateway_alone_vs_acked_producer"], r.Ratios["gateway_alone_vs_kafka_producer"], r.Ratios["gateway_alone_vs_http"],
		si(c.HTTPThenProduce()), r.Ratios["gateway_alone_vs_http_then_produce"])
	if bound := c.GatewayBound(); bound > 0 {
		fmt.Fprintf(&b, "\nA gateway whose own work cost nothing but the HTTP exchange, the signature check and the acknowledged produce of each batch "+
			"would accept at most %s on these cores (their times per sample add up): %.2f of the acknowledged producer. Our gateway reaches %.2f of that bound.\n",
			si(bound), r.Ratios["gateway_bound_vs_acked_producer"], r.Ratios["gateway_alone_vs_bound"])
	}
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "\n%s\n", n)
	}
	if len(r.Micro) > 0 {
		microMarkdown(&b, r.Micro)
		historyMarkdown(&b, r.Micro)
	}
	if len(r.Pipeline) > 0 {
		b.WriteString("\n![throughput](throughput.svg) ![latency](latency.svg)\n")
	}
	return b.String()
}

// pipelineTable writes one column per pipeline run.
func (r *Result) pipelineTable(b *strings.Builder) {
	b.WriteString("| figure |")
	for _, p := range r.Pipeline {
		fmt.Fprintf(b, " %s |", p.Name)
	}
	b.WriteString("\n|---|")
	for range r.Pipeline {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	row := func(name string, f func(Pipeline) string) {
		fmt.Fprintf(b, "| %s |", name)
		for _, p := range r.Pipeline {
			fmt.Fprintf(b, " %s |", f(p))
		}
		b.WriteString("\n")
	}
	row("offered samples/s", func(p Pipeline) string {
		if p.OfferedPerSec == 0 {
			return "as fast as accepted"
		}
		return si(p.OfferedPerSec)
	})
	row("seconds measured", func(p Pipeline) string { return fmt.Sprintf("%.0f", p.Seconds) })
	row("**samples/s committed to the warehouse**", func(p Pipeline) string { return "**" + si(p.CommittedPerSec) + "**" })
	row("samples/s accepted by the gateway", func(p Pipeline) string { return si(p.AcceptedPerSec) })
	row("frames/s committed", func(p Pipeline) string { return si(p.FramesPerSec) })
	row("newest sample → queryable p50 / p95 / p99 (s)", func(p Pipeline) string {
		return fmt.Sprintf("%.2f / %.2f / %.2f", p.LatencyP50, p.LatencyP95, p.LatencyP99)
	})
	row("CPU seconds per million samples", func(p Pipeline) string { return fmt.Sprintf("%.2f", p.CPUSecPerMillion) })
	row("peak RSS (MiB, process so far)", func(p Pipeline) string { return fmt.Sprintf("%.0f", p.PeakRSSMiB) })
	row("RSS growth during the run (MiB)", func(p Pipeline) string { return fmt.Sprintf("%+.0f", p.RSSGrowthMiB) })
	row("consumer lag drift (records/min)", func(p Pipeline) string { return fmt.Sprintf("%+.0f", p.LagDriftPerMinute) })
	row("backpressure answers (retried)", func(p Pipeline) string { return fmt.Sprint(p.Backpressure) })
	row("bad records sent / dead letters", func(p Pipeline) string { return fmt.Sprintf("%d / %d", p.BadRecords, p.DeadLetters) })
}

// Percentile reads the q-quantile (0..1) from cumulative-free buckets,
// interpolating within the bucket that holds it.
func Percentile(buckets []Bucket, q float64) float64 {
	var total uint64
	for _, b := range buckets {
		total += b.Count
	}
	if total == 0 {
		return 0
	}
	rank := q * float64(total)
	var seen float64
	lower := 0.0
	for _, b := range buckets {
		if seen+float64(b.Count) >= rank && b.Count > 0 {
			if math.IsInf(b.UpTo, 1) {
				return lower
			}
			return lower + (b.UpTo-lower)*(rank-seen)/float64(b.Count)
		}
		seen += float64(b.Count)
		if !math.IsInf(b.UpTo, 1) {
			lower = b.UpTo
		}
	}
	return lower
}

const svgW, svgH, pad = 640.0, 240.0, 40.0

func throughputSVG(name string, series []Point) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="11">`, svgW, svgH)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>`)
	fmt.Fprintf(&b, `<text x="40" y="16">samples/s over time (%s): accepted (grey), committed (blue)</text>`, name)
	top := 1.0
	for _, p := range series {
		top = math.Max(top, math.Max(p.Accepted, p.Committed))
	}
	last := 1.0
	if n := len(series); n > 0 {
		last = math.Max(series[n-1].T, 1)
	}
	x := func(t float64) float64 { return pad + (svgW-2*pad)*t/last }
	y := func(v float64) float64 { return svgH - pad - (svgH-2*pad)*v/top }
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="#999"/>`, pad, svgH-pad, svgW-pad, svgH-pad)
	fmt.Fprintf(&b, `<text x="%.0f" y="%.0f">%s</text><text x="%.0f" y="%.0f">%.0f s</text>`, 2.0, pad, si(top), svgW-pad-20, svgH-pad+14, last)
	for _, line := range []struct {
		color string
		v     func(Point) float64
	}{{"#999", func(p Point) float64 { return p.Accepted }}, {"#0969da", func(p Point) float64 { return p.Committed }}} {
		var pts []string
		for _, p := range series {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(p.T), y(line.v(p))))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="1.5" points="%s"/>`, line.color, strings.Join(pts, " "))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func latencySVG(name string, buckets []Bucket) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="sans-serif" font-size="10">`, svgW, svgH)
	b.WriteString(`<rect width="100%" height="100%" fill="white"/>`)
	fmt.Fprintf(&b, `<text x="40" y="16">batches by newest sample → queryable latency, s (%s)</text>`, name)
	var used []Bucket
	for _, bk := range buckets {
		if bk.Count > 0 || len(used) > 0 {
			used = append(used, bk)
		}
	}
	for len(used) > 0 && used[len(used)-1].Count == 0 {
		used = used[:len(used)-1]
	}
	top := uint64(1)
	for _, bk := range used {
		top = max(top, bk.Count)
	}
	if n := len(used); n > 0 {
		w := (svgW - 2*pad) / float64(n)
		for i, bk := range used {
			h := (svgH - 2*pad) * float64(bk.Count) / float64(top)
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#0969da"/>`, pad+float64(i)*w+1, svgH-pad-h, w-2, h)
			if i%max(1, n/8) == 0 {
				label := "more"
				if !math.IsInf(bk.UpTo, 1) {
					label = fmt.Sprintf("≤ %.3g s", bk.UpTo)
				}
				fmt.Fprintf(&b, `<text x="%.1f" y="%.0f">%s</text>`, pad+float64(i)*w, svgH-pad+12, label)
			}
		}
	}
	b.WriteString("</svg>\n")
	return b.String()
}
