package sim

import (
	"crypto/ed25519"
	"math"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

func dayStats(t DeviceType, seed uint64) (sleepHR, dayHR, steps float64) {
	d := NewDevice(t, seed)
	start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC).UnixMilli()
	var sleepN, dayN float64
	for m := int64(0); m < 24*60; m++ {
		ms := start + m*FrameMs
		hour := float64(m) / 60
		for _, s := range d.Minute(ms) {
			for _, raw := range s.Raw {
				if !s.Metric.InRange(raw) {
					panic("out of range")
				}
			}
			switch s.Metric {
			case frame.HeartRate:
				for _, raw := range s.Raw {
					if d.asleep(hour) {
						sleepHR += float64(raw)
						sleepN++
					} else {
						dayHR += float64(raw)
						dayN++
					}
				}
			case frame.Steps:
				steps += float64(s.Raw[0])
			}
		}
	}
	return sleepHR / sleepN, dayHR / dayN, steps
}

func TestPhysiologyIsPlausible(t *testing.T) {
	for _, typ := range DeviceTypes {
		for seed := uint64(1); seed <= 20; seed++ {
			sleep, day, steps := dayStats(typ, seed)
			if sleep >= day {
				t.Errorf("%s seed %d: heart rate asleep %.1f not below awake %.1f", typ, seed, sleep, day)
			}
			if day < 45 || day > 120 {
				t.Errorf("%s seed %d: mean awake heart rate %.1f bpm is implausible", typ, seed, day)
			}
			if typ != ChestStrap && (steps < 200 || steps > 40000) {
				t.Errorf("%s seed %d: %0.f steps a day is implausible", typ, seed, steps)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := NewDevice(Ring, 7), NewDevice(Ring, 7)
	for m := int64(0); m < 100; m++ {
		sa, sb := a.Minute(m*FrameMs), b.Minute(m*FrameMs)
		for i := range sa {
			for j := range sa[i].Raw {
				if sa[i].Raw[j] != sb[i].Raw[j] {
					t.Fatalf("minute %d channel %d sample %d differs", m, i, j)
				}
			}
		}
	}
}

func TestSamplesPerFrameMatchesMinute(t *testing.T) {
	for _, typ := range DeviceTypes {
		n := 0
		for _, s := range NewDevice(typ, 1).Minute(0) {
			n += len(s.Raw)
		}
		if n != SamplesPerFrame(typ) {
			t.Errorf("%s: Minute gives %d samples, SamplesPerFrame says %d", typ, n, SamplesPerFrame(typ))
		}
	}
}

func TestParseDeviceType(t *testing.T) {
	if _, err := ParseDeviceType("toaster"); err == nil {
		t.Fatal("unknown device type accepted")
	}
	if got, err := ParseDeviceType("ring"); err != nil || got != Ring {
		t.Fatalf("ring: %v %v", got, err)
	}
}

// Summary is the same day as Minute at one value per channel per minute:
// each value is the minute's mean, and a frame of it encodes.
func TestSummaryIsTheMinutesMean(t *testing.T) {
	_, key, _ := ed25519.GenerateKey(nil)
	for _, typ := range DeviceTypes {
		full, hist := NewDevice(typ, 3), NewDevice(typ, 3)
		for m := int64(0); m < 300; m++ {
			f, h := full.Minute(m*FrameMs), hist.Summary(m*FrameMs)
			if len(f) != len(h) {
				t.Fatalf("%s: %d channels, summary %d", typ, len(f), len(h))
			}
			for i := range f {
				sum := 0
				for _, v := range f[i].Raw {
					sum += int(v)
				}
				mean := float64(sum) / float64(len(f[i].Raw))
				if h[i].Metric != f[i].Metric || h[i].IntervalMs != FrameMs || len(h[i].Raw) != 1 || math.Abs(float64(h[i].Raw[0])-mean) > 0.5 {
					t.Fatalf("%s minute %d %v: summary %+v, mean %.2f", typ, m, f[i].Metric, h[i], mean)
				}
			}
			var e frame.Encoder
			e.Reset(frame.DeviceID{1}, 1)
			e.AddFrame(m*FrameMs, h...)
			raw, err := e.Sign(key)
			if err != nil {
				t.Fatalf("%s: summary frame does not encode: %v", typ, err)
			}
			if b, err := frame.Parse(raw); err != nil || b.Samples() != len(h) {
				t.Fatalf("%s: summary frame parses to %v, %v", typ, b.Samples(), err)
			}
		}
	}
}
