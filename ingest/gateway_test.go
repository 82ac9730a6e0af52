package ingest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
	"rhd.dev/kafka/kafkatest"
	"rhd.dev/ledger"
)

type fixture struct {
	t       *testing.T
	brokers []string
	store   *ledger.Store
	gw      *Gateway
	srv     *httptest.Server
	dev     frame.DeviceID
	key     ed25519.PrivateKey
	owner   string
	rkey    *recordauth.Key // the ledger's frames key, as rhd wires it
}

func newFixture(t *testing.T, opts ...kgo.Opt) *fixture {
	t.Helper()
	c, _ := kafkatest.Start(t, 2, kafka.Config{}) // the topics as rhd creates them
	ctx := context.Background()
	store, err := ledger.Open(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	f := &fixture{t: t, brokers: c.ListenAddrs(), store: store}
	f.key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32))
	owner, _ := store.CreateContributor(ctx, ledger.Contributor{Email: "dev@example.org", BirthYear: 1980})
	f.owner = owner.ID
	code, _ := store.CreatePairingCode(ctx, owner.ID, "ring")
	d, err := store.PairDevice(ctx, code, "SN-1", f.key.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	f.dev, _ = frame.ParseDeviceID(d.ID)
	secret, err := store.FramesKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f.rkey, err = recordauth.NewKey(secret); err != nil {
		t.Fatal(err)
	}
	f.gw, err = NewGateway(Config{Brokers: f.brokers, Registry: LedgerRegistry{store}, RecordKey: f.rkey, KafkaOpts: opts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.gw.Close)

	f.srv = httptest.NewServer(f.gw)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) batch(seq uint64, hr ...uint16) []byte {
	var e frame.Encoder
	e.Reset(f.dev, seq)
	e.AddFrame(time.Now().Add(-time.Minute).UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: hr})
	b, err := e.Sign(f.key)
	if err != nil {
		f.t.Fatal(err)
	}
	return bytes.Clone(b)
}

func (f *fixture) post(body []byte) (int, apiError, http.Header) {
	f.t.Helper()
	resp, err := http.Post(f.srv.URL+"/v1/frames", "application/x-rhd-frames", bytes.NewReader(body))
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	var e apiError
	json.NewDecoder(resp.Body).Decode(&e)
	return resp.StatusCode, e, resp.Header
}

// records reads everything on the frames topic.
func (f *fixture) records() []*kgo.Record {
	f.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(f.brokers...), kgo.ConsumeTopics(kafka.FramesTopic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		f.t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	var out []*kgo.Record
	for {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return out
		}
		out = append(out, fs.Records()...)
	}
}

func TestAcceptedBatchIsOnTheTopicKeyedByDeviceAndTagged(t *testing.T) {
	f := newFixture(t)
	body := f.batch(1, 60, 61, 62)
	before := time.Now().Truncate(time.Millisecond)
	if code, e, _ := f.post(body); code != 200 {
		t.Fatalf("status %d: %s", code, e.Error)
	}
	recs := f.records()
	if len(recs) != 1 || string(recs[0].Key) != f.dev.String() || !bytes.Equal(recs[0].Value, body) {
		t.Fatalf("topic holds %d records; want the batch keyed by %s", len(recs), f.dev)
	}
	accepted, err := f.rkey.Open(recs[0])
	if err != nil || accepted.Before(before) || accepted.After(time.Now()) {
		t.Fatalf("record tag: accepted %v (posted after %v), %v", accepted, before, err)
	}
}

