// Package ingest is the device gateway: it authenticates signed frame batches,
// rejects replays and implausible readings, and produces each accepted batch
// to Kafka, tagged as accepted (recordauth), answering the device only after
// the broker acknowledged it.
package ingest

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"rhd.dev/firmware/frame"
	"rhd.dev/ingest/recordauth"
	"rhd.dev/kafka"
)

// Device is what the gateway needs to know about a paired device.
type Device struct {
	PublicKey ed25519.PublicKey
	LastSeq   uint64 // highest sequence accepted so far (as last saved)
	Removed   bool
}

// Progress is a device's highest accepted sequence and when it was last seen.
type Progress struct {
	LastSeq  uint64
	LastSeen time.Time
}

// ErrUnknownDevice is returned by a Registry for a device that was never paired.
var ErrUnknownDevice = errors.New("ingest: unknown device")

// Registry is the gateway's view of the ledger.
type Registry interface {
	Device(ctx context.Context, id string) (Device, error)
	SaveProgress(ctx context.Context, progress map[string]Progress) error
	// Pair consumes a pairing code and registers the device key; it returns the new device id.
	Pair(ctx context.Context, code, serial string, pub ed25519.PublicKey) (deviceID string, err error)
}

// Config configures a Gateway.
type Config struct {
	Brokers  []string
	Topic    string // default kafka.FramesTopic
	Registry Registry
	// RecordKey tags every produced record as accepted; the stream stores
	// only records whose tag verifies.
	RecordKey *recordauth.Key
	Metrics   *Metrics
	Logger    *slog.Logger
	// MaxBufferedBytes bounds the producer buffer; beyond it the gateway
	// answers 429. Default 64 MiB.
	MaxBufferedBytes int
	// KeyTTL is how long a device's key and removal state are cached; default 30 s.
	KeyTTL time.Duration
	// RepeatedMinutes turns off the per-device count of samples per
	// minute across batches (recentMinutes); each batch is still held to
	// frame.MaxSamplesPerMinute. Only load generators set it: rhd bench's
	// devices put their latest minutes in every batch, many times a second.
	RepeatedMinutes bool
	// AfterProduce, if set, runs after the broker acknowledged a batch and
	// before the device is answered. Crash tests use it.
	AfterProduce func(w http.ResponseWriter)
	KafkaOpts    []kgo.Opt
	Now          func() time.Time
}

// ProducerOpts are the gateway's Kafka producer settings; benchmarks that
// hold the gateway against a raw producer use the same ones.
func ProducerOpts(brokers []string, topic string) []kgo.Opt {
	return []kgo.Opt{
		kgo.SeedBrokers(brokers...),
		kgo.DefaultProduceTopic(topic),
		kgo.RequiredAcks(kgo.AllISRAcks()), // idempotent writes need all ISR acks
		kgo.ProducerBatchCompression(kgo.Lz4Compression(), kgo.NoCompression()),
		kgo.ProducerBatchMaxBytes(kafka.ProducerBatchBytes),
		kgo.RecordPartitioner(kgo.StickyKeyPartitioner(nil)),
		// A device waits for its answer, which waits for the broker: do not
		// linger (franz-go's default is 10 ms per batch). Records still
		// coalesce while the one in-flight produce request is out.
		kgo.ProducerLinger(0),
	}
}

// Gateway is the HTTP device gateway. It is an http.Handler.
type Gateway struct {
	cfg Config
	cl  *kgo.Client
	mux *http.ServeMux

	pairs *attemptLimiter

	mu      sync.Mutex
	devices map[string]*deviceState
	dirty   map[string]Progress

	bufs sync.Pool
}

// deviceState is the gateway's authoritative memory of one device. Its mutex
// serializes that device's requests, so a sequence is checked and advanced
// atomically around the produce.
type deviceState struct {
	mu       sync.Mutex
	key      deviceKey
	removed  bool
	loadedAt time.Time
	lastSeq  uint64
	recent   recentMinutes // samples per recent (metric, minute), see recentMinutes
}

