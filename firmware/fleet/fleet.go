// Package fleet runs many simulated devices in one process: each has its own
// identity, key, store-and-forward spool and uplink agent, and produces frames
// from the simulator as time passes (optionally catching up on a backlog
// faster than real time).
package fleet

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"rhd.dev/firmware/agent"
	"rhd.dev/firmware/frame"
	"rhd.dev/firmware/sim"
)

// Credentials are what a device keeps in its flash after pairing.
type Credentials struct {
	ID     string         `json:"device_id"`
	Type   sim.DeviceType `json:"type"`
	Serial string         `json:"serial"`
	Seed   uint64         `json:"seed"` // drives the simulated wearer
	Key    []byte         `json:"key"`  // Ed25519 private key
}

// Save writes the credentials to dir/device.json (mode 0600).
func (c Credentials) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(c, "", "  ")
	return os.WriteFile(filepath.Join(dir, "device.json"), b, 0o600)
}

// LoadCredentials reads dir/device.json.
func LoadCredentials(dir string) (Credentials, error) {
	var c Credentials
	b, err := os.ReadFile(filepath.Join(dir, "device.json"))
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("fleet: %s: %w", dir, err)
	}
	if len(c.Key) != ed25519.PrivateKeySize {
		return c, fmt.Errorf("fleet: %s: key has %d bytes", dir, len(c.Key))
	}
	return c, nil
}

// Config configures a Fleet.
type Config struct {
	Dir     string // one sub-directory per device (credentials, spool, clock)
	Gateway string // base URL of the ingest gateway (the http uplink)
	// MQTT, when set, is the broker (tcp://host:port) devices publish their
	// batches to instead of posting them to Gateway (the mqtt uplink).
	MQTT     string
	MQTTRoot string        // topic root; default agent.MQTTRoot
	Backfill time.Duration // a new device starts this far in the past
	Speed    float64       // simulated minutes per real minute while catching up; default 60
	// DetailFor is how far back devices hold full-resolution samples. Older
	// minutes of a backfill are sent as a wearable syncs its stored history:
	// one value per channel per minute (sim.Device.Summary), at 60× Speed.
	// Zero: every minute in full.
	DetailFor time.Duration
	MaxFrames int           // frames per batch; default 10
	SpoolMax  int           // batches per device spool; default 10000
	Tick      time.Duration // how often devices produce; default 1 s
	Logger    *slog.Logger
	Now       func() time.Time
}

// Fleet is a set of simulated devices.
type Fleet struct {
	cfg     Config
	client  *http.Client
	devices []*device
	frames  atomic.Uint64
	samples atomic.Uint64
	behind  atomic.Int64 // ms the furthest-behind device's clock trails real time, after the last round
}

type device struct {
	cred  Credentials
	dir   string
	sim   *sim.Device
	agent *agent.Agent
	next  int64       // start of the next minute to simulate, Unix ms
	live  atomic.Bool // caught up with real time at least once
}

