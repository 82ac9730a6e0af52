package ingest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/subtle"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/listeners"
	"github.com/mochi-mqtt/server/v2/packets"

	"rhd.dev/firmware/frame"
)

// Broker is the embedded MQTT broker (mochi-mqtt) rhd dev runs for devices
// that speak MQTT. Its rules keep devices apart: a device connects only
// with a fresh signature by its registered, non-removed key (see
// frame.MQTTPassword) and may then publish to its own frames topic and read
// its own status topic; only the bridge's account reads frames (they are
// readings) and publishes answers (a forged 200 would make a device drop a
// batch). Without the CONNECT check anyone knowing a device id could take
// the device's session over (MQTT's same-client-id rule) and keep it off.
type Broker struct {
	srv  *mqtt.Server
	addr string
}

// BrokerConfig configures the embedded broker.
type BrokerConfig struct {
	Addr                       string // host:port; port 0 picks one
	BridgeUser, BridgePassword string // the bridge's account
	// Devices answers which key a device registered and whether it was
	// removed; it is asked at every device CONNECT.
	Devices DeviceLookup
	// ConnectWindow bounds how far a CONNECT password's time may be from
	// the broker's clock; default MQTTConnectWindow.
	ConnectWindow time.Duration
	// ConnectTimeout bounds how long a connection may take to send its
	// CONNECT; default MQTTConnectTimeout.
	ConnectTimeout time.Duration
	Now            func() time.Time // default time.Now; tests move the clock
	Logger         *slog.Logger
}

// DeviceLookup is what the broker asks about a device at CONNECT; a
// Registry is one.
type DeviceLookup interface {
	Device(ctx context.Context, id string) (Device, error)
}

// MQTTConnectWindow is how far a device's CONNECT time may be from the
// broker's clock: wide enough for a device clock a little off, narrow
// enough that a password seen once is soon worthless (and within the
// window a password works only once, see deviceAuth).
const MQTTConnectWindow = 2 * time.Minute

// Before a client has sent its CONNECT nobody knows who it is, so what it
// may hold is kept small: MQTTConnectTimeout to send it, a CONNECT of at
// most MQTTMaxConnect bytes (a device's is a few hundred; mochi would
// otherwise allocate the full 1 MiB a batch may take as soon as the header
// announces it), and at most MQTTPendingPerIP such connections per address.
const (
	MQTTConnectTimeout = 10 * time.Second
	MQTTMaxConnect     = 4 << 10
	MQTTPendingPerIP   = 32
)