// NewGateway connects the producer.
func NewGateway(cfg Config) (*Gateway, error) {
	if cfg.Topic == "" {
		cfg.Topic = kafka.FramesTopic
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics(nil)
	}
	if cfg.MaxBufferedBytes <= 0 {
		cfg.MaxBufferedBytes = 64 << 20
	}
	if cfg.KeyTTL <= 0 {
		cfg.KeyTTL = 30 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Registry == nil || cfg.RecordKey == nil || len(cfg.Brokers) == 0 {
		return nil, errors.New("ingest: brokers, a device registry and a record key are required")
	}
	opts := append(ProducerOpts(cfg.Brokers, cfg.Topic), kgo.MaxBufferedBytes(cfg.MaxBufferedBytes))
	opts = append(opts, cfg.KafkaOpts...)
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, fmt.Errorf("ingest: kafka client: %w", err)
	}
	g := &Gateway{cfg: cfg, cl: cl, pairs: newPairLimiter(), devices: map[string]*deviceState{}, dirty: map[string]Progress{}}
	g.bufs.New = func() any { b := make([]byte, 0, 64<<10); return &b }
	g.mux = http.NewServeMux()
	g.mux.HandleFunc("POST /v1/frames", g.handleFrames)
	g.mux.HandleFunc("POST /v1/pair", g.handlePair)
	g.mux.HandleFunc("GET /healthz", g.handleHealth)
	return g, nil
}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) { g.mux.ServeHTTP(w, r) }

// Run saves device progress to the registry every interval until ctx ends,
// then flushes the producer and saves once more.
func (g *Gateway) Run(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return g.saveProgress(context.WithoutCancel(ctx))
		case <-t.C:
			if err := g.saveProgress(ctx); err != nil {
				g.cfg.Logger.Warn("ingest: saving device progress", "err", err)
			}
		}
	}
}

// Close flushes and closes the producer. Device progress is saved by Run.
// Registry is the registry the gateway checks devices against; the
// embedded MQTT broker authenticates devices with it.
func (g *Gateway) Registry() Registry { return g.cfg.Registry }

func (g *Gateway) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	g.cl.Flush(ctx)
	g.cl.Close()
}

func (g *Gateway) saveProgress(ctx context.Context) error {
	g.mu.Lock()
	if len(g.dirty) == 0 {
		g.mu.Unlock()
		return nil
	}
	batch := g.dirty
	g.dirty = map[string]Progress{}
	g.mu.Unlock()
	if err := g.cfg.Registry.SaveProgress(ctx, batch); err != nil {
		g.mu.Lock()
		for id, p := range batch { // keep for the next attempt unless newer
			if cur, ok := g.dirty[id]; !ok || cur.LastSeq < p.LastSeq {
				g.dirty[id] = p
			}
		}
		g.mu.Unlock()
		return err
	}
	return nil
}

// apiError is every error answer's body.
type apiError struct {
	Error  string `json:"error"`
	Offset *int   `json:"offset,omitempty"`
	// LastSeq tells a device whose sequence was refused what was accepted.
	LastSeq *uint64 `json:"last_seq,omitempty"`
}

func (g *Gateway) reject(w http.ResponseWriter, status int, reason string, e apiError) {
	g.cfg.Metrics.Rejected.WithLabelValues(reason).Inc()
	writeJSON(w, status, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (g *Gateway) handleFrames(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/x-rhd-frames" && ct != "application/octet-stream" {
		g.reject(w, http.StatusUnsupportedMediaType, "content_type", apiError{Error: "content type must be application/x-rhd-frames, got " + ct})
		return
	}
	bp := g.bufs.Get().(*[]byte)
	defer g.bufs.Put(bp)
	body, err := readBody(r, (*bp)[:0])
	*bp = body[:0]
	if err != nil {
		g.reject(w, http.StatusRequestEntityTooLarge, "too_large", apiError{Error: err.Error()})
		return
	}
	a := g.Accept(r.Context(), body)
	if a.Status == http.StatusOK && g.cfg.AfterProduce != nil {
		g.cfg.AfterProduce(w)
	}
	if a.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(a.RetryAfter))
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(a.Status)
	w.Write(a.Body)
}

// Answer is the gateway's answer to one batch, whatever carried it: an
// HTTP status code, its JSON body and, for 429 and 503, the seconds to wait.
type Answer struct {
	Status     int
	Body       []byte
	RetryAfter int
	Seq        uint64 // the batch's sequence, when it could be read
}

