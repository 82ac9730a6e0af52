package ingest

import (
	"bytes"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"strings"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"

	"rhd.dev/firmware/frame"
)

// Broker is the embedded MQTT broker (mochi-mqtt) rhd dev runs for devices
// that speak MQTT. Its rules keep devices apart: anyone may publish to a
// device's frames topic (the batch's signature decides) and read a status
// topic, but only the bridge's account reads frames (they are readings) and
// publishes answers (a forged 200 would make a device drop a batch).
type Broker struct {
	srv  *mqtt.Server
	addr string
}

// BrokerConfig configures the embedded broker.
type BrokerConfig struct {
	Addr                       string // host:port; port 0 picks one
	BridgeUser, BridgePassword string // the bridge's account
	Logger                     *slog.Logger
}

// StartBroker listens on cfg.Addr.
func StartBroker(cfg BrokerConfig) (*Broker, error) {
	if cfg.BridgeUser == "" || len(cfg.BridgePassword) < 16 {
		return nil, fmt.Errorf("ingest: the embedded broker needs a bridge account with a password of 16 characters or more")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	caps := mqtt.NewDefaultServerCapabilities()
	caps.MaximumPacketSize = frame.MaxBatchSize + 1024 // a batch and its topic
	caps.MaximumSessionExpiryInterval = 24 * 3600      // a device away for a day starts afresh
	caps.MaximumClientWritesPending = 1024
	// A session holds at most this many unacknowledged batches (mochi's
	// default, 8,192 of up to 1 MiB, let anyone fill an away bridge's
	// session with gigabytes). It matches the bridge's own InFlight; a
	// device whose batch was dropped publishes it again.
	caps.MaximumInflight = 256
	srv := mqtt.New(&mqtt.Options{Capabilities: caps, Logger: cfg.Logger.With("component", "mqtt")})
	if err := srv.AddHook(&brokerRules{user: []byte(cfg.BridgeUser), password: []byte(cfg.BridgePassword), clients: srv.Clients}, nil); err != nil {
		return nil, err
	}
	l := listeners.NewTCP(listeners.Config{ID: "devices", Address: cfg.Addr})
	if err := srv.AddListener(l); err != nil {
		return nil, fmt.Errorf("ingest: mqtt listener %s: %w", cfg.Addr, err)
	}
	if err := srv.Serve(); err != nil {
		srv.Close()
		return nil, err
	}
	return &Broker{srv: srv, addr: l.Address()}, nil
}

// Addr is where the broker listens.
func (b *Broker) Addr() string { return b.addr }

// Close disconnects every client and stops listening.
func (b *Broker) Close() error { return b.srv.Close() }

// brokerRules authenticates the bridge and applies the topic rules.
type brokerRules struct {
	mqtt.HookBase
	user, password []byte
	clients        *mqtt.Clients
}

func (h *brokerRules) ID() string { return "rhd-rules" }

func (h *brokerRules) Provides(b byte) bool {
	return b == mqtt.OnConnectAuthenticate || b == mqtt.OnACLCheck
}

func (h *brokerRules) bridge(cl *mqtt.Client) bool {
	return bytes.Equal(cl.Properties.Username, h.user)
}

// OnConnectAuthenticate lets devices in without an account; whoever names
// the bridge's account must know its password. A connection under a
// session's client id takes the session over, with the batches queued for
// it (sent on without the topic rules): only the bridge's account may take
// over a session of the bridge's account.
func (h *brokerRules) OnConnectAuthenticate(cl *mqtt.Client, pk packets.Packet) bool {
	if !bytes.Equal(pk.Connect.Username, h.user) {
		old, ok := h.clients.Get(cl.ID)
		return !ok || !h.bridge(old)
	}
	return subtle.ConstantTimeCompare(pk.Connect.Password, h.password) == 1
}

func (h *brokerRules) OnACLCheck(cl *mqtt.Client, topic string, write bool) bool {
	if h.bridge(cl) {
		return true
	}
	device, rest, ok := strings.Cut(strings.TrimPrefix(topic, mqttPrefix), "/")
	if !strings.HasPrefix(topic, mqttPrefix) || !ok {
		return false
	}
	if _, err := frame.ParseDeviceID(device); err != nil {
		return false
	}
	switch rest {
	case "frames":
		return write
	case "status":
		return !write
	}
	return false
}
