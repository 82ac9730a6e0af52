package bench

import (
	"math"
	"strings"
	"testing"
)

func TestPercentileInterpolatesWithinTheBucket(t *testing.T) {
	b := []Bucket{{UpTo: 1, Count: 0}, {UpTo: 2, Count: 10}, {UpTo: 4, Count: 10}, {UpTo: math.Inf(1), Count: 0}}
	for q, want := range map[float64]float64{0.25: 1.5, 0.5: 2, 0.75: 3, 1: 4} {
		if got := Percentile(b, q); math.Abs(got-want) > 1e-9 {
			t.Errorf("p%.0f = %v, want %v", q*100, got, want)
		}
	}
	if got := Percentile([]Bucket{{UpTo: 1}, {UpTo: math.Inf(1), Count: 3}}, 0.5); got != 1 {
		t.Errorf("beyond the last bound: %v, want the bound 1", got)
	}
	if Percentile(nil, 0.5) != 0 {
		t.Error("empty histogram")
	}
}

func TestSlopeOfLag(t *testing.T) {
	ps := []Point{{T: 0, Lag: 10}, {T: 1, Lag: 20}, {T: 2, Lag: 30}}
	if s := slope(ps); math.Abs(s-10) > 1e-9 {
		t.Fatalf("slope %v, want 10 records/s", s)
	}
}

// A run whose backlog grew says so: its latency is queueing.
func TestFinishExplainsAGrowingBacklog(t *testing.T) {
	r := Result{Pipeline: []Pipeline{{Name: "saturated", AcceptedPerSec: 4e6, CommittedPerSec: 3e6, LagDriftPerMinute: 1e5},
		{Name: "paced", AcceptedPerSec: 1e6, CommittedPerSec: 1e6, LagDriftPerMinute: 50}}}
	r.Finish()
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "saturated") || !strings.Contains(r.Notes[0], "queueing") {
		t.Fatalf("notes %q", r.Notes)
	}
}
