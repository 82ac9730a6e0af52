package frame

import (
	"errors"
	"testing"
	"time"
)

// A batch could stamp any number of samples on one minute and metric: a
// channel at 1 ms holds 60,000 a minute, and 4,096 frames with the same
// start multiply that. Validate now refuses more than MaxSamplesPerMinute
// of one metric in one minute, however they are spread over frames and
// channels, in whatever order.
func TestAbuseTooManySamplesInOneMinute(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC).UnixMilli()
	lo, hi := AcceptWindow(now)
	minute := now - 10*60_000
	vals := func(n int) []uint16 {
		v := make([]uint16, n)
		for i := range v {
			v[i] = 220 // plausible as bpm and as ms between beats
		}
		return v
	}
	hr := func(start int64, iv uint16, n int) frameSpec {
		return frameSpec{start, []Series{{Metric: HeartRate, IntervalMs: iv, Raw: vals(n)}}}
	}
	cases := []struct {
		name   string
		frames []frameSpec
		ok     bool
	}{
		{"an hour at 1 Hz", []frameSpec{hr(minute-50*60_000, 1000, 3600)}, true},
		{"RR intervals at 250 bpm", []frameSpec{{minute, []Series{{Metric: RRInterval, IntervalMs: 240, Raw: vals(250)}}}}, true},
		{"5 Hz for ten minutes: 300 a minute", []frameSpec{hr(minute, 200, 3000)}, true},
		{"1 ms for a minute", []frameSpec{hr(minute, 1, 60_000)}, false},
		{"10 Hz for half of two minutes: 300 in each", []frameSpec{hr(minute+30_000, 100, 600)}, true},
		{"10 Hz for half of one minute and 40 s of the next", []frameSpec{hr(minute+30_000, 100, 700)}, false},
		{"many frames of one minute", []frameSpec{hr(minute, 100, 200), hr(minute+20_000, 100, 200)}, false},
		{"two channels of one metric in a frame", []frameSpec{{minute, []Series{{Metric: HeartRate, IntervalMs: 100, Raw: vals(200)}, {Metric: HeartRate, IntervalMs: 100, Raw: vals(200)}}}}, false},
		{"a minute revisited after a later one", []frameSpec{hr(minute, 100, 200), hr(minute+60_000, 1000, 60), hr(minute+1, 100, 200)}, false},
		{"minutes out of order, each within the cap", []frameSpec{hr(minute+60_000, 1000, 60), hr(minute, 1000, 60), hr(minute+120_000, 1000, 60)}, true},
		{"two metrics of one minute, each within the cap", []frameSpec{{minute, []Series{{Metric: HeartRate, IntervalMs: 200, Raw: vals(300)}, {Metric: RRInterval, IntervalMs: 200, Raw: vals(300)}}}}, true},
	}
	for _, c := range cases {
		var e Encoder
		e.Reset(DeviceID{1}, 1)
		for _, f := range c.frames {
			e.AddFrame(f.start, f.series...)
		}
		raw, err := e.Sign(vectorKey())
		if err != nil {
			t.Fatal(err)
		}
		b, err := Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		err = b.Validate(lo, hi)
		if c.ok && err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
		}
		if !c.ok && !errors.Is(err, ErrTooDense) {
			t.Errorf("%s: %v, want ErrTooDense", c.name, err)
		}
	}
}

type frameSpec struct {
	start  int64
	series []Series
}
