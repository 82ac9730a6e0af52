package stream

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
	"rhd.dev/ledger"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// env is a Kafka cluster, a ledger with one paired device and a warehouse path.
type env struct {
	t       *testing.T
	brokers []string
	store   *ledger.Store
	dir     string
	dev     frame.DeviceID
	key     ed25519.PrivateKey
	owner   string
	pepper  []byte
	rkey    *recordauth.Key // the ledger's frames key: tags what the platform accepted
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c, _ := kafkatest.Start(t, 2, kafka.Config{}, kfake.GroupMinSessionTimeout(100*time.Millisecond))
	return newEnvOn(t, c.ListenAddrs(), t.TempDir())
}

func newEnvOn(t *testing.T, brokers []string, dir string) *env {
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	e := &env{t: t, brokers: brokers, store: store, dir: dir, key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))}
	e.pepper, _ = store.Pepper(ctx)
	secret, err := store.FramesKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if e.rkey, err = recordauth.NewKey(secret); err != nil {
		t.Fatal(err)
	}
	devs, _ := store.Devices(ctx)
	if len(devs) == 0 {
		c, _ := store.CreateContributor(ctx, ledger.Contributor{Email: "s@example.org", BirthYear: 1990})
		code, _ := store.CreatePairingCode(ctx, c.ID, "chest_strap")
		d, err := store.PairDevice(ctx, code, "SN-S", e.key.Public().(ed25519.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		devs = []ledger.Device{d}
	}
	e.owner = devs[0].ContributorID
	e.dev, _ = frame.ParseDeviceID(devs[0].ID)
	return e
}

func (e *env) directory() *pseudo.Directory {
	d, err := pseudo.NewDirectory(e.pepper, pseudo.FromLedger(e.store))
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

var minute0 = time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)

// batch is a known input: heart rate 60 + (i % 7) every second for `seconds`
// seconds from start, and one steps sample.
func (e *env) batch(seq uint64, start time.Time, seconds int) []byte {
	hr := make([]uint16, seconds)
	for i := range hr {
		hr[i] = uint16(60 + i%7)
	}
	var enc frame.Encoder
	enc.Reset(e.dev, seq)
	enc.AddFrame(start.UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: hr},
		frame.Series{Metric: frame.Steps, IntervalMs: 60000, Raw: []uint16{42}})
	b, err := enc.Sign(e.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return bytes.Clone(b)
}

// produce writes values to the frames topic as records the platform
// accepted now, keyed by their device.
func (e *env) produce(values ...[]byte) {
	e.t.Helper()
	recs := make([]*kgo.Record, len(values))
	for i, v := range values {
		recs[i] = e.record(v)
		e.rkey.Seal(recs[i], time.Now())
	}
	e.produceRecords(recs...)
}

// record is v as a record keyed by its device, without a tag.
func (e *env) record(v []byte) *kgo.Record {
	key := []byte(e.dev.String())
	if b, err := frame.Parse(v); err == nil {
		key = []byte(b.Device().String())
	}
	return &kgo.Record{Key: key, Value: v}
}

// produceRecords writes recs to the frames topic as they are.
func (e *env) produceRecords(recs ...*kgo.Record) {
	e.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.DefaultProduceTopic(kafka.FramesTopic), kgo.ProducerBatchMaxBytes(2*frame.MaxBatchSize))
	if err != nil {
		e.t.Fatal(err)
	}
	defer cl.Close()
	for _, r := range recs {
		if err := cl.ProduceSync(context.Background(), r).FirstErr(); err != nil {
			e.t.Fatal(err)
		}
	}
}

func (e *env) openWarehouse() *warehouse.DuckDB {
	wh, err := warehouse.OpenDuckDB(context.Background(), filepath.Join(e.dir, "wh.duckdb"))
	if err != nil {
		e.t.Fatal(err)
	}
	return wh
}

// runUntil runs a worker until it has consumed n records, then stops it.
func (e *env) runUntil(wh warehouse.Warehouse, n int) *Metrics {
	e.t.Helper()
	return e.runWith(wh, e.directory(), n)
}

