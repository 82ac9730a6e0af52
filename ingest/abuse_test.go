package ingest

import (
	"strings"
	"testing"
	"time"

	"rhd.dev/firmware/frame"
)

// A device-signed batch whose frame starts now but whose one channel of
// 65,535 heart-rate samples 65.535 s apart runs 49.7 days ahead: the
// gateway checked only frame starts and stored readings from the future.
func TestAbuseSamplesFarInFuture(t *testing.T) {
	f := newFixture(t)
	hr := make([]uint16, 0xffff)
	for i := range hr {
		hr[i] = 70
	}
	var e frame.Encoder
	e.Reset(f.dev, 1)
	e.AddFrame(time.Now().UnixMilli(), frame.Series{Metric: frame.HeartRate, IntervalMs: 0xffff, Raw: hr})
	body, err := e.Sign(f.key)
	if err != nil {
		t.Fatal(err)
	}
	code, apiErr, _ := f.post(body)
	if code != 422 || apiErr.Offset == nil || !strings.Contains(apiErr.Error, "after the accepted window") {
		t.Fatalf("batch reaching 49 days ahead: %d %q, want 422 naming the late sample", code, apiErr.Error)
	}
	if n := len(f.records()); n != 0 {
		t.Fatalf("%d records on the topic, want none", n)
	}
}
