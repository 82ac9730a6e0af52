package frame

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// A frame that starts inside the accepted window can still carry samples far
// after it: one channel of 65,535 samples 65.535 s apart runs 49.7 days past
// its start. Every sample's time must be inside the window, not just the
// frame's start.
func TestAbuseSamplesFarInFuture(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC).UnixMilli()
	lo, hi := AcceptWindow(now)
	far := make([]uint16, 0xffff)
	for i := range far {
		far[i] = 60
	}
	cases := []struct {
		name  string
		start int64
		s     Series
		ok    bool
	}{
		{"49 days ahead", now, Series{Metric: HeartRate, IntervalMs: 0xffff, Raw: far}, false},
		{"an hour ahead", now, Series{Metric: HeartRate, IntervalMs: 1000, Raw: far[:3601]}, false},
		{"last sample one ms past the window", hi - 59_999, Series{Metric: Steps, IntervalMs: 60_000, Raw: far[:2]}, false},
		{"last sample at the window's end", hi - 60_000, Series{Metric: Steps, IntervalMs: 60_000, Raw: far[:2]}, true},
		{"an hour up to now", now - 3_600_000, Series{Metric: HeartRate, IntervalMs: 1000, Raw: far[:3601]}, true},
	}
	for _, c := range cases {
		var e Encoder
		e.Reset(DeviceID{1}, 1)
		e.AddFrame(now-time.Minute.Milliseconds(), Series{Metric: HeartRate, IntervalMs: 1000, Raw: far[:60]})
		e.AddFrame(c.start, c.s)
		raw, err := e.Sign(vectorKey())
		if err != nil {
			t.Fatal(err)
		}
		b, err := Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		err = b.Validate(lo, hi)
		if c.ok {
			if err != nil {
				t.Errorf("%s: refused: %v", c.name, err)
			}
			continue
		}
		var fe *Error
		if !errors.As(err, &fe) || fe.Offset <= HeaderSize || !strings.Contains(err.Error(), "after the accepted window") {
			t.Errorf("%s: Validate = %v, want the late sample reported at its channel", c.name, err)
		}
	}
}
