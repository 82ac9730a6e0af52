package stream

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
)

// gateway serves the real device gateway on e's cluster and ledger, tagging
// with e's frames key and seeing a removal at once.
func (e *env) gateway(reg ingest.Registry) string {
	e.t.Helper()
	gw, err := ingest.NewGateway(ingest.Config{Brokers: e.brokers, Registry: reg, RecordKey: e.rkey, KeyTTL: time.Nanosecond})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(gw.Close)
	srv := httptest.NewServer(gw)
	e.t.Cleanup(srv.Close)
	return srv.URL
}

func post(t *testing.T, gateway string, body []byte) int {
	t.Helper()
	resp, err := http.Post(gateway+"/v1/frames", "application/x-rhd-frames", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// zeroSigned is e's device's batch seq with an all-zero signature.
func (e *env) zeroSigned(seq uint64) []byte {
	b := e.batch(seq, minute0, 77)
	clear(b[len(b)-frame.SignatureSize:])
	return b
}

// deadLetters reads n records of the dead-letter topic.
func (e *env) deadLetters(n int) []*kgo.Record { return e.read(kafka.FramesDLQTopic, n) }

// readFrames reads n records of the frames topic, as anyone who can reach
// the brokers can.
func (e *env) readFrames(n int) []*kgo.Record { return e.read(kafka.FramesTopic, n) }

func (e *env) read(topic string, n int) []*kgo.Record {
	e.t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.brokers...), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		e.t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var out []*kgo.Record
	for len(out) < n && ctx.Err() == nil {
		out = append(out, cl.PollFetches(ctx).Records()...)
	}
	return out
}

func header(r *kgo.Record, key string) string {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}

// The attack of issue 13: batches written straight to the frames topic by
// someone who can reach the brokers were stored — an all-zero signature, a
// device's real signature with no gateway in between, a made-up tag.
func TestAbuseUnsignedRecordOnFramesTopic(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	deviceSigned := e.record(e.batch(2, minute0, 60)) // the device key alone does not pass the gateway's checks
	madeUp := e.record(e.batch(3, minute0, 60))
	madeUp.Headers = []kgo.RecordHeader{{Key: recordauth.Header, Value: make([]byte, 40)}}
	stranger, _ := recordauth.NewKey(bytes.Repeat([]byte{9}, recordauth.MinKeySize))
	otherKey := e.record(e.batch(4, minute0, 60))
	stranger.Seal(otherKey, time.Now())
	e.produceRecords(e.record(e.zeroSigned(1)), deviceSigned, madeUp, otherKey)

	m := e.runUntil(wh, 4)
	if c, _ := wh.Counts(context.Background()); c.Batches != 0 || c.Readings != 0 {
		t.Fatalf("warehouse holds %+v, want nothing", c)
	}
	if dl, un := testutil.ToFloat64(m.DeadLetters), testutil.ToFloat64(m.Unauthenticated); dl != 4 || un != 4 {
		t.Fatalf("%v dead letters, %v unauthenticated; want 4 and 4", dl, un)
	}
	for _, r := range e.deadLetters(4) {
		if reason := header(r, "reason"); !strings.Contains(reason, "not authenticated") {
			t.Errorf("dead letter at offset %s: reason %q", header(r, "source.offset"), reason)
		}
	}
}

// The exact case through the real gateway: its owner removes the
// device; the gateway then refuses the device's batch (403), and the same
// bytes with an all-zero signature written straight to Kafka are
// dead-lettered. The batch the gateway acknowledged before the removal
// still lands, although the stream sees it only after the removal.
func TestAbuseRemovedDeviceRecordWrittenStraightToTopic(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	gw := e.gateway(ingest.LedgerRegistry{Store: e.store})
	if code := post(t, gw, e.batch(1, minute0, 60)); code != 200 {
		t.Fatalf("batch before the removal: %d", code)
	}
	if err := e.store.RemoveDevice(context.Background(), e.owner, e.dev.String()); err != nil {
		t.Fatal(err)
	}
	if code := post(t, gw, e.zeroSigned(2)); code != 403 {
		t.Fatalf("removed device at the gateway: %d, want 403", code)
	}
	e.produceRecords(e.record(e.zeroSigned(2)))

	m := e.runUntil(wh, 2)
	c, _ := wh.Counts(context.Background())
	if c.Batches != 1 || c.Readings != 61 {
		t.Fatalf("warehouse holds %+v, want only the acknowledged batch (61 readings)", c)
	}
	if dl, un := testutil.ToFloat64(m.DeadLetters), testutil.ToFloat64(m.Unauthenticated); dl != 1 || un != 1 {
		t.Fatalf("%v dead letters, %v unauthenticated; want 1 and 1", dl, un)
	}
}

// Anyone who can read the topic can copy a genuine record. Copied as it is,
// it is the same batch and is stored once; its tag cannot carry other
// readings, another sequence, another device or another acceptance time.
func TestAbuseReplayedGenuineRecord(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	gw := e.gateway(ingest.LedgerRegistry{Store: e.store})
	if code := post(t, gw, e.batch(1, minute0, 60)); code != 200 {
		t.Fatalf("genuine batch: %d", code)
	}
	genuine := e.readFrames(1)[0]
	copyOf := func(change func(r *kgo.Record)) *kgo.Record {
		r := &kgo.Record{Key: bytes.Clone(genuine.Key), Value: bytes.Clone(genuine.Value)}
		for _, h := range genuine.Headers {
			r.Headers = append(r.Headers, kgo.RecordHeader{Key: h.Key, Value: bytes.Clone(h.Value)})
		}
		change(r)
		return r
	}
	tag := func(r *kgo.Record) []byte { return r.Headers[len(r.Headers)-1].Value }
	e.produceRecords(
		copyOf(func(*kgo.Record) {}),
		copyOf(func(*kgo.Record) {}),
		copyOf(func(r *kgo.Record) { r.Value = e.batch(1, minute0, 61) }),                            // other readings
		copyOf(func(r *kgo.Record) { r.Value = e.batch(2, minute0.Add(time.Hour), 60) }),             // another sequence
		copyOf(func(r *kgo.Record) { tag(r)[7] ^= 1 }),                                               // re-dated
		copyOf(func(r *kgo.Record) { r.Key = []byte(strings.Repeat("0", 2*len(frame.DeviceID{}))) }), // another device
	)

	m := e.runUntil(wh, 7)
	c, _ := wh.Counts(context.Background())
	if c.Batches != 1 || c.Readings != 61 {
		t.Fatalf("warehouse holds %+v, want the genuine batch once", c)
	}
	if dup, un := testutil.ToFloat64(m.BatchesDuplicate), testutil.ToFloat64(m.Unauthenticated); dup != 2 || un != 4 {
		t.Fatalf("%v duplicates, %v unauthenticated; want 2 and 4", dup, un)
	}
}

// rekeyed is the ledger with the device's key replaced, as when a device is
// re-keyed: the gateway checks new batches against the new key.
type rekeyed struct {
	ingest.LedgerRegistry
	key ed25519.PublicKey
}

func (r *rekeyed) Device(ctx context.Context, id string) (ingest.Device, error) {
	d, err := r.LedgerRegistry.Device(ctx, id)
	if r.key != nil {
		d.PublicKey = r.key
	}
	return d, err
}

// A batch accepted under a device's old key still lands after the key
// changed, one under the new key lands too, and the old key signs nothing
// more: not through the gateway, not straight onto the topic.
func TestAbuseReKeyedDeviceOldKeyStraightToTopic(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	reg := &rekeyed{LedgerRegistry: ingest.LedgerRegistry{Store: e.store}}
	gw := e.gateway(reg)
	if code := post(t, gw, e.batch(1, minute0, 60)); code != 200 {
		t.Fatalf("old key before the change: %d", code)
	}
	oldKey := e.key
	e.key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{2}, 32))
	reg.key = e.key.Public().(ed25519.PublicKey)
	if code := post(t, gw, e.batch(2, minute0.Add(time.Minute), 60)); code != 200 {
		t.Fatalf("new key: %d", code)
	}
	e.key = oldKey
	if code := post(t, gw, e.batch(3, minute0.Add(2*time.Minute), 60)); code != 401 {
		t.Fatalf("old key after the change: %d, want 401", code)
	}
	e.produceRecords(e.record(e.batch(3, minute0.Add(2*time.Minute), 60)))

	m := e.runUntil(wh, 3)
	if c, _ := wh.Counts(context.Background()); c.Batches != 2 || c.Readings != 2*61 {
		t.Fatalf("warehouse holds %+v, want the two accepted batches", c)
	}
	if un := testutil.ToFloat64(m.Unauthenticated); un != 1 {
		t.Fatalf("%v unauthenticated, want 1", un)
	}
}

