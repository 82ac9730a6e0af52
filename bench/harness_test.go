package bench_test

import (
	"strings"
	"testing"
	"time"

	"rhd.dev/bench"
)

// Which pipeline runs a bench makes: saturated then paced; only saturated
// without a rate; one paced run for a soak.
func TestBenchRuns(t *testing.T) {
	for _, c := range []struct {
		o    bench.Options
		want []string
	}{
		{bench.Options{Rate: 1e6}, []string{"saturated", "paced at 1 M samples/s"}},
		{bench.Options{Rate: 0}, []string{"saturated"}},
		{bench.Options{Rate: 1e6, Soak: time.Minute}, []string{"paced at 1 M samples/s"}},
	} {
		var got []string
		for _, r := range bench.Runs(c.o) {
			got = append(got, r.Name)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%+v: runs %q, want %q", c.o, got, c.want)
		}
	}
}