func TestRejectionsProduceNothing(t *testing.T) {
	f := newFixture(t)
	good := f.batch(5, 60)
	if code, _, _ := f.post(good); code != 200 {
		t.Fatal("setup batch refused")
	}
	forged := f.batch(6, 60)
	forged[len(forged)-1] ^= 1
	otherKey := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{4}, 32))
	var e frame.Encoder
	e.Reset(frame.DeviceID{0xee}, 1)
	e.AddFrame(time.Now().UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60}})
	unknown, _ := e.Sign(otherKey)

	cases := []struct {
		name   string
		body   []byte
		status int
		offset bool
	}{
		{"malformed", []byte("hello, gateway"), 400, false},
		{"truncated", good[:len(good)-70], 400, false},
		{"unknown metric", patched(good, 39, 99), 400, true},
		{"forged signature", forged, 401, false},
		{"unknown device", bytes.Clone(unknown), 401, false},
		{"replay", good, 409, false},
		{"older sequence", f.batch(4, 60), 409, false},
		{"heart rate 300", f.batch(7, 60, 300), 422, true},
	}
	for _, c := range cases {
		code, apiErr, _ := f.post(c.body)
		if code != c.status || apiErr.Error == "" {
			t.Errorf("%s: status %d error %q, want %d with a message", c.name, code, apiErr.Error, c.status)
		}
		if c.offset && apiErr.Offset == nil {
			t.Errorf("%s: error has no byte offset", c.name)
		}
	}
	if n := len(f.records()); n != 1 {
		t.Fatalf("topic holds %d records after rejections, want only the 1 accepted", n)
	}
	// The sequence was not consumed by the rejected out-of-range batch.
	if code, _, _ := f.post(f.batch(6, 60)); code != 200 {
		t.Fatalf("next valid sequence refused: %d", code)
	}
}

func TestRemovedDeviceIsRefused(t *testing.T) {
	f := newFixture(t)
	f.gw.cfg.KeyTTL = time.Nanosecond
	if err := f.store.RemoveDevice(context.Background(), f.owner, f.dev.String()); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := f.post(f.batch(1, 60)); code != 403 {
		t.Fatalf("removed device: %d, want 403", code)
	}
}

func TestBackpressureAnswers429WithRetryAfter(t *testing.T) {
	// One buffered record at most and nothing flushed: the second concurrent
	// batch finds the buffer full.
	f := newFixture(t, kgo.MaxBufferedRecords(1), kgo.ManualFlushing())
	first := make(chan int)
	go func() { code, _, _ := f.post(f.batch(1, 60)); first <- code }()
	deadline := time.Now().Add(5 * time.Second)
	for f.gw.cl.BufferedProduceRecords() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("first batch never buffered")
		}
		time.Sleep(time.Millisecond)
	}
	// Another device state so the device mutex does not serialize the two.
	f2code, e, h := f.postOther()
	if f2code != 429 || h.Get("Retry-After") == "" || e.Error == "" {
		t.Fatalf("full buffer: status %d, Retry-After %q, error %q", f2code, h.Get("Retry-After"), e.Error)
	}
	f.gw.cl.Flush(context.Background())
	if code := <-first; code != 200 {
		t.Fatalf("buffered batch: %d after flush", code)
	}
}

// postOther pairs a second device and posts one batch from it.
func (f *fixture) postOther() (int, apiError, http.Header) {
	ctx := context.Background()
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{8}, 32))
	code, _ := f.store.CreatePairingCode(ctx, f.owner, "ring")
	d, err := f.store.PairDevice(ctx, code, "SN-2", key.Public().(ed25519.PublicKey))
	if err != nil {
		f.t.Fatal(err)
	}
	id, _ := frame.ParseDeviceID(d.ID)
	var e frame.Encoder
	e.Reset(id, 1)
	e.AddFrame(time.Now().UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1000, Raw: []uint16{60}})
	b, _ := e.Sign(key)
	return f.post(bytes.Clone(b))
}

func TestProgressIsSavedAndSurvivesRestart(t *testing.T) {
	f := newFixture(t)
	for seq := uint64(1); seq <= 3; seq++ {
		if code, _, _ := f.post(f.batch(seq, 60)); code != 200 {
			t.Fatal(code)
		}
	}
	if err := f.gw.saveProgress(context.Background()); err != nil {
		t.Fatal(err)
	}
	d, _ := f.store.Device(context.Background(), f.dev.String())
	if d.LastSeq != 3 || d.LastSeen.IsZero() {
		t.Fatalf("ledger has seq %d seen %v", d.LastSeq, d.LastSeen)
	}
	// A new gateway (restart) refuses the replay from the saved progress.
	gw2, err := NewGateway(Config{Brokers: f.brokers, Registry: LedgerRegistry{f.store}, RecordKey: f.rkey})
	if err != nil {
		t.Fatal(err)
	}
	defer gw2.Close()
	srv := httptest.NewServer(gw2)
	defer srv.Close()
	resp, _ := http.Post(srv.URL+"/v1/frames", "", bytes.NewReader(f.batch(2, 60)))
	if resp.StatusCode != 409 {
		t.Fatalf("replay after restart: %d", resp.StatusCode)
	}
}

