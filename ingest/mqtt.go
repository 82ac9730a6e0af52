package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"rhd.dev/firmware/frame"
)

// Devices that speak MQTT publish each signed batch to
// rhd/devices/{device id}/frames with QoS 1; the bridge takes it through
// the gateway's own Accept — the same checks, the same produce-then-answer
// — and publishes the answer to rhd/devices/{device id}/status, where the
// device waits for it: a batch leaves the device's spool on status 200 or
// 409, exactly as over HTTP. The bridge is a client of any MQTT broker: the
// embedded one (Broker) or a third party's (Mosquitto).

// MQTTRoot is the default root of the device topics:
// {root}/{device id}/frames and {root}/{device id}/status.
const MQTTRoot = "rhd/devices"

const mqttPrefix = MQTTRoot + "/"

// MQTTAnswer is what the bridge publishes on a device's status topic: the
// gateway's HTTP status code and answer for the batch with that sequence.
type MQTTAnswer struct {
	Seq        uint64          `json:"seq"`
	Status     int             `json:"status"`
	RetryAfter int             `json:"retry_after,omitempty"` // seconds, for 429 and 503
	Answer     json.RawMessage `json:"answer"`
}

// MQTTConfig configures a Bridge.
type MQTTConfig struct {
	Broker   string // tcp://host:port
	Root     string // topic root, default MQTTRoot
	ClientID string // default rhd-ingest
	Username string // the bridge's account on the broker, if it has one
	Password string
	// InFlight bounds the batches being checked and produced at once.
	InFlight int // default 256
	Logger   *slog.Logger
	// AfterAccept, if set, runs after a batch was answered by the gateway
	// and before the answer is published; false drops the answer, as a
	// bridge that died there would. Crash tests use it.
	AfterAccept func(a Answer) bool
}

// Bridge subscribes to every device's frames topic and answers on its
// status topic.
type Bridge struct {
	g    *Gateway
	cfg  MQTTConfig
	cl   paho.Client
	sem  chan struct{}
	stop chan struct{}
	once sync.Once

	// mu orders onBatch's wg.Add against Close: a batch arriving after
	// Close began is not taken (Add during Wait would panic).
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

// NewBridge connects to the broker and starts taking batches through g.
// The session is persistent (clean session off, QoS 1), so batches
// published while the bridge was away are delivered when it is back.
func NewBridge(g *Gateway, cfg MQTTConfig) (*Bridge, error) {
	if cfg.ClientID == "" {
		cfg.ClientID = "rhd-ingest"
	}
	if cfg.Root == "" {
		cfg.Root = MQTTRoot
	}
	if cfg.InFlight <= 0 {
		cfg.InFlight = 256
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	b := &Bridge{g: g, cfg: cfg, sem: make(chan struct{}, cfg.InFlight), stop: make(chan struct{})}
	opts := paho.NewClientOptions().AddBroker(cfg.Broker).SetClientID(cfg.ClientID).
		SetUsername(cfg.Username).SetPassword(cfg.Password).
		SetCleanSession(false).SetOrderMatters(false).SetAutoReconnect(true).
		SetConnectRetry(true).SetConnectRetryInterval(time.Second).SetMaxReconnectInterval(10 * time.Second).
		SetOnConnectHandler(func(c paho.Client) {
			// Subscribe on every (re)connect: a broker may have lost the session.
			if t := c.Subscribe(cfg.Root+"/+/frames", 1, b.onBatch); t.Wait() && t.Error() != nil {
				cfg.Logger.Error("ingest: mqtt subscribe", "err", t.Error())
			}
		})
	b.cl = paho.NewClient(opts)
	t := b.cl.Connect()
	if !t.WaitTimeout(10*time.Second) || t.Error() != nil {
		b.cl.Disconnect(0)
		return nil, fmt.Errorf("ingest: mqtt broker %s: %v", cfg.Broker, errOr(t.Error(), errors.New("no answer in 10 s")))
	}
	return b, nil
}

func errOr(err, def error) error {
	if err != nil {
		return err
	}
	return def
}

// onBatch takes one published batch through the gateway and publishes the
// answer. paho acknowledges the message (PUBACK) when this returns, after
// Kafka acknowledged the batch: a bridge that dies before that gets the
// message again from the broker, and the warehouse stores a batch once.
func (b *Bridge) onBatch(_ paho.Client, m paho.Message) {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return // the device hears nothing and publishes again
	}
	b.wg.Add(1)
	b.mu.Unlock()
	defer b.wg.Done()
	select {
	case b.sem <- struct{}{}:
		defer func() { <-b.sem }()
	case <-b.stop:
		return // the device hears nothing and publishes again
	}
	device, ok := deviceOfTopic(b.cfg.Root, m.Topic())
	if !ok {
		return // not a device's frames topic: nobody to answer
	}
	var a Answer
	if pb, err := frame.Parse(m.Payload()); err == nil && pb.Device().String() != device {
		// A device answers for its own topic only: a batch of another
		// device here would let anyone read that device's answers.
		a = b.g.refuse(400, "topic_mismatch", apiError{Error: "the batch is device " + pb.Device().String() + "'s, published on " + device + "'s topic"}, 0)
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		a = b.g.Accept(ctx, m.Payload())
		cancel()
	}
	if b.cfg.AfterAccept != nil && !b.cfg.AfterAccept(a) {
		return
	}
	ans, _ := json.Marshal(MQTTAnswer{Seq: a.Seq, Status: a.Status, RetryAfter: a.RetryAfter, Answer: json.RawMessage(strings.TrimSpace(string(a.Body)))})
	if t := b.cl.Publish(b.cfg.Root+"/"+device+"/status", 1, false, ans); !t.WaitTimeout(10*time.Second) || t.Error() != nil {
		// The device hears nothing and publishes the batch again: a 409 then.
		b.cfg.Logger.Warn("ingest: mqtt answer not published", "device", device, "seq", a.Seq, "err", t.Error())
	}
}

// deviceOfTopic returns the device id of {root}/{id}/frames.
func deviceOfTopic(root, topic string) (string, bool) {
	rest, ok := strings.CutPrefix(topic, root+"/")
	if !ok {
		return "", false
	}
	id, ok := strings.CutSuffix(rest, "/frames")
	if !ok {
		return "", false
	}
	if _, err := frame.ParseDeviceID(id); err != nil {
		return "", false
	}
	return id, true
}

// Close stops taking batches, waits for those under way and disconnects.
// The subscription stays in the broker's session: what devices publish
// meanwhile waits there for the bridge's return.
func (b *Bridge) Close() {
	b.once.Do(func() {
		b.mu.Lock()
		b.closed = true
		close(b.stop)
		b.mu.Unlock()
		b.wg.Wait()
		b.cl.Disconnect(1000)
	})
}
