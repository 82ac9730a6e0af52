package bench

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"strings"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
	"rhd.dev/ingest"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/ledger"
	"rhd.dev/stream"
	"rhd.dev/warehouse"
)

// Options are a bench run's settings (`rhd bench`'s flags).
type Options struct {
	Full            bool
	Devices         int
	MinutesPerBatch int
	Rate            float64
	Burst           time.Duration
	BadRatio        float64
	Warmup          time.Duration
	Duration        time.Duration
	Ceiling         time.Duration
	Soak            time.Duration
	Out             string
	CPUProfile      string
	CeilingsOnly    bool
	Micro           string
}

// Env is the process a bench runs in. The caller builds it, as it owns how
// components start: a ledger and Kafka in a fresh data dir, and hooks that
// start the pieces measured.
type Env struct {
	Brokers    []string
	Partitions int
	DataDir    string
	Store      *ledger.Store
	RecordKey  *recordauth.Key
	KafkaKind  string // for the report: "embedded (kfake)" or "external …"
	Kafka      kafka.Config
	// ServeGateway serves h with the limits rhd ingest serves with.
	ServeGateway func(h http.Handler) (addr string, stop func(), err error)
	// StartMQTT starts an embedded broker bridged into gw.
	StartMQTT func(gw *ingest.Gateway) (addr string, stop func(), err error)
	// StartPipeline starts the warehouse, stream workers and the gateway as
	// rhd dev wires them.
	StartPipeline func(ctx context.Context) (*Running, error)
}

// Running is a running pipeline: its gateway's address and its stream's
// metrics.
type Running struct {
	Gateway   string
	Warehouse string // backend, for the report
	Workers   int
	Metrics   *stream.Metrics
	Stop      func()
}

// Run measures each hop alone and then, unless o.CeilingsOnly, the
// pipeline, logging progress to log.
func Run(ctx context.Context, env *Env, o Options, log io.Writer) (*Result, error) {
	mode := "quick"
	if o.Duration == 0 {
		o.Duration = 30 * time.Second
		if o.Full {
			o.Duration = 2 * time.Minute
		}
	}
	if o.Ceiling == 0 {
		o.Ceiling = 8 * time.Second
		if o.Full {
			o.Ceiling = 20 * time.Second
		}
	}
	if o.Full {
		mode = "full"
	}
	if o.Soak > 0 {
		mode, o.Duration = "soak", o.Soak
	}
	devices, err := Devices(ctx, env.Store, o.Devices)
	if err != nil {
		return nil, err
	}
	res := &Result{Date: time.Now().UTC(), Machine: Machine(), Mode: mode}
	if o.Micro != "" { // read first: a bad file should not cost a whole run
		f, err := os.Open(o.Micro)
		if err != nil {
			return nil, err
		}
		res.Micro, err = ParseMicro(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", o.Micro, err)
		}
	}
	shape := Shape{MinutesPerBatch: o.MinutesPerBatch, BurstPeriod: o.Burst}
	if res.Ceilings, err = measureCeilings(ctx, env, devices, shape, o, log); err != nil {
		return nil, err
	}
	if !o.CeilingsOnly {
		if err := runPipelines(ctx, env, devices, shape, o, res, log); err != nil {
			return nil, err
		}
	}
	res.Finish()
	return res, nil
}