// StartBroker listens on cfg.Addr.
func StartBroker(cfg BrokerConfig) (*Broker, error) {
	if cfg.BridgeUser == "" || len(cfg.BridgePassword) < 16 {
		return nil, fmt.Errorf("ingest: the embedded broker needs a bridge account with a password of 16 characters or more")
	}
	if cfg.Devices == nil {
		return nil, fmt.Errorf("ingest: the embedded broker needs the device registry to authenticate devices")
	}
	if cfg.ConnectWindow <= 0 {
		cfg.ConnectWindow = MQTTConnectWindow
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = MQTTConnectTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
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
	if err := srv.AddHook(&brokerRules{user: []byte(cfg.BridgeUser), password: []byte(cfg.BridgePassword), clients: srv.Clients,
		devices: cfg.Devices, window: cfg.ConnectWindow, now: cfg.Now, log: cfg.Logger, last: map[string]int64{}}, nil); err != nil {
		return nil, err
	}
	nl, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("ingest: mqtt listener %s: %w", cfg.Addr, err)
	}
	l := listeners.NewNet("devices", &guardListener{Listener: nl, timeout: cfg.ConnectTimeout, pending: map[string]int{}})
	if err := srv.AddListener(l); err != nil {
		nl.Close()
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

// brokerRules authenticates the bridge and devices and applies the topic rules.
type brokerRules struct {
	mqtt.HookBase
	user, password []byte
	clients        *mqtt.Clients
	devices        DeviceLookup
	window         time.Duration
	now            func() time.Time
	log            *slog.Logger

	mu   sync.Mutex
	last map[string]int64 // device id → time (ms) of its last accepted CONNECT
}

func (h *brokerRules) ID() string { return "rhd-rules" }

func (h *brokerRules) Provides(b byte) bool {
	return b == mqtt.OnConnectAuthenticate || b == mqtt.OnACLCheck || b == mqtt.OnPublish
}

func (h *brokerRules) bridge(cl *mqtt.Client) bool {
	return bytes.Equal(cl.Properties.Username, h.user)
}

// OnConnectAuthenticate lets in the bridge with its password and a device
// with a fresh signature by its key. A connection under a session's client
// id takes the session over, with what is queued for it: only the bridge's
// account may take over a session of the bridge's account, and a device's
// client id is bound to its id, so only the device itself takes over its
// own session.
func (h *brokerRules) OnConnectAuthenticate(cl *mqtt.Client, pk packets.Packet) bool {
	if bytes.Equal(pk.Connect.Username, h.user) {
		return subtle.ConstantTimeCompare(pk.Connect.Password, h.password) == 1
	}
	if old, ok := h.clients.Get(cl.ID); ok && h.bridge(old) {
		return false
	}
	// mochi publishes a Will without asking OnACLCheck: a device's Will on
	// another device's status topic would deliver a forged answer.
	if pk.Connect.WillFlag {
		h.log.Info("ingest: mqtt connect refused", "client", cl.ID, "remote", cl.Net.Remote, "err", "a device may not set a will")
		return false
	}
	if err := h.deviceAuth(cl.ID, string(pk.Connect.Username), string(pk.Connect.Password)); err != nil {
		h.log.Info("ingest: mqtt connect refused", "client", cl.ID, "remote", cl.Net.Remote, "err", err)
		return false
	}
	return true
}

// deviceAuth checks a device's CONNECT: client id bound to the device id,
// a time within the window and later than the device's last accepted one,
// and a signature by the registered key of a device not removed.
func (h *brokerRules) deviceAuth(clientID, user, password string) error {
	id, err := frame.ParseDeviceID(user)
	if err != nil {
		return fmt.Errorf("username is not a device id")
	}
	if clientID != frame.MQTTClientID(id) {
		return fmt.Errorf("client id is not %s", frame.MQTTClientID(id))
	}
	ms, sig, err := frame.ParseMQTTPassword(password)
	if err != nil {
		return err
	}
	now := h.now()
	if d := now.Sub(time.UnixMilli(ms)); d > h.window || d < -h.window {
		return fmt.Errorf("password time is %v from the broker's clock, beyond %v", d.Round(time.Second), h.window)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	d, err := h.devices.Device(ctx, user)
	if err != nil {
		return err
	}
	if d.Removed {
		return fmt.Errorf("device was removed")
	}
	if len(d.PublicKey) != ed25519.PublicKeySize || !ed25519.Verify(d.PublicKey, frame.MQTTConnectMessage(clientID, ms), sig) {
		return fmt.Errorf("signature does not verify")
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if ms <= h.last[user] {
		return fmt.Errorf("password was used before")
	}
	h.last[user] = ms
	if len(h.last) > 1024 && len(h.last)&1023 == 0 {
		// Times older than the window are refused anyway: forget them,
		// so the map holds only devices that connected lately.
		cut := now.Add(-h.window).UnixMilli()
		for k, v := range h.last {
			if v < cut {
				delete(h.last, k)
			}
		}
	}
	return nil
}

func (h *brokerRules) OnACLCheck(cl *mqtt.Client, topic string, write bool) bool {
	if h.bridge(cl) {
		return true
	}
	device, rest, ok := strings.Cut(strings.TrimPrefix(topic, mqttPrefix), "/")
	if !strings.HasPrefix(topic, mqttPrefix) || !ok {
		return false
	}
	// A device reaches only its own topics (its username was checked at
	// CONNECT): another device's status would tell it that device's answers.
	if device != string(cl.Properties.Username) {
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

// OnPublish keeps nothing a device publishes as retained: a retained
// message is handed to every later subscriber and held (up to 1 MiB each)
// until replaced, and devices have no use for it.
func (h *brokerRules) OnPublish(cl *mqtt.Client, pk packets.Packet) (packets.Packet, error) {
	if !h.bridge(cl) {
		pk.FixedHeader.Retain = false
	}
	return pk, nil
}

// guardListener bounds what a connection holds before its CONNECT is in:
// a deadline (mochi replaces it with the keepalive once the CONNECT is
// read), a CONNECT size cap, and a cap on such connections per address.
type guardListener struct {
	net.Listener
	timeout time.Duration

	mu      sync.Mutex
	pending map[string]int // remote address → connections whose CONNECT is not in yet
}

func (l *guardListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := c.RemoteAddr().String()
		if host, _, err := net.SplitHostPort(ip); err == nil {
			ip = host
		}
		l.mu.Lock()
		full := l.pending[ip] >= MQTTPendingPerIP
		if !full {
			l.pending[ip]++
		}
		l.mu.Unlock()
		if full {
			c.Close()
			continue
		}
		_ = c.SetDeadline(time.Now().Add(l.timeout))
		return &guardConn{Conn: c, l: l, ip: ip}, nil
	}
}

func (l *guardListener) done(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.pending[ip]--; l.pending[ip] <= 0 {
		delete(l.pending, ip)
	}
}

// guardConn reads the first packet's fixed header itself, refuses it unless
// it is a CONNECT of at most MQTTMaxConnect bytes, and hands it on.
type guardConn struct {
	net.Conn
	l       *guardListener
	ip      string
	once    sync.Once
	checked bool
	hdr     []byte // the fixed header, still to hand on
	left    int    // bytes of the CONNECT not yet handed on
	err     error
}

// errBadConnect ends a connection whose first packet is not a small CONNECT.
var errBadConnect = fmt.Errorf("ingest: mqtt first packet is not a CONNECT of at most %d bytes", MQTTMaxConnect)

func (c *guardConn) Read(p []byte) (int, error) {
	if !c.checked {
		c.checked = true
		c.err = c.readHeader()
		if c.err != nil {
			c.release()
		}
	}
	if c.err != nil {
		return 0, c.err
	}
	if len(c.hdr) > 0 {
		n := copy(p, c.hdr)
		c.hdr = c.hdr[n:]
		c.count(n)
		return n, nil
	}
	n, err := c.Conn.Read(p)
	c.count(n)
	return n, err
}

func (c *guardConn) readHeader() error {
	var b [1]byte
	if _, err := io.ReadFull(c.Conn, b[:]); err != nil {
		return err
	}
	if b[0] != packets.Connect<<4 {
		return errBadConnect
	}
	c.hdr = append(c.hdr, b[0])
	remaining, mul := 0, 1
	for i := 0; ; i++ {
		if i == 4 {
			return errBadConnect
		}
		if _, err := io.ReadFull(c.Conn, b[:]); err != nil {
			return err
		}
		c.hdr = append(c.hdr, b[0])
		remaining += int(b[0]&127) * mul
		mul *= 128
		if b[0]&128 == 0 {
			break
		}
	}
	if remaining > MQTTMaxConnect {
		return errBadConnect
	}
	c.left = len(c.hdr) + remaining
	return nil
}

// count notes n bytes handed on; once the whole CONNECT is, the connection
// no longer counts against its address.
func (c *guardConn) count(n int) {
	if c.left > 0 {
		if c.left -= n; c.left <= 0 {
			c.release()
		}
	}
}

func (c *guardConn) release() { c.once.Do(func() { c.l.done(c.ip) }) }

func (c *guardConn) Close() error {
	c.release()
	return c.Conn.Close()
}