func TestPairingEndpoint(t *testing.T) {
	f := newFixture(t)
	code, _ := f.store.CreatePairingCode(context.Background(), f.owner, "wristband")
	pub := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{5}, 32)).Public().(ed25519.PublicKey)
	body, _ := json.Marshal(pairRequest{Code: code, Serial: "SN-W", PublicKey: pub})
	resp, err := http.Post(f.srv.URL+"/v1/pair", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var pr pairResponse
	json.NewDecoder(resp.Body).Decode(&pr)
	resp.Body.Close()
	if resp.StatusCode != 201 || len(pr.DeviceID) != 32 {
		t.Fatalf("pair: %d %+v", resp.StatusCode, pr)
	}
	resp, _ = http.Post(f.srv.URL+"/v1/pair", "application/json", bytes.NewReader(body))
	if resp.StatusCode != 400 {
		t.Fatalf("reused code: %d", resp.StatusCode)
	}
	resp, _ = http.Post(f.srv.URL+"/v1/pair", "application/json", bytes.NewReader([]byte("{")))
	if resp.StatusCode != 400 {
		t.Fatalf("broken JSON: %d", resp.StatusCode)
	}
}

func TestHealthz(t *testing.T) {
	f := newFixture(t)
	resp, err := http.Get(f.srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp.StatusCode, err)
	}
}

func patched(b []byte, off int, v byte) []byte {
	c := bytes.Clone(b)
	c[off] = v
	return c
}

// The largest batch a device may send, of readings that do not compress,
// is stored whole (franz-go's default batch limit is just under 1 MB).
func TestLargestIncompressibleBatchIsAccepted(t *testing.T) {
	f := newFixture(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var e frame.Encoder
	e.Reset(f.dev, 1)
	// At 5 Hz, the most samples a minute may hold (frame.MaxSamplesPerMinute):
	// 29 hours of them.
	start := time.Now().Add(-30 * time.Hour).UnixMilli()
	for i := range 8 {
		raw := make([]uint16, 65_000)
		for j := range raw {
			raw[j] = uint16(rng.Uint32()) // activity counts: any 16-bit value is plausible
		}
		e.AddFrame(start+int64(i)*65_000*200, frame.Series{Metric: frame.Activity, IntervalMs: 200, Raw: raw})
	}
	body, err := e.Sign(f.key)
	if err != nil {
		t.Fatal(err)
	}
	if len(body) < frame.MaxBatchSize-10_000 || len(body) > frame.MaxBatchSize {
		t.Fatalf("test batch of %d bytes, want just under %d", len(body), frame.MaxBatchSize)
	}
	body = bytes.Clone(body)
	if code, apiErr, _ := f.post(body); code != 200 {
		t.Fatalf("largest batch: %d %s", code, apiErr.Error)
	}
	recs := f.records()
	if len(recs) != 1 || !bytes.Equal(recs[0].Value, body) {
		t.Fatalf("topic holds %d records, want the whole batch", len(recs))
	}
}

// Batches from many devices coalesce into one produce request while another
// is in flight. The producer's batch limit and the topic's must agree: two
// incompressible 600 KB batches produced together land, where the old
// setting (8 MiB batches against the broker's 1 MiB default) had the broker
// refuse them, and the gateway answer 503 to both devices again and again.
func TestCoalescedLargeBatchesAreAccepted(t *testing.T) {
	f := newFixture(t)
	cl, err := kgo.NewClient(append(ProducerOpts(f.brokers, kafka.FramesTopic), kgo.ManualFlushing())...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	results := make(chan error, 2)
	for range 2 {
		v := make([]byte, 600_000)
		for i := range v {
			v[i] = byte(rng.Uint32())
		}
		cl.Produce(context.Background(), &kgo.Record{Key: []byte("same device"), Value: v}, func(_ *kgo.Record, err error) { results <- err })
	}
	if err := cl.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := <-results; err != nil {
			t.Fatalf("coalesced batch refused: %v", err)
		}
	}
}