func (g *Gateway) refuse(status int, reason string, e apiError, retryAfter int) Answer {
	g.cfg.Metrics.Rejected.WithLabelValues(reason).Inc()
	b, _ := json.Marshal(e)
	return Answer{Status: status, Body: append(b, '\n'), RetryAfter: retryAfter}
}

// Accept runs every check of a device batch — structure, pairing, removal,
// signature, ranges, replay — and produces an accepted one to Kafka tagged
// as accepted, returning only after the broker acknowledged it. The HTTP
// and MQTT uplinks both answer with what it returns.
func (g *Gateway) Accept(ctx context.Context, body []byte) Answer {
	a := g.accept(ctx, body)
	if a.Seq == 0 && len(body) >= HeaderSeqEnd {
		a.Seq = binary.LittleEndian.Uint64(body[20:HeaderSeqEnd])
	}
	return a
}

// HeaderSeqEnd is where a batch's sequence number ends (FRAME.md).
const HeaderSeqEnd = 28

func (g *Gateway) accept(ctx context.Context, body []byte) Answer {
	b, err := frame.Parse(body)
	if err != nil {
		e := apiError{Error: err.Error()}
		var fe *frame.Error
		if errors.As(err, &fe) && fe.Offset >= 0 {
			e.Offset = &fe.Offset
		}
		return g.refuse(http.StatusBadRequest, "malformed", e, 0)
	}
	id := b.Device().String()
	st, err := g.device(ctx, id)
	switch {
	case errors.Is(err, ErrUnknownDevice):
		return g.refuse(http.StatusUnauthorized, "unknown_device", apiError{Error: "device " + id + " is not paired"}, 0)
	case err != nil:
		g.cfg.Logger.Error("ingest: device lookup", "device", id, "err", err)
		return g.refuse(http.StatusServiceUnavailable, "registry", apiError{Error: "device registry unavailable, retry later"}, 1)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.removed {
		return g.refuse(http.StatusForbidden, "removed_device", apiError{Error: "device " + id + " was removed by its owner"}, 0)
	}
	if !st.key.verify(b) {
		return g.refuse(http.StatusUnauthorized, "bad_signature", apiError{Error: "signature does not verify with the key registered for device " + id}, 0)
	}
	now := g.cfg.Now()
	lo, hi := frame.AcceptWindow(now.UnixMilli())
	if err := b.Validate(lo, hi); err != nil {
		e := apiError{Error: err.Error()}
		var fe *frame.Error
		if errors.As(err, &fe) && fe.Offset >= 0 {
			e.Offset = &fe.Offset
		}
		if errors.Is(err, frame.ErrTooDense) {
			return g.refuse(http.StatusUnprocessableEntity, "too_dense", e, 0)
		}
		return g.refuse(http.StatusUnprocessableEntity, "out_of_range", e, 0)
	}
	if seq := b.Seq(); seq <= st.lastSeq {
		last := st.lastSeq
		return g.refuse(http.StatusConflict, "replay", apiError{Error: fmt.Sprintf("sequence %d was already accepted (last accepted %d)", seq, last), LastSeq: &last}, 0)
	}
	recent := st.recent
	if !g.cfg.RepeatedMinutes {
		if recent, err = st.recent.add(b); err != nil {
			return g.refuse(http.StatusUnprocessableEntity, "too_dense", apiError{Error: err.Error()}, 0)
		}
	}

	start := time.Now()
	// The record keeps the bytes: the caller's buffer is reused after we answer.
	rec := &kgo.Record{Key: []byte(id), Value: body, Timestamp: now}
	g.cfg.RecordKey.Seal(rec, now)
	done := make(chan error, 1)
	g.cl.TryProduce(ctx, rec, func(_ *kgo.Record, err error) { done <- err })
	if err := <-done; err != nil {
		if errors.Is(err, kgo.ErrMaxBuffered) {
			return g.refuse(http.StatusTooManyRequests, "backpressure", apiError{Error: "gateway is busy, retry later"}, 1)
		}
		g.cfg.Logger.Warn("ingest: produce failed", "device", id, "err", err)
		return g.refuse(http.StatusServiceUnavailable, "produce", apiError{Error: "could not store the batch, retry later"}, 1)
	}
	g.cfg.Metrics.ProduceSeconds.Observe(time.Since(start).Seconds())
	st.lastSeq, st.recent = b.Seq(), recent
	g.mu.Lock()
	g.dirty[id] = Progress{LastSeq: st.lastSeq, LastSeen: now}
	g.mu.Unlock()
	samples := b.Samples()
	g.cfg.Metrics.Batches.Inc()
	g.cfg.Metrics.Frames.Add(float64(b.NumFrames()))
	g.cfg.Metrics.Samples.Add(float64(samples))
	return Answer{Status: http.StatusOK, Seq: b.Seq(),
		Body: []byte(`{"seq":` + strconv.FormatUint(b.Seq(), 10) + `,"frames":` + strconv.Itoa(b.NumFrames()) + `,"samples":` + strconv.Itoa(samples) + "}\n")}
}

// device returns the in-memory state of a device, loading it from the registry
// the first time and refreshing key and removal state after KeyTTL.
func (g *Gateway) device(ctx context.Context, id string) (*deviceState, error) {
	g.mu.Lock()
	st, ok := g.devices[id]
	g.mu.Unlock()
	if ok && g.cfg.Now().Sub(st.loadedAt) < g.cfg.KeyTTL {
		return st, nil
	}
	d, err := g.cfg.Registry.Device(ctx, id)
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if cur, ok := g.devices[id]; ok {
		cur.mu.Lock()
		if !cur.key.raw.Equal(d.PublicKey) { // a key is only rebuilt when it changed
			cur.key = newDeviceKey(d.PublicKey)
		}
		cur.removed, cur.loadedAt = d.Removed, g.cfg.Now()
		// The registry may lag behind what this gateway accepted; never go back.
		cur.lastSeq = max(cur.lastSeq, d.LastSeq)
		cur.mu.Unlock()
		return cur, nil
	}
	st = &deviceState{key: newDeviceKey(d.PublicKey), removed: d.Removed, loadedAt: g.cfg.Now(), lastSeq: d.LastSeq}
	g.devices[id] = st
	return st, nil
}

// readBody reads at most frame.MaxBatchSize bytes into buf.
func readBody(r *http.Request, buf []byte) ([]byte, error) {
	if r.ContentLength > frame.MaxBatchSize {
		return buf, fmt.Errorf("batch of %d bytes exceeds the %d byte limit", r.ContentLength, frame.MaxBatchSize)
	}
	lr := io.LimitReader(r.Body, frame.MaxBatchSize+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return buf, err
		}
	}
	if len(buf) > frame.MaxBatchSize {
		return buf, fmt.Errorf("batch exceeds the %d byte limit", frame.MaxBatchSize)
	}
	return buf, nil
}