// runWith is runUntil with a directory of the caller's.
func (e *env) runWith(wh warehouse.Warehouse, dir *pseudo.Directory, n int) *Metrics {
	e.t.Helper()
	m := NewMetrics(nil)
	w, err := NewWorker(Config{Brokers: e.brokers, Warehouse: wh, Devices: dir, RecordKey: e.rkey, Metrics: m})
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for testutil.ToFloat64(m.RecordsConsumed) < float64(n) {
		if time.Now().After(deadline) {
			e.t.Fatalf("worker consumed %v of %d records", testutil.ToFloat64(m.RecordsConsumed), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		e.t.Fatal(err)
	}
	return m
}

func TestKnownInputGivesExactRowsAndRollups(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	// 90 s in batch 1 (minute 0 whole, minute 1 half), 30 s in batch 2 (rest of minute 1).
	b1 := e.batch(1, minute0, 90)
	b2 := e.batch(2, minute0.Add(90*time.Second), 30)
	e.produce(b1, b2, b1) // b1 redelivered
	m := e.runUntil(wh, 3)

	c, _ := wh.Counts(context.Background())
	if c.Batches != 2 || c.Readings != 90+1+30+1 {
		t.Fatalf("counts %+v, want 2 batches and 122 readings", c)
	}
	if got := testutil.ToFloat64(m.BatchesDuplicate); got != 1 {
		t.Fatalf("%v duplicate batches counted, want 1", got)
	}
	pid := pseudo.PID(e.pepper, e.owner)
	mins, err := wh.Minutes(context.Background(), pid, minute0, minute0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	// Expected heart-rate rollups computed from the input definition.
	want := map[time.Time][4]float64{} // n, sum, min, max
	add := func(start time.Time, seconds int) {
		for i := 0; i < seconds; i++ {
			ts := start.Add(time.Duration(i) * time.Second).Truncate(time.Minute)
			v := float64(60 + i%7)
			w, ok := want[ts]
			if !ok {
				w = [4]float64{0, 0, math.Inf(1), math.Inf(-1)}
			}
			want[ts] = [4]float64{w[0] + 1, w[1] + v, min(w[2], v), max(w[3], v)}
		}
	}
	add(minute0, 90)
	add(minute0.Add(90*time.Second), 30)
	hr := 0
	for _, got := range mins {
		if got.Metric == "steps" {
			if got.Sum != 42 || got.N != 1 {
				t.Errorf("steps at %v: %+v", got.Minute, got)
			}
			continue
		}
		hr++
		w := want[got.Minute]
		if got.Metric != "heart_rate" || float64(got.N) != w[0] || got.Sum != w[1] || got.Min != w[2] || got.Max != w[3] || got.DeviceType != "chest_strap" {
			t.Errorf("heart rate at %v: n=%d sum=%g min=%g max=%g, want %v", got.Minute, got.N, got.Sum, got.Min, got.Max, w)
		}
	}
	if hr != 2 {
		t.Fatalf("%d heart-rate minutes, want 2", hr)
	}
}

func TestBadRecordsGoToTheDeadLetterTopic(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	var enc frame.Encoder
	enc.Reset(frame.DeviceID{0xab}, 1)
	enc.AddFrame(minute0.UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60}})
	stranger, _ := enc.Sign(e.key)
	e.produce([]byte("not a batch"), bytes.Clone(stranger), e.batch(1, minute0, 10))
	m := e.runUntil(wh, 3)
	if got := testutil.ToFloat64(m.DeadLetters); got != 2 {
		t.Fatalf("%v dead letters, want 2", got)
	}
	if c, _ := wh.Counts(context.Background()); c.Batches != 1 {
		t.Fatalf("good record behind bad ones not stored: %+v", c)
	}
	cl, _ := kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.ConsumeTopics(kafka.FramesDLQTopic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var reasons []string
	for len(reasons) < 2 && ctx.Err() == nil {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			for _, h := range r.Headers {
				if h.Key == "reason" {
					reasons = append(reasons, string(h.Value))
				}
			}
		})
	}
	slices.Sort(reasons) // two partitions: arrival order varies
	if len(reasons) != 2 || !strings.Contains(reasons[0], "unknown device") || !strings.Contains(reasons[1], "shorter than header") {
		t.Fatalf("dead-letter reasons %q", reasons)
	}
}