// A record tagged as accepted whose one channel runs 49 days past its frame
// start (as an older gateway let through) is dead-lettered, keeping its tag
// so it could be put back on the topic as it was.
func TestAbuseSamplesFarInFuture(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	hr := make([]uint16, 0xffff)
	for i := range hr {
		hr[i] = 70
	}
	var enc frame.Encoder
	enc.Reset(e.dev, 1)
	enc.AddFrame(time.Now().UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 0xffff, Raw: hr})
	far, err := enc.Sign(e.key)
	if err != nil {
		t.Fatal(err)
	}
	e.produce(far)

	m := e.runUntil(wh, 1)
	if c, _ := wh.Counts(context.Background()); c.Batches != 0 {
		t.Fatalf("warehouse holds %+v, want nothing", c)
	}
	if dl, un := testutil.ToFloat64(m.DeadLetters), testutil.ToFloat64(m.Unauthenticated); dl != 1 || un != 0 {
		t.Fatalf("%v dead letters, %v unauthenticated; want 1 and 0", dl, un)
	}
	dl := e.deadLetters(1)
	if len(dl) != 1 || !strings.Contains(header(dl[0], "reason"), "after the accepted window") {
		t.Fatalf("dead letters %v", dl)
	}
	if _, err := e.rkey.Open(dl[0]); err != nil {
		t.Fatalf("the dead letter lost its tag: %v", err)
	}
}