// measureCeilings measures each hop alone with this run's batches (one per
// device), then our gateway alone.
func measureCeilings(ctx context.Context, env *Env, devices []Device, shape Shape, o Options, log io.Writer) (Ceilings, error) {
	var out Ceilings
	batches := make([][]byte, len(devices))
	keys := make([]ed25519.PublicKey, len(devices))
	for i, d := range devices {
		keys[i] = d.Key.Public().(ed25519.PublicKey)
		var err error
		if batches[i], err = SampleBatch(d, o.MinutesPerBatch); err != nil {
			return out, err
		}
	}
	perBatch := float64(shape.SamplesPerBatch(sim.Wristband))
	parts := int32(env.Partitions)
	steps := []struct {
		what    string
		measure func() (float64, error)
		into    *float64
		scale   float64
	}{
		{fmt.Sprintf("Kafka, flat out (%d-byte records)", len(batches[0])),
			func() (float64, error) { return KafkaCeiling(ctx, env.Brokers, parts, batches, o.Ceiling) }, &out.KafkaSamplesPerSec, perBatch},
		{"Kafka, acknowledged records at the devices' concurrency",
			func() (float64, error) {
				return AckedProducerCeiling(ctx, env.Brokers, parts, batches, o.Ceiling)
			}, &out.AckedProducerSamplesPerSec, perBatch},
		{"HTTP, empty handler", func() (float64, error) { return HTTPCeiling(ctx, batches, o.Ceiling) }, &out.HTTPSamplesPerSec, perBatch},
		{"signature check alone, every core", func() (float64, error) { return SignatureCeiling(ctx, batches, keys, o.Ceiling) },
			&out.SignatureSamplesPerSec, perBatch},
		{"warehouse insert", func() (float64, error) {
			return storageCeiling(ctx, filepath.Join(env.DataDir, "ceiling.duckdb"), o, batches[0], int(perBatch))
		}, &out.StorageSamplesPerSec, 1},
		{"gateway alone (HTTP, signature check, produce; nothing consuming)", func() (float64, error) {
			stop := StartProfile(o.CPUProfile, "gateway alone", log)
			defer stop()
			return gatewayAlone(ctx, env, devices, shape, len(batches[0]), o.Ceiling)
		}, &out.GatewaySamplesPerSec, 1},
		{"gateway over MQTT alone (embedded broker, bridge, signature check, produce; nothing consuming)", func() (float64, error) {
			return mqttGatewayAlone(ctx, env, devices, shape, len(batches[0]), o.Ceiling)
		}, &out.MQTTGatewaySamplesPerSec, 1},
	}
	for _, st := range steps {
		fmt.Fprintf(log, "ceiling: %s…\n", st.what)
		v, err := st.measure()
		if err != nil {
			return out, fmt.Errorf("%s: %w", st.what, err)
		}
		*st.into = v * st.scale
	}
	return out, nil
}

// runPipelines starts the pipeline as rhd dev wires it and runs the
// configured runs on it (benchRuns), appending their results to res.
func runPipelines(ctx context.Context, env *Env, devices []Device, shape Shape, o Options, res *Result, log io.Writer) error {
	pl, err := env.StartPipeline(ctx)
	if err != nil {
		return err
	}
	defer pl.Stop()
	cl, err := kafka.NewClient(env.Kafka, "", kgo.DefaultProduceTopic(kafka.FramesTopic))
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	m := pl.Metrics
	probe := Probe{
		Committed:      func() float64 { return CounterValue(m.SamplesWritten) },
		BatchesWritten: func() float64 { return CounterValue(m.BatchesWritten) },
		DeadLetters:    func() float64 { return CounterValue(m.DeadLetters) },
		Lag:            func(ctx context.Context) (int64, error) { return kafka.Lag(ctx, adm, stream.Group, kafka.FramesTopic) },
		Latency:        func() []Bucket { return HistogramBuckets(m.SampleAge) },
	}
	for _, run := range Runs(o) {
		shape.Rate = run.Rate
		fmt.Fprintf(log, "pipeline, %s: %d devices, %s warm-up, %s measured…\n", run.Name, len(devices), o.Warmup, o.Duration)
		stopProfile := StartProfile(o.CPUProfile, run.Name, log)
		p, err := RunPipeline(ctx, PipelineConfig{
			Load:   &Load{Gateway: "http://" + pl.Gateway, Devices: devices, Shape: shape},
			Warmup: o.Warmup, Duration: o.Duration, BadRatio: o.BadRatio, Bad: cl, Probe: probe,
			Progress: func(pt Point) {
				fmt.Fprintf(log, "  %5.0fs  %9.0f samples/s accepted  %9.0f committed  lag %d  rss %.0f MiB\n", pt.T, pt.Accepted, pt.Committed, pt.Lag, pt.RSSMiB)
			},
		})
		stopProfile()
		if err != nil {
			return err
		}
		p.Name, p.OfferedPerSec = run.Name, run.Rate
		res.Pipeline = append(res.Pipeline, p)
		// Let the stream drain before the next run so it starts clean.
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			if lag, err := kafka.Lag(ctx, adm, stream.Group, kafka.FramesTopic); err == nil && lag == 0 {
				break
			}
		}
	}
	res.Notes = append(res.Notes, fmt.Sprintf("Warehouse: %s; Kafka: %s; stream workers: %d; %d partitions.", pl.Warehouse, env.KafkaKind, pl.Workers, env.Partitions),
		"All figures come from one process on one machine: load generator, gateway, broker, stream and warehouse share its cores.")
	return nil
}

