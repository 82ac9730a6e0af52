// Package attack re-identifies people from what a researcher sees — catalog
// statistics and purchased bundles — so that tests can measure how often
// each attack succeeds against the platform's real output.
package attack

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2" // reads the bundle's Parquet files

	"rhd.dev/warehouse"
)

const dayMs = 24 * 3600 * 1000

// Minute is one row of a bundle's readings_minute.parquet (or a known true
// reading, for the known-outsider attack).
type Minute struct {
	Ms   int64
	Mean float64
}

// Participant is everything a bundle says about one pseudonym.
type Participant struct {
	Label                         string
	AgeBand, Activity, DeviceType string
	CoverageDays                  int
	Rows                          int
	Metrics                       map[string][]Minute // by metric, in time order
}

// Bundle is a bundle as a researcher loads it.
type Bundle struct {
	Participants []*Participant
}

// ReadBundle loads a bundle directory with DuckDB, as a researcher would.
func ReadBundle(ctx context.Context, dir string) (*Bundle, error) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	quote := func(name string) string { return "'" + strings.ReplaceAll(filepath.Join(dir, name), "'", "''") + "'" }
	b := &Bundle{}
	by := map[string]*Participant{}
	rows, err := db.QueryContext(ctx, `SELECT participant, age_band, activity_level, device_type, coverage_days FROM read_parquet(`+quote("participants.parquet")+`) ORDER BY participant`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		p := &Participant{Metrics: map[string][]Minute{}}
		if err := rows.Scan(&p.Label, &p.AgeBand, &p.Activity, &p.DeviceType, &p.CoverageDays); err != nil {
			rows.Close()
			return nil, err
		}
		by[p.Label] = p
		b.Participants = append(b.Participants, p)
	}
	rows.Close()
	rows, err = db.QueryContext(ctx, `SELECT participant::VARCHAR, epoch_ms(minute), metric, mean FROM read_parquet(`+quote("readings_minute.parquet")+`) ORDER BY 1, 3, 2`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var label, metric string
		var m Minute
		if err := rows.Scan(&label, &m.Ms, &metric, &m.Mean); err != nil {
			return nil, err
		}
		p := by[label]
		if p == nil {
			return nil, fmt.Errorf("attack: readings of unknown participant %q", label)
		}
		p.Metrics[metric] = append(p.Metrics[metric], m)
		p.Rows++
	}
	return b, rows.Err()
}

// Link is a guess that two pseudonyms are one person. Exact is the
// Jaccard similarity of their (time of day, heart rate) minutes: near 1,
// the two hold the same minutes and the link is near certain.
type Link struct {
	A, B  string
	Exact float64
}

// LinkBundles matches the participants of a and b one to one, using every
// fingerprint a bundle offers: identical (time of day, value) minutes, row
// and minute counts, coverage, per-metric means, spread and quantiles, the
// time-of-day and weekday profiles, days, hours of wear and gaps, within
// compatible quasi-identifier classes.
func LinkBundles(a, b *Bundle) []Link {
	fa, fb := fingerprints(a), fingerprints(b)
	normalize(append(slices.Clone(fa), fb...))
	type pair struct {
		i, j  int
		cost  float64
		exact float64
	}
	var pairs []pair
	for i, pa := range a.Participants {
		for j, pb := range b.Participants {
			if !compatible(pa, pb) {
				continue
			}
			exact := jaccard(fa[i].exact, fb[j].exact)
			pairs = append(pairs, pair{i, j, distance(fa[i].v, fb[j].v) - 100*exact, exact})
		}
	}
	sort.Slice(pairs, func(x, y int) bool { return pairs[x].cost < pairs[y].cost })
	usedA, usedB := map[int]bool{}, map[int]bool{}
	var out []Link
	for _, p := range pairs {
		if usedA[p.i] || usedB[p.j] {
			continue
		}
		usedA[p.i], usedB[p.j] = true, true
		out = append(out, Link{a.Participants[p.i].Label, b.Participants[p.j].Label, p.exact})
	}
	return out
}

func compatible(a, b *Participant) bool {
	eq := func(x, y string) bool { return x == y || x == "any" || y == "any" }
	return eq(a.AgeBand, b.AgeBand) && eq(a.Activity, b.Activity) && eq(a.DeviceType, b.DeviceType)
}

// fingerprint is one participant's feature vector and exact-minute set.
type fingerprint struct {
	v     []float64
	exact map[[2]int64]bool
}

// fingerprintMetrics are the metrics whose distributions go into a fingerprint.
var fingerprintMetrics = []string{"heart_rate", "steps", "spo2", "skin_temp", "rr_interval", "activity"}