// A ledger that fails for a while (locked, restarting) delays a batch the
// platform accepted; it used to send it to the dead-letter topic, where
// nothing brings it back.
func TestLedgerFailureDelaysButDoesNotDeadLetterABatch(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	e.produce(e.batch(1, minute0, 60))
	var calls atomic.Int32
	ledgerLookup := pseudo.FromLedger(e.store)
	dir, err := pseudo.NewDirectory(e.pepper, func(ctx context.Context, id string) (string, string, error) {
		if calls.Add(1) <= 3 {
			return "", "", errors.New("database is locked")
		}
		return ledgerLookup(ctx, id)
	})
	if err != nil {
		t.Fatal(err)
	}
	m := e.runWith(wh, dir, 1)
	if c, _ := wh.Counts(context.Background()); c.Batches != 1 || testutil.ToFloat64(m.DeadLetters) != 0 || calls.Load() != 4 {
		t.Fatalf("warehouse %+v, %v dead letters after %d lookups; want the batch stored after the 4th", c, testutil.ToFloat64(m.DeadLetters), calls.Load())
	}
}

// A dead letter as large as the largest batch (1 MiB of bytes that are no
// batch at all) is set aside like any other; franz-go's default producer
// limit refused it and stopped the partition behind it.
func TestLargestBadRecordIsDeadLettered(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	junk := make([]byte, frame.MaxBatchSize)
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range junk {
		junk[i] = byte(rng.Uint32())
	}
	e.produce(junk, e.batch(1, minute0, 10))
	m := e.runUntil(wh, 2)
	if got := testutil.ToFloat64(m.DeadLetters); got != 1 {
		t.Fatalf("%v dead letters, want 1", got)
	}
	if c, _ := wh.Counts(context.Background()); c.Batches != 1 {
		t.Fatalf("good record behind the large bad one not stored: %+v", c)
	}
}

// TestMain doubles as the crash child: with RHD_STREAM_CRASH_CHILD set, the
// test binary runs one worker that SIGKILLs itself right after its first
// warehouse write, before committing offsets.
func TestMain(m *testing.M) {
	if dir := os.Getenv("RHD_STREAM_CRASH_CHILD"); dir != "" {
		crashChild(dir, strings.Split(os.Getenv("RHD_STREAM_CRASH_BROKERS"), ","))
		return
	}
	os.Exit(m.Run())
}

func crashChild(dir string, brokers []string) {
	t := &testing.T{}
	e := newEnvOn(t, brokers, dir)
	wh := e.openWarehouse()
	w, err := NewWorker(Config{Brokers: brokers, Warehouse: wh, Devices: e.directory(), RecordKey: e.rkey,
		AfterWrite: func() { syscall.Kill(os.Getpid(), syscall.SIGKILL) },
		// The dead member must leave the group soon for the restart to take over.
		KafkaOpts: []kgo.Opt{kgo.SessionTimeout(time.Second), kgo.HeartbeatInterval(200 * time.Millisecond)}})
	if err != nil {
		os.Exit(3)
	}
	w.Run(context.Background())
	os.Exit(4) // not reached: the kill comes first
}

func TestKillBetweenWriteAndCommitLosesAndDuplicatesNothing(t *testing.T) {
	e := newEnv(t)
	var batches [][]byte
	for i := range 6 {
		batches = append(batches, e.batch(uint64(i+1), minute0.Add(time.Duration(i)*time.Minute), 60))
	}
	e.produce(batches...)
	e.store.Close() // the child opens the same files

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), "RHD_STREAM_CRASH_CHILD="+e.dir, "RHD_STREAM_CRASH_BROKERS="+strings.Join(e.brokers, ","))
	out, err := child.CombinedOutput()
	ws, ok := child.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die by SIGKILL: %v\n%s", err, out)
	}

	e2 := newEnvOn(t, e.brokers, e.dir)
	wh := e2.openWarehouse()
	defer wh.Close()
	before, _ := wh.Counts(context.Background())
	if before.Batches == 0 {
		t.Fatal("the killed worker's write did not survive")
	}
	// The offsets were never committed: everything is redelivered.
	m := e2.runUntil(wh, len(batches))
	after, _ := wh.Counts(context.Background())
	if after.Batches != 6 || after.Readings != 6*61 {
		t.Fatalf("after restart %+v, want exactly 6 batches and %d readings", after, 6*61)
	}
	if dup := testutil.ToFloat64(m.BatchesDuplicate); dup != float64(before.Batches) {
		t.Fatalf("restart saw %v duplicates, want the %d batches written before the kill", dup, before.Batches)
	}
}