// PipelineRun is one pipeline run: a name and the offered rate (0: saturate).
type PipelineRun struct {
	Name string
	Rate float64
}

// Runs are the pipeline runs of a bench: saturated, then paced at the
// offered rate; only the saturated run without a rate; a soak is one long
// paced run.
func Runs(o Options) []PipelineRun {
	runs := []PipelineRun{{"saturated", 0}, {"paced at " + siRate(o.Rate), o.Rate}}
	switch {
	case o.Rate <= 0:
		return runs[:1]
	case o.Soak > 0:
		return runs[1:]
	}
	return runs
}

// StartProfile profiles the CPU into prefix-name.pprof until the returned
// function is called (nothing without a prefix).
func StartProfile(prefix, name string, log io.Writer) func() {
	if prefix == "" {
		return func() {}
	}
	// "paced at 1 M samples/s" -> "paced-at-1-M-samples-s": no separators in the file name.
	file := prefix + "-" + strings.Trim(profileName.ReplaceAllString(name, "-"), "-") + ".pprof"
	f, err := os.Create(file)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(log, "  no CPU profile of %s: %v\n", name, err)
		return func() {}
	}
	fmt.Fprintf(log, "  CPU profile of %s: %s\n", name, file)
	return func() { pprof.StopCPUProfile(); f.Close() }
}

var profileName = regexp.MustCompile(`[^A-Za-z0-9]+`)

func siRate(v float64) string {
	if v >= 1e6 {
		return fmt.Sprintf("%g M samples/s", v/1e6)
	}
	return fmt.Sprintf("%g k samples/s", v/1e3)
}

// Devices creates n contributors each with a paired simulated device.
func Devices(ctx context.Context, store *ledger.Store, n int) ([]Device, error) {
	out := make([]Device, 0, n)
	for i := range n {
		c, err := store.CreateContributor(ctx, ledger.Contributor{Email: fmt.Sprintf("bench-%d@bench.rhd.dev", i), DisplayName: "Bench", BirthYear: 1980 + i%40})
		if err != nil {
			return nil, err
		}
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		code, err := store.CreatePairingCode(ctx, c.ID, string(sim.Wristband))
		if err != nil {
			return nil, err
		}
		d, err := store.PairDevice(ctx, code, fmt.Sprintf("BENCH-%06d", i), pub)
		if err != nil {
			return nil, err
		}
		id, err := frame.ParseDeviceID(d.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, NewDevice(id, priv, sim.Wristband, uint64(i+1)))
	}
	return out, nil
}

// benchGateway is a gateway producing to a temporary topic of its own
// (the pipeline's stream never sees these batches); done closes it and
// drops the topic.
func benchGateway(ctx context.Context, env *Env, name string) (*ingest.Gateway, func(), error) {
	topic, drop, err := TempTopic(ctx, env.Brokers, name, int32(env.Partitions))
	if err != nil {
		return nil, nil, err
	}
	// The bench's devices repeat minutes across batches; real ones do not.
	gw, err := ingest.NewGateway(ingest.Config{Brokers: env.Brokers, Topic: topic, Registry: ingest.LedgerRegistry{Store: env.Store}, RecordKey: env.RecordKey,
		RepeatedMinutes: true})
	if err != nil {
		drop()
		return nil, nil, err
	}
	return gw, func() { gw.Close(); drop() }, nil
}

