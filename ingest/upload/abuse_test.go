package upload

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// hostile is a file of prefix, then filler repeated up to size bytes, then
// suffix, made as it is read. It records the largest heap seen while read.
type hostile struct {
	prefix, filler, suffix []byte
	size, off              int64
	peak                   uint64
	sampled                int64
}

func (h *hostile) Read(p []byte) (int, error) {
	if h.off-h.sampled >= 1<<20 {
		h.sampled = h.off
		h.peak = max(h.peak, heapAlloc())
	}
	total := int64(len(h.prefix)) + h.size + int64(len(h.suffix))
	if h.off >= total {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && h.off < total {
		var b byte
		switch o := h.off; {
		case o < int64(len(h.prefix)):
			b = h.prefix[o]
		case o < int64(len(h.prefix))+h.size:
			b = h.filler[(o-int64(len(h.prefix)))%int64(len(h.filler))]
		default:
			b = h.suffix[o-int64(len(h.prefix))-h.size]
		}
		p[n] = b
		n++
		h.off++
	}
	return n, nil
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// fitFieldDescriptions is a FIT file that declares a huge data size and
// then holds nothing but 4-byte developer field description messages: the
// FIT decoder keeps every one of them until the file ends.
func fitFieldDescriptions(size int64) *hostile {
	head := make([]byte, 14)
	head[0], head[1] = 14, 0x20
	binary.LittleEndian.PutUint16(head[2:], 2132)
	binary.LittleEndian.PutUint32(head[4:], 0xFFFFFF00)
	copy(head[8:], ".FIT")
	def := []byte{0x40, 0, 0, 206, 0, 3, 0, 1, 0x02, 1, 1, 0x02, 2, 1, 0x02} // field_description: 3 uint8 fields
	return &hostile{prefix: append(head, def...), filler: []byte{0x00, 0, 1, 0x02}, size: size}
}

// Hostile files — one endless line, value, string, token or nesting, or a FIT
// file of endless developer field descriptions — fail early, in bounded
// memory, with a short error naming where. They used to be read whole (a
// 150 MiB one-line CSV took 1.3 GB) and echoed whole in the error.
func TestAbuseHostileFilesUseBoundedMemory(t *testing.T) {
	const size = 64 << 20
	for name, tc := range map[string]struct {
		f Format
		h *hostile
	}{
		"csv one line":           {CSV, &hostile{prefix: []byte("time,metric,value\n2026-01-01T00:00:00Z,heart_rate,"), filler: []byte("9"), size: size}},
		"csv quoted newlines":    {CSV, &hostile{prefix: []byte("time,metric,value\n2026-01-01T00:00:00Z,heart_rate,\""), filler: []byte("9\n"), size: size}},
		"json string":            {JSON, &hostile{prefix: []byte(`[{"time":"2026-01-01T00:00:00Z","metric":"`), filler: []byte("a"), size: size}},
		"json whitespace":        {JSON, &hostile{prefix: []byte(`[`), filler: []byte(" "), size: size}},
		"json nesting":           {JSON, &hostile{prefix: []byte(`[{"time":`), filler: []byte("["), size: size}},
		"xml attribute":          {AppleHealth, &hostile{prefix: []byte(`<?xml version="1.0"?><HealthData><Record type="`), filler: []byte("a"), size: size}},
		"xml comment":            {AppleHealth, &hostile{prefix: []byte(`<?xml version="1.0"?><HealthData><!--`), filler: []byte("a"), size: size}},
		"xml doctype":            {AppleHealth, &hostile{prefix: []byte(`<?xml version="1.0"?><!DOCTYPE HealthData [`), filler: []byte("a"), size: size}},
		"xml text":               {AppleHealth, &hostile{prefix: []byte(`<?xml version="1.0"?><HealthData>`), filler: []byte("a"), size: size}},
		"xml nesting":            {AppleHealth, &hostile{prefix: []byte(`<?xml version="1.0"?><HealthData>`), filler: []byte("<Me>"), size: size}},
		"fit field descriptions": {GarminFIT, fitFieldDescriptions(8 << 20)},
	} {
		t.Run(name, func(t *testing.T) {
			runtime.GC()
			before := heapAlloc()
			tc.h.peak = before
			err := Parse(tc.f, "", tc.h, func(Reading) error { return nil })
			tc.h.peak = max(tc.h.peak, heapAlloc())
			var ue *Error
			if !errors.As(err, &ue) || len(err.Error()) > 400 {
				t.Fatalf("error %.400v (%d bytes)", err, len(errString(err)))
			}
			if grew := int64(tc.h.peak) - int64(before); grew > 8<<20 {
				t.Errorf("heap grew by %d MiB while reading %d MiB", grew>>20, tc.h.off>>20)
			}
			if tc.h.off > 1<<20 {
				t.Errorf("read %d MiB before giving up", tc.h.off>>20)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// A reading the stream would refuse — NaN or infinite, out of range, outside
// the window — never reaches a batch (one such frame used to sink its whole
// batch into the dead-letter topic, and NaN steps were stored as 0), and the
// report says what was left out and why.
func TestAbusePlanLeavesOutWhatTheStreamRefuses(t *testing.T) {
	now := time.Now()
	w := WindowAt(now, 30*24*time.Hour)
	at := now.Add(-time.Hour).UnixMilli()
	readings := []Reading{
		{Metric: frame.HeartRate, TimeMs: at, Value: 61},
		{Metric: frame.Steps, TimeMs: at, Value: math.NaN()},
		{Metric: frame.Steps, TimeMs: at, Value: math.Inf(1)},
		{Metric: frame.Steps, TimeMs: at, Value: -4},
		{Metric: frame.Activity, TimeMs: at, Value: 1e12},
		{Metric: frame.HeartRate, TimeMs: at, Value: 400},
		{Metric: frame.HeartRate, TimeMs: now.Add(-40 * 24 * time.Hour).UnixMilli(), Value: 61},
		{Metric: frame.HeartRate, TimeMs: now.Add(time.Hour).UnixMilli(), Value: 61},
		{Metric: frame.SpO2, TimeMs: at + 60000, Value: 97.5},
	}
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	for _, r := range readings {
		csv.WriteString(time.UnixMilli(r.TimeMs).UTC().Format(time.RFC3339Nano) + "," + r.Metric.String() + "," + strconv.FormatFloat(r.Value, 'g', -1, 64) + "\n")
	}
	p := NewPlan(w)
	if err := Parse(CSV, "", strings.NewReader(csv.String()), p.Check); err != nil {
		t.Fatal(err)
	}
	p.Allow(p.Wanted())
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))
	lo, hi := frame.AcceptWindow(now.UnixMilli())
	var sent []frame.Batch
	b := &Batcher{Key: key, Emit: func(raw []byte) error {
		pb, err := frame.Parse(bytes.Clone(raw))
		if err == nil {
			err = pb.Validate(lo, hi)
		}
		sent = append(sent, pb)
		return err
	}}
	rep, err := p.Send(CSV, "", section(csv.String()), b)
	if err != nil {
		t.Fatalf("a batch the stream would refuse: %v", err)
	}
	want := Report{}
	want.Added[frame.HeartRate], want.Added[frame.SpO2] = 1, 1
	want.Skipped[NotANumber], want.Skipped[Implausible], want.Skipped[TooOld], want.Skipped[InFuture] = 2, 3, 1, 1
	want.FirstMs, want.LastMs = at, at+60000
	if rep != want || len(sent) != 1 || sent[0].Samples() != 2 {
		t.Fatalf("report %+v, want %+v; %d batches", rep, want, len(sent))
	}
}

// Minutes beyond what the contributor may add are left out and counted, and
// a reading's batch depends only on its place in the file: when a retry
// leaves out a reading the first attempt sent (the window moved on), every
// other batch is byte for byte the one already sent, stored once.
func TestAbusePlanCapsMinutesAndKeepsBatchesStable(t *testing.T) {
	now := time.Now().UTC()
	start := now.Truncate(24 * time.Hour).Add(-5 * 24 * time.Hour)
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	n := 3 * MaxFrames
	for i := range n {
		csv.WriteString(start.Add(time.Duration(i)*time.Minute).Format(time.RFC3339) + ",heart_rate,60\n")
	}
	send := func(w Window, allow func(map[int64]*Minutes) map[int64]*Minutes) (Report, [][]byte) {
		p := NewPlan(w)
		if err := Parse(CSV, "", strings.NewReader(csv.String()), p.Check); err != nil {
			t.Fatal(err)
		}
		p.Allow(allow(p.Wanted()))
		var out [][]byte
		b := &Batcher{Key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)), Emit: func(raw []byte) error { out = append(out, bytes.Clone(raw)); return nil }}
		rep, err := p.Send(CSV, "", section(csv.String()), b)
		if err != nil {
			t.Fatal(err)
		}
		return rep, out
	}
	all := func(m map[int64]*Minutes) map[int64]*Minutes { return m }
	rep, first := send(WindowAt(now, 30*24*time.Hour), all)
	if rep.Total() != int64(n) || len(first) != 3 {
		t.Fatalf("report %+v, %d batches", rep, len(first))
	}
	// The retry's window starts 10 minutes later.
	_, retry := send(Window{FromMs: start.Add(10 * time.Minute).UnixMilli(), ToMs: now.UnixMilli()}, all)
	if len(retry) != 3 || bytes.Equal(first[0], retry[0]) || !bytes.Equal(first[1], retry[1]) || !bytes.Equal(first[2], retry[2]) {
		t.Fatal("batches after the first changed when a reading of the first batch was left out")
	}
	// Only the first 100 minutes of the first day may be added.
	rep, _ = send(WindowAt(now, 30*24*time.Hour), func(m map[int64]*Minutes) map[int64]*Minutes {
		day := start.UnixMilli()
		var first Minutes
		for i := range 100 {
			first.Set(i)
		}
		return map[int64]*Minutes{day: &first}
	})
	if rep.Total() != 100 || rep.Skipped[OverDailyLimit] != int64(n-100) {
		t.Fatalf("capped: %+v", rep)
	}
}

// A file could stamp any number of readings on one minute and metric (a
// thousand heart rates at 10:05); every one went into a batch. A file now
// adds at most frame.MaxSamplesPerMinute per metric and minute, reports the
// rest as TooDense, and every batch it sends passes the stream's checks —
// whether the second pass replays the first or reads the file again.
func TestAbusePlanCapsSamplesPerMinute(t *testing.T) {
	now := time.Now().UTC()
	minute := now.Add(-2 * time.Hour).Truncate(time.Minute)
	var csv strings.Builder
	csv.WriteString("time,metric,value\n")
	for i := range 1000 {
		csv.WriteString(minute.Add(time.Duration(i%60)*time.Second).Format(time.RFC3339) + ",heart_rate,60\n")
	}
	for i := range 10 { // the next minute, and another metric of the same minute
		csv.WriteString(minute.Add(time.Minute+time.Duration(i)*time.Second).Format(time.RFC3339) + ",heart_rate,61\n")
		csv.WriteString(minute.Add(time.Duration(i)*time.Second).Format(time.RFC3339) + ",spo2,97\n")
	}
	lo, hi := frame.AcceptWindow(now.UnixMilli())
	for _, reparse := range []bool{false, true} {
		p := NewPlan(WindowAt(now, 30*24*time.Hour))
		if err := Parse(CSV, "", strings.NewReader(csv.String()), p.Check); err != nil {
			t.Fatal(err)
		}
		if reparse { // as when the first pass kept more than MaxReplay readings
			p.overflow, p.replay = true, nil
		}
		if p.Checked.Skipped[TooDense] != 700 {
			t.Fatalf("first pass left out %d as too dense, want 700", p.Checked.Skipped[TooDense])
		}
		p.Allow(p.Wanted())
		b := &Batcher{Key: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)), Emit: func(raw []byte) error {
			pb, err := frame.Parse(bytes.Clone(raw))
			if err == nil {
				err = pb.Validate(lo, hi)
			}
			return err
		}}
		rep, err := p.Send(CSV, "", section(csv.String()), b)
		if err != nil {
			t.Fatalf("reparse %v: a batch the stream would refuse: %v", reparse, err)
		}
		if rep.Added[frame.HeartRate] != 310 || rep.Added[frame.SpO2] != 10 || rep.Skipped[TooDense] != 700 {
			t.Fatalf("reparse %v: added %v, left out %v", reparse, rep.Added, rep.Skipped)
		}
	}
	if got := TooDense.String(); got != "more than 300 in one minute" {
		t.Fatalf("reason text %q", got)
	}
}