// A record tagged as accepted that stamps 60,000 heart-rate values on one
// minute (as an older gateway let through, or an upload path that did not
// cap) is dead-lettered with the rule it broke, not stored: the warehouse
// would have held every value and a minute rollup of n = 60,000.
func TestAbuseTooManySamplesInOneMinute(t *testing.T) {
	e := newEnv(t)
	wh := e.openWarehouse()
	defer wh.Close()
	hr := make([]uint16, 60_000)
	for i := range hr {
		hr[i] = 70
	}
	var enc frame.Encoder
	enc.Reset(e.dev, 1)
	enc.AddFrame(time.Now().Add(-10*time.Minute).Truncate(time.Minute).UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 1, Raw: hr})
	dense, err := enc.Sign(e.key)
	if err != nil {
		t.Fatal(err)
	}
	e.produce(dense)

	m := e.runUntil(wh, 1)
	if c, _ := wh.Counts(context.Background()); c.Batches != 0 || c.Readings != 0 {
		t.Fatalf("warehouse holds %+v, want nothing", c)
	}
	if dl := testutil.ToFloat64(m.DeadLetters); dl != 1 {
		t.Fatalf("%v dead letters, want 1", dl)
	}
	if dl := e.deadLetters(1); len(dl) != 1 || !strings.Contains(header(dl[0], "reason"), "at most 300 a minute") {
		t.Fatalf("dead letters %v", dl)
	}
}