// gatewayAlone serves a gateway producing to a topic of its own (the
// pipeline's stream never sees these batches) and returns the samples per
// second it accepts from the saturating load over d. The devices' batches
// are signed beforehand, as the other ceilings' bodies are built beforehand.
func gatewayAlone(ctx context.Context, env *Env, devices []Device, shape Shape, batchBytes int, d time.Duration) (float64, error) {
	shape.Rate = 0
	serve := func(gw *ingest.Gateway) (string, func(), error) { return env.ServeGateway(gw) }
	return aloneCeiling(ctx, env, "gateway", serve, func(addr string) presignedLoad {
		return &Load{Gateway: "http://" + addr, Devices: devices, Shape: shape}
	}, presignedPerDevice(len(devices), batchBytes, d), d)
}

// mqttGatewayAlone is gatewayAlone with the devices publishing over MQTT:
// an embedded broker, the bridge and a gateway producing to a topic of its
// own; each device waits for a batch's answer before the next, as the
// agent's MQTT uplink does.
func mqttGatewayAlone(ctx context.Context, env *Env, devices []Device, shape Shape, batchBytes int, d time.Duration) (float64, error) {
	shape.Rate = 0
	return aloneCeiling(ctx, env, "mqtt-gateway", env.StartMQTT, func(addr string) presignedLoad {
		return &MQTTLoad{Broker: "tcp://" + addr, Devices: devices, Shape: shape}
	}, presignedPerDevice(len(devices), batchBytes, d), d)
}

// presignedLoad is a device load whose batches are signed before it runs.
type presignedLoad interface {
	Presign(perDevice int) error
	Run(ctx context.Context) error
	accepted() uint64
}

func (l *Load) accepted() uint64     { return l.Samples.Load() }
func (l *MQTTLoad) accepted() uint64 { return l.Samples.Load() }

// aloneCeiling serves a bench gateway named topic through serve, runs the
// saturating load newLoad builds against its address for d and returns the
// samples per second it accepted.
func aloneCeiling(ctx context.Context, env *Env, topic string, serve func(*ingest.Gateway) (string, func(), error),
	newLoad func(addr string) presignedLoad, perDevice int, d time.Duration) (float64, error) {
	gw, done, err := benchGateway(ctx, env, topic)
	if err != nil {
		return 0, err
	}
	defer done()
	addr, stop, err := serve(gw)
	if err != nil {
		return 0, err
	}
	defer stop()
	load := newLoad(addr)
	if err := load.Presign(perDevice); err != nil {
		return 0, err
	}
	runCtx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	start := time.Now()
	if err := load.Run(runCtx); err != nil {
		return 0, err
	}
	return float64(load.accepted()) / time.Since(start).Seconds(), nil
}

// presignedPerDevice is how many batches each device signs before the
// gateway-alone measurement: enough for 40,000 batches/s over d (well above
// what the gateway does here), within 512 MiB.
func presignedPerDevice(devices, batchBytes int, d time.Duration) int {
	want := int(40_000*d.Seconds()) / devices
	return min(want, (512<<20)/max(batchBytes, 1)/devices)
}

// storageCeiling writes the stream's rows of batch, as many per write as the
// stream writes under full load, into a warehouse of its own.
func storageCeiling(ctx context.Context, path string, o Options, batch []byte, perBatch int) (float64, error) {
	wh, err := warehouse.OpenDuckDB(ctx, path)
	if err != nil {
		return 0, err
	}
	defer wh.Close()
	// One poll of up to 2,000 records, bounded to about a million rows.
	batches := min(2000, max(1, 1_000_000/perBatch))
	return StorageCeiling(ctx, wh, batch, batches, o.Ceiling)
}

// CounterValue reads a counter.
func CounterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return 0
	}
	return m.GetCounter().GetValue()
}

// HistogramBuckets turns a Prometheus histogram's cumulative buckets into
// per-bucket counts.
func HistogramBuckets(h prometheus.Histogram) []Bucket {
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		return nil
	}
	var out []Bucket
	var prev uint64
	for _, b := range m.GetHistogram().GetBucket() {
		out = append(out, Bucket{UpTo: b.GetUpperBound(), Count: b.GetCumulativeCount() - prev})
		prev = b.GetCumulativeCount()
	}
	return append(out, Bucket{UpTo: math.Inf(1), Count: m.GetHistogram().GetSampleCount() - prev})
}