type pairRequest struct {
	Code      string `json:"code"`
	Serial    string `json:"serial"`
	PublicKey []byte `json:"public_key"` // base64 in JSON
}

type pairResponse struct {
	DeviceID string `json:"device_id"`
}

// handlePair pairs a device with a code from the portal. Every attempt
// spends one of its address's (attemptLimiter); a pairing gives it back.
func (g *Gateway) handlePair(w http.ResponseWriter, r *http.Request) {
	from := clientPrefix(r)
	if ok, wait := g.pairs.take(from); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		writeJSON(w, http.StatusTooManyRequests, apiError{Error: "too many pairing attempts; try again later"})
		return
	}
	var req pairRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "body must be JSON {code, serial, public_key}: " + err.Error()})
		return
	}
	if len(req.PublicKey) != ed25519.PublicKeySize {
		writeJSON(w, http.StatusBadRequest, apiError{Error: fmt.Sprintf("public_key must be %d bytes (base64), got %d", ed25519.PublicKeySize, len(req.PublicKey))})
		return
	}
	id, err := g.cfg.Registry.Pair(r.Context(), req.Code, req.Serial, req.PublicKey)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Error: err.Error()})
		return
	}
	g.pairs.giveBack(from)
	writeJSON(w, http.StatusCreated, pairResponse{DeviceID: id})
}

func (g *Gateway) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := g.cl.Ping(ctx); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "kafka unreachable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// SetAfterProduce installs a hook that runs after the broker acknowledged a
// batch and before the device is answered (crash tests). Not for concurrent use
// with requests in flight.
func (g *Gateway) SetAfterProduce(fn func(http.ResponseWriter)) { g.cfg.AfterProduce = fn }