// Open loads every device under cfg.Dir.
func Open(cfg Config) (*Fleet, error) {
	if cfg.Speed <= 0 {
		cfg.Speed = 60
	}
	if cfg.MaxFrames <= 0 {
		cfg.MaxFrames = 10
	}
	if cfg.SpoolMax <= 0 {
		cfg.SpoolMax = 10000
	}
	if cfg.Tick <= 0 {
		cfg.Tick = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	f := &Fleet{cfg: cfg, client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
	ents, err := os.ReadDir(cfg.Dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		d, err := f.load(filepath.Join(cfg.Dir, e.Name()))
		if err != nil {
			return nil, err
		}
		f.devices = append(f.devices, d)
	}
	return f, nil
}

// Len returns the number of devices.
func (f *Fleet) Len() int { return len(f.devices) }

// Counts returns frames and samples produced so far by this process.
func (f *Fleet) Counts() (frames, samples uint64) { return f.frames.Load(), f.samples.Load() }

// CaughtUp reports whether every device has simulated its history up to
// real time (it stays true once reached).
func (f *Fleet) CaughtUp() bool {
	for _, d := range f.devices {
		if !d.live.Load() {
			return false
		}
	}
	return true
}

// Behind returns how far the furthest-behind device's history trails real
// time: the catch-up still to go (zero once every device is live).
func (f *Fleet) Behind() time.Duration { return time.Duration(f.behind.Load()) * time.Millisecond }

// Pending returns batches waiting for acknowledgement across the fleet.
func (f *Fleet) Pending() int {
	n := 0
	for _, d := range f.devices {
		n += d.agent.Stats().Pending
	}
	return n
}

func (f *Fleet) load(dir string) (*device, error) {
	cred, err := LoadCredentials(dir)
	if err != nil {
		return nil, err
	}
	id, err := frame.ParseDeviceID(cred.ID)
	if err != nil {
		return nil, err
	}
	sp, err := agent.OpenDirSpool(filepath.Join(dir, "spool"), f.cfg.SpoolMax)
	if err != nil {
		return nil, err
	}
	var up agent.Uplink
	if f.cfg.MQTT != "" {
		mu, err := agent.DialMQTT(f.cfg.MQTT, f.cfg.MQTTRoot, id, ed25519.PrivateKey(cred.Key))
		if err != nil {
			return nil, err
		}
		up = mu
	}
	ag, err := agent.New(agent.Config{Gateway: f.cfg.Gateway, Uplink: up, Device: id, Key: ed25519.PrivateKey(cred.Key), Spool: sp,
		Client: f.client, MaxFrames: f.cfg.MaxFrames, Logger: f.cfg.Logger})
	if err != nil {
		return nil, err
	}
	d := &device{cred: cred, dir: dir, sim: sim.NewDevice(cred.Type, cred.Seed), agent: ag}
	if b, err := os.ReadFile(filepath.Join(dir, "clock")); err == nil {
		d.next, _ = strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	}
	if d.next == 0 {
		start := f.cfg.Now().Add(-f.cfg.Backfill).UnixMilli()
		d.next = start - start%sim.FrameMs
	}
	return d, nil
}

// Run produces frames and delivers them until ctx ends.
func (f *Fleet) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, d := range f.devices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.agent.Run(ctx); err != nil {
				f.cfg.Logger.Error("fleet: device uplink stopped", "device", d.cred.ID, "err", err)
			}
		}()
	}
	t := time.NewTicker(f.cfg.Tick)
	defer t.Stop()
	for {
		var behind int64
		for _, d := range f.devices {
			if err := f.produce(d); err != nil {
				f.cfg.Logger.Warn("fleet: device cannot record", "device", d.cred.ID, "err", err)
			}
			if !d.live.Load() {
				behind = max(behind, f.cfg.Now().UnixMilli()-d.next)
			}
		}
		f.behind.Store(behind)
		select {
		case <-ctx.Done():
			wg.Wait()
			return nil
		case <-t.C:
		}
	}
}

// produce simulates the device's minutes up to now, at most Speed minutes per
// real minute (60× as many history minutes, see Config.DetailFor), and seals
// them for upload.
func (f *Fleet) produce(d *device) error {
	now := f.cfg.Now().UnixMilli()
	budget := int64(max(1, int(f.cfg.Speed*f.cfg.Tick.Minutes()+0.5)))
	upTo, history := now, false
	if f.cfg.DetailFor > 0 {
		if detailFrom := now - f.cfg.DetailFor.Milliseconds(); d.next+sim.FrameMs <= detailFrom {
			upTo, history, budget = detailFrom, true, budget*historyMinutesPerMinute
		}
	}
	n := min(budget, (upTo-d.next)/sim.FrameMs)
	if n <= 0 {
		if !history {
			d.live.Store(true) // nothing left to catch up on
		}
		return nil
	}
	// The clock moves first: after a crash some minutes may be skipped, never sent twice.
	if err := writeClock(d.dir, d.next+n*sim.FrameMs); err != nil {
		return err
	}
	for ; n > 0; n-- {
		var series []frame.Series
		if history {
			series = d.sim.Summary(d.next)
		} else {
			series = d.sim.Minute(d.next)
		}
		d.next += sim.FrameMs
		if err := d.agent.Record(d.next-sim.FrameMs, series...); err != nil {
			return err
		}
		f.frames.Add(1)
		for _, s := range series {
			f.samples.Add(uint64(len(s.Raw)))
		}
	}
	if d.next+sim.FrameMs > now {
		// Caught up with real time: send what we have rather than wait for a full batch.
		if err := d.agent.Flush(); err != nil {
			return err
		}
		d.live.Store(true)
	}
	return nil
}

// historyMinutesPerMinute is how many history minutes (one value per
// channel) cost as much as one full-resolution minute.
const historyMinutesPerMinute = 60

func writeClock(dir string, ms int64) error {
	tmp := filepath.Join(dir, "clock.tmp")
	if err := os.WriteFile(tmp, []byte(strconv.FormatInt(ms, 10)), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, "clock"))
}
