package attack_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/internal/fixture"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// withoutMetric is features with the person's summary of metric removed.
func withoutMetric(features []warehouse.Feature, pid, metric string) []warehouse.Feature {
	out := slices.Clone(features)
	for i := range out {
		if out[i].PID == pid {
			out[i].Metrics = slices.DeleteFunc(slices.Clone(out[i].Metrics), func(m warehouse.MetricSummary) bool { return m.Metric == metric })
		}
	}
	return out
}

// TestAttackRareMetricPresence is the presence attack: one member of a
// cohort (the target) has a metric nobody else has (stress, from one
// uploaded file). The attacker watches whether the catalog shows the
// metric, release after release. Differential privacy of the noisy count
// that decides it bounds what they learn per release: the metric may show
// at most e^(ε_count) times as often with the target's stress as without
// (ε_count = 0.2 ε), up to sampling slack. Over R releases the bound
// composes to e^(R·ε_count); the test reports what the attacker achieves
// by flagging the target when the metric shows at least once.
func TestAttackRareMetricPresence(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(31, 32)), k+10, band40s, alternate)
	target := people[0]
	var w warehouse.Write
	w.Batches = append(w.Batches, warehouse.Batch{Source: 998, Seq: 1, PID: target.PID, DeviceType: "wristband", Frames: 1, Samples: 120, ReceivedMs: fixture.Now.UnixMilli()})
	for m := range 120 {
		w.Rollups.Append(998, 1, target.PID, "wristband", "stress", fixture.FirstDay.Add(time.Duration(600+m)*time.Minute).UnixMilli(), 1, 35, 35, 35)
	}
	if _, err := e.Warehouse.Write(context.Background(), &w); err != nil {
		t.Fatal(err)
	}
	p := cohorter.DefaultPolicy()
	set, err := e.Warehouse.Features(context.Background(), warehouse.DayWindow(fixture.Now, p.WindowDays()), p.MinMinutesPerDay)
	if err != nil {
		t.Fatal(err)
	}
	with := set.Features
	without := withoutMetric(with, target.PID, "stress")
	has := func(fs []warehouse.Feature) bool {
		return slices.ContainsFunc(fs, func(f warehouse.Feature) bool {
			return slices.ContainsFunc(f.Metrics, func(m warehouse.MetricSummary) bool { return m.Metric == "stress" })
		})
	}
	if !has(with) || has(without) || len(with) != k+10 {
		t.Fatal("the target has no stress summary to attack")
	}

	r := rand.New(rand.NewPCG(33, 34))
	const releases = 20000
	showsWith := make([]bool, releases)
	showsWithout := make([]bool, releases)
	hrShown, smallShown := 0, 0 // research cost: heart rate of k people (and of 10 at k = 5), all of whom have it
	for i := range releases {
		showsWith[i] = statOf(warehouse.PrivateStats(with, k, p.Epsilon, r), "stress") != nil
		showsWithout[i] = statOf(warehouse.PrivateStats(without, k, p.Epsilon, r), "stress") != nil
		if i < 2000 && statOf(warehouse.PrivateStats(with[:k], k, p.Epsilon, r), "heart_rate") != nil {
			hrShown++
		}
		if i < 2000 && statOf(warehouse.PrivateStats(with[:10], cohorter.MinK, p.Epsilon, r), "heart_rate") != nil {
			smallShown++
		}
	}
	rate := func(v []bool, per int) float64 { // share of runs of per releases with the metric shown at least once
		n, hit := 0, 0
		for i := 0; i+per <= len(v); i += per {
			n++
			if slices.Contains(v[i:i+per], true) {
				hit++
			}
		}
		return float64(hit) / float64(n)
	}
	p1, p0 := rate(showsWith, 1), rate(showsWithout, 1)
	bCount, _, _ := warehouse.NoiseScales("stress", p.Epsilon)
	epsCount := 1 / bCount
	// Four standard errors of the two rates, combined.
	slack := 4 * math.Sqrt(p1*(1-p1)/releases+math.Exp(2*epsCount)*p0*(1-p0)/releases)
	t.Logf("presence attack: a metric one member has shows in %.4f of %d releases, with nobody %.4f (bound e^%.1f × %.4f + %.4f = %.4f); threshold %.0f people",
		p1, releases, p0, epsCount, p0, slack, math.Exp(epsCount)*p0+slack, warehouse.PresenceThreshold(k, p.Epsilon))
	for _, per := range []int{4, 30} {
		tpr, fpr := rate(showsWith, per), rate(showsWithout, per)
		t.Logf("presence attack over %d releases (shown at least once = has it): true positives %.3f, false positives %.3f (bound e^%.1f × false positives)",
			per, tpr, fpr, float64(per)*epsCount)
	}
	t.Logf("research cost: heart rate of a cohort of k = %d who all have it shows in %.3f of releases; of 10 at k = %d (threshold %.0f), %.3f",
		k, float64(hrShown)/2000, cohorter.MinK, warehouse.PresenceThreshold(cohorter.MinK, p.Epsilon), float64(smallShown)/2000)
	if p1 > math.Exp(epsCount)*p0+slack {
		t.Errorf("the rare metric shows in %.4f of releases with its holder and %.4f without: beyond e^%.1f", p1, p0, epsCount)
	}
	if p0 > spuriousBound {
		t.Errorf("a metric nobody has shows in %.4f of releases, above %.3f", p0, spuriousBound)
	}
}