func fingerprints(b *Bundle) []fingerprint {
	out := make([]fingerprint, len(b.Participants))
	for i, p := range b.Participants {
		f := fingerprint{exact: map[[2]int64]bool{}}
		f.v = append(f.v, float64(p.Rows), float64(p.CoverageDays))
		for _, metric := range fingerprintMetrics {
			ms := p.Metrics[metric]
			vals := make([]float64, len(ms))
			for k, m := range ms {
				vals[k] = m.Mean
			}
			mean, sd := meanSD(vals)
			f.v = append(f.v, float64(len(ms)), mean, sd, quantile(vals, 0.1), quantile(vals, 0.5), quantile(vals, 0.9))
		}
		hr := p.Metrics["heart_rate"]
		days := map[int64][]Minute{}
		var profile [24]float64
		var weekdays [7]float64
		for _, m := range hr {
			days[floorDiv(m.Ms, dayMs)] = append(days[floorDiv(m.Ms, dayMs)], m)
			profile[mod(m.Ms, dayMs)/3600000]++
			weekdays[mod(floorDiv(m.Ms, dayMs), 7)]++
			f.exact[[2]int64{mod(m.Ms, dayMs), int64(math.Round(m.Mean * 1000))}] = true
		}
		for h := range profile {
			f.v = append(f.v, profile[h]/math.Max(1, float64(len(hr))))
		}
		for d := range weekdays {
			f.v = append(f.v, weekdays[d]/math.Max(1, float64(len(hr))))
		}
		var starts, lengths, gaps []float64
		for _, d := range days {
			starts = append(starts, float64(mod(d[0].Ms, dayMs)))
			lengths = append(lengths, float64(len(d)))
			for k := 1; k < len(d); k++ {
				if d[k].Ms-d[k-1].Ms > 60000 {
					gaps = append(gaps, float64(d[k].Ms-d[k-1].Ms))
				}
			}
		}
		s, _ := meanSD(starts)
		l, _ := meanSD(lengths)
		f.v = append(f.v, float64(len(days)), s, l, float64(len(gaps)))
		out[i] = f
	}
	return out
}

// normalize scales every feature to unit spread over all fingerprints.
func normalize(fs []fingerprint) {
	if len(fs) == 0 {
		return
	}
	for k := range fs[0].v {
		col := make([]float64, len(fs))
		for i := range fs {
			col[i] = fs[i].v[k]
		}
		mean, sd := meanSD(col)
		for i := range fs {
			if sd > 0 {
				fs[i].v[k] = (fs[i].v[k] - mean) / sd
			} else {
				fs[i].v[k] = 0
			}
		}
	}
}

func distance(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

func jaccard(a, b map[[2]int64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// FindKnown is the known-outsider attack: given one person's true readings
// of one metric on one day (true timestamps), it names the bundle
// participant they most likely are. Minutes matching in time of day and
// value decide; without such a match, the day's level, spread and times of
// wear are compared with every participant's days.
func FindKnown(b *Bundle, metric string, known []Minute) string {
	want := map[int64]float64{}
	for _, m := range known {
		want[mod(m.Ms, dayMs)] = m.Mean
	}
	vals := make([]float64, len(known))
	for i, m := range known {
		vals[i] = m.Mean
	}
	kMean, kSD := meanSD(vals)
	var kStart float64
	if len(known) > 0 {
		kStart = float64(mod(known[0].Ms, dayMs)) / 60000
	}
	best, bestExact, bestDist := "", 0.0, math.Inf(1)
	for _, p := range b.Participants {
		days := map[int64][]Minute{}
		for _, m := range p.Metrics[metric] {
			days[floorDiv(m.Ms, dayMs)] = append(days[floorDiv(m.Ms, dayMs)], m)
		}
		for _, d := range days {
			hits := 0
			dv := make([]float64, len(d))
			for i, m := range d {
				dv[i] = m.Mean
				if v, ok := want[mod(m.Ms, dayMs)]; ok && math.Abs(v-m.Mean) < 0.05 {
					hits++
				}
			}
			exact := float64(hits) / math.Max(1, float64(len(known)))
			mean, sd := meanSD(dv)
			start := float64(mod(d[0].Ms, dayMs)) / 60000
			dist := math.Abs(mean-kMean) + 0.5*math.Abs(sd-kSD) + math.Abs(start-kStart)/120 + math.Abs(float64(len(d)-len(known)))/120
			if exact > bestExact || (exact == bestExact && dist < bestDist) {
				best, bestExact, bestDist = p.Label, exact, dist
			}
		}
	}
	return best
}

// Difference is the differencing attack on two catalog answers whose member
// sets differ: it estimates the mean of metric over the members in the
// larger answer only. With per-metric minute counts it weighs by minutes
// (exact for one leaver when statistics are exact), otherwise by members.
func Difference(big, small []warehouse.MetricStats, nBig, nSmall int, metric string) (float64, bool) {
	var b, s *warehouse.MetricStats
	for i := range big {
		if big[i].Metric == metric {
			b = &big[i]
		}
	}
	for i := range small {
		if small[i].Metric == metric {
			s = &small[i]
		}
	}
	if b == nil || s == nil {
		return 0, false
	}
	if b.Minutes > 0 && s.Minutes > 0 && b.Minutes != s.Minutes {
		return (b.Mean*float64(b.Minutes) - s.Mean*float64(s.Minutes)) / float64(b.Minutes-s.Minutes), true
	}
	if nBig == nSmall {
		return 0, false
	}
	return (b.Mean*float64(nBig) - s.Mean*float64(nSmall)) / float64(nBig-nSmall), true
}

func meanSD(v []float64) (float64, float64) {
	if len(v) == 0 {
		return 0, 0
	}
	var s, sq float64
	for _, x := range v {
		s += x
	}
	mean := s / float64(len(v))
	for _, x := range v {
		sq += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sq / float64(len(v)))
}

func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int64) int64 { return a - floorDiv(a, b)*b }