// spuriousBound is how often a metric nobody in the cohort has may show:
// ½·e⁻³ ≈ 0.025 at the presence threshold, plus sampling slack.
const spuriousBound = 0.03

// TestAttackForcedVersions is the forced-versions attack: an attacker with
// two groups of k−1 accounts of their own, in a cohort with one target,
// switches which group consents on every cohorter run (hourly for a day),
// so every run differs from the latest version by 2(k−1) ≥ k members. Each
// new version draws fresh noise; averaging the versions' heart-rate sums
// less their own accounts' known means estimates the target's mean. The
// cap of one version per Policy.MinInterval bounds the versions (and so
// the error from below); a revoked group is still never sold.
func TestAttackForcedVersions(t *testing.T) {
	ctx := context.Background()
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(35, 36)), 2*k-1, band40s, func(int) string { return "ring" })
	target, groups := people[0], [2][]person{people[1:k], people[k:]}
	consent := func(g []person, on bool) {
		for _, q := range g {
			if _, err := e.Store.RecordConsent(ctx, q.Contributor.ID, ledger.ScopeResearch, on, ledger.TermsVersion); err != nil {
				t.Fatal(err)
			}
		}
	}
	consent(groups[1], false)
	p := cohorter.DefaultPolicy()
	const span, every = 24 * time.Hour, time.Hour
	var versions []ledger.Snapshot
	for i := range int(span / every) {
		if i > 0 {
			consent(groups[i%2], true)
			consent(groups[1-i%2], false)
		}
		run(t, e, fixture.Now.Add(time.Duration(i)*every))
		sn := latest(t, e, "any.any.any").Snapshot
		if len(versions) == 0 || versions[len(versions)-1].ID != sn.ID {
			versions = append(versions, sn)
		}
		// The latest version lists the group that just revoked; a bundle
		// of it leaves them out or is refused.
		b, err := e.Store.CreateBundle(ctx, sn.ID, "")
		if errors.Is(err, ledger.ErrNotOrderable) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		sold, _ := e.Store.BundleMembers(ctx, b.ID)
		for _, m := range sold {
			for _, q := range groups[1-i%2] {
				if m.PID == q.PID {
					t.Fatalf("run %d: a bundle of %s holds a member who revoked consent", i, sn.ID)
				}
			}
		}
	}
	maxVersions := int(span/p.MinInterval()) + 1

	// The attacker's estimate from the published versions.
	truth := map[string]float64{}
	for _, q := range people {
		lo, hi := warehouse.MeanRange("heart_rate")
		truth[q.PID] = min(max(q.trueMeanHR(), lo), hi)
	}
	sets := make([][]string, len(versions)) // each version's members
	for i, sn := range versions {
		ms, err := e.Store.SnapshotMembers(ctx, sn.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			sets[i] = append(sets[i], m.PID)
		}
	}
	// estimate averages n releases' heart-rate sums (mean × members) less
	// the attacker's own accounts' means; release i has sets[i%len(sets)].
	estimate := func(n int, stats func(i int, pids []string) (*warehouse.MetricStats, int)) (float64, bool) {
		var sum float64
		shown := 0
		for i := range n {
			pids := sets[i%len(sets)]
			hr, members := stats(i, pids)
			if hr == nil {
				continue
			}
			own := 0.0
			for _, pid := range pids {
				if pid != target.PID {
					own += truth[pid]
				}
			}
			sum += hr.Mean*float64(members) - own
			shown++
		}
		return sum / float64(max(shown, 1)), shown > 0
	}
	published, _ := estimate(len(versions), func(i int, _ []string) (*warehouse.MetricStats, int) {
		var st []warehouse.MetricStats
		if err := json.Unmarshal([]byte(versions[i].StatsJSON), &st); err != nil {
			t.Fatal(err)
		}
		return statOf(st, "heart_rate"), versions[i].Members
	})

	// The same attack over fresh noise for the same versions' member sets,
	// for the day and for a month of days like it.
	set, err := e.Warehouse.Features(ctx, warehouse.DayWindow(fixture.Now, p.WindowDays()), p.MinMinutesPerDay)
	if err != nil {
		t.Fatal(err)
	}
	byPID := map[string]warehouse.Feature{}
	for _, f := range set.Features {
		byPID[f.PID] = f
	}
	r := rand.New(rand.NewPCG(37, 38))
	redraw := func(_ int, pids []string) (*warehouse.MetricStats, int) {
		fs := make([]warehouse.Feature, len(pids))
		for j, pid := range pids {
			fs[j] = byPID[pid]
		}
		return statOf(warehouse.PrivateStats(fs, k, p.Epsilon, r), "heart_rate"), len(pids)
	}
	const trials = 300
	rms := func(n int) (float64, float64) { // RMS error and share within 5 bpm
		var sq float64
		within := 0
		for range trials {
			est, ok := estimate(n, redraw)
			miss := math.Inf(1)
			if ok {
				miss = math.Abs(est - truth[target.PID])
			}
			sq += min(miss*miss, 1e6)
			if miss <= 5 {
				within++
			}
		}
		return math.Sqrt(sq / trials), float64(within) / trials
	}
	rmse, within := rms(len(versions))
	month, monthWithin := rms(30 * len(versions))
	t.Logf("forced versions over a month at this rate (%d releases): RMS error %.1f bpm, %.3f within 5 bpm", 30*len(versions), month, monthWithin)
	_, bSum, _ := warehouse.NoiseScales("heart_rate", p.Epsilon)
	floor := 0.75 * math.Sqrt2 * bSum / math.Sqrt(float64(maxVersions))
	t.Logf("forced versions: %d cohorter runs over %v gave %d versions (cap %d, one per %v); the published versions put the target at %.1f bpm (true %.1f); over %d redraws RMS error %.1f bpm (floor %.1f), %.3f within 5 bpm",
		int(span/every), span, len(versions), maxVersions, p.MinInterval(), published, truth[target.PID], trials, rmse, floor, within)
	if len(versions) > maxVersions {
		t.Errorf("%d versions in %v, above the cap of %d", len(versions), span, maxVersions)
	}
	if rmse < floor {
		t.Errorf("averaging %d versions puts the target's mean within %.1f bpm (RMS), below %.1f", len(versions), rmse, floor)
	}
}
