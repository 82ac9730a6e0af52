package attack_test

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/attack"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/cohorter/internal/fixture"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// person is a generated contributor with the functions their minutes came
// from: the ground truth the attacks are scored against.
type person struct {
	fixture.Person
	spec fixture.Spec
}

// trueDay is the person's true heart-rate minutes on day d.
func (p person) trueDay(d int) []attack.Minute {
	day := fixture.FirstDay.Add(time.Duration(d) * 24 * time.Hour)
	start := p.spec.Start(d)
	var out []attack.Minute
	for m := 0; m < p.spec.Minutes && start+m < 24*60; m++ {
		out = append(out, attack.Minute{Ms: day.Add(time.Duration(start+m) * time.Minute).UnixMilli(), Mean: p.spec.HR(d, m)})
	}
	return out
}

// trueMeanHR is the mean of the person's per-minute heart rates.
func (p person) trueMeanHR() float64 {
	var s float64
	var n int
	for d := 0; d < p.spec.Days; d++ {
		for _, m := range p.trueDay(d) {
			s += m.Mean
			n++
		}
	}
	return s / float64(n)
}

// population adds n people who look like wearable users: a resting level of
// their own, a daily rhythm, day-to-day drift and minute-to-minute noise,
// wear starting around a habitual time. birthYear and device are per index.
func population(t *testing.T, e *fixture.Env, r *rand.Rand, n int, birthYear func(i int) int, device func(i int) string) []person {
	t.Helper()
	var out []person
	for i := range n {
		base := 68 + 7*r.NormFloat64()
		wake := 360 + r.IntN(180)
		days := 3 + r.IntN(3)
		drift := make([]float64, days)
		starts := make([]int, days)
		for d := range days {
			drift[d] = 2 * r.NormFloat64()
			starts[d] = max(0, wake+r.IntN(61)-30)
		}
		seed := r.Uint64()
		s := fixture.Spec{BirthYear: birthYear(i), DeviceType: device(i), Steps: 10, Days: days, Minutes: 300 + r.IntN(300), Consent: true,
			Start: func(d int) int { return starts[d] },
			HR: func(d, m int) float64 {
				noise := rand.New(rand.NewPCG(seed, uint64(d*10000+m))).NormFloat64()
				v := base + drift[d] + 6*math.Sin(float64(starts[d]+m)/1440*2*math.Pi) + 4*noise
				return math.Round(v*100) / 100
			}}
		out = append(out, person{e.Add(t, s), s})
	}
	return out
}

// run runs the cohorter with the default policy at a time; its noise is
// seeded by the time, so every test sees the same draws.
func run(t *testing.T, e *fixture.Env, at time.Time) {
	t.Helper()
	c := &cohorter.Cohorter{Store: e.Store, Warehouse: e.Warehouse, Policy: cohorter.DefaultPolicy(), Now: func() time.Time { return at },
		Noise: rand.New(rand.NewPCG(uint64(at.Sub(fixture.Now)), 11))}
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func latest(t *testing.T, e *fixture.Env, cohort string) cohorter.Entry {
	t.Helper()
	en, err := cohorter.Catalog{Store: e.Store}.Show(context.Background(), cohort)
	if err != nil {
		t.Fatalf("%s: %v", cohort, err)
	}
	return en
}

// buy issues and exports a bundle of snapshot, as a purchase does, and
// loads it the way a researcher would.
func buy(t *testing.T, e *fixture.Env, snapshotID string) (*attack.Bundle, ledger.Bundle) {
	t.Helper()
	b, lb, _ := buyShare(t, e, snapshotID, 0)
	return b, lb
}

// buyShare is buy with a day share other than the default; it also
// returns the manifest.
func buyShare(t *testing.T, e *fixture.Env, snapshotID string, share float64) (*attack.Bundle, ledger.Bundle, bundle.Manifest) {
	t.Helper()
	b, err := e.Store.CreateBundle(context.Background(), snapshotID, "")
	if err != nil {
		t.Fatal(err)
	}
	return export(t, e, b, share)
}

// export exports bundle b as its buyer downloads it and reads it back.
func export(t *testing.T, e *fixture.Env, b ledger.Bundle, share float64) (*attack.Bundle, ledger.Bundle, bundle.Manifest) {
	t.Helper()
	ctx := context.Background()
	sn, _ := e.Store.Snapshot(ctx, b.SnapshotID)
	co, _ := e.Store.Cohort(ctx, sn.CohortID)
	members, _ := e.Store.BundleMembers(ctx, b.ID)
	dir := filepath.Join(t.TempDir(), b.ID)
	man, err := bundle.Export(ctx, bundle.Input{Warehouse: e.Warehouse, Cohort: co, Snapshot: sn, Members: members, Bundle: b, DayShare: share}, bundle.Dir(dir))
	if err != nil {
		t.Fatal(err)
	}
	got, err := attack.ReadBundle(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	return got, b, man
}

// researcher creates a researcher with ample credit.
func researcher(t *testing.T, e *fixture.Env) ledger.Researcher {
	t.Helper()
	ctx := context.Background()
	r, err := e.Store.CreateResearcher(ctx, ledger.Researcher{Email: "curious@example.org", Name: "Curious", Organization: "Lab", IntendedUse: "linking"})
	if err == nil {
		err = e.Store.GrantCredit(ctx, r.ID, 1_000_000_00, "test")
	}
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// order buys the current snapshot of a cohort as researcher r through the
// portal's order path; a refused order returns its error and no bundle.
func order(t *testing.T, e *fixture.Env, r ledger.Researcher, cohortID string) (*attack.Bundle, ledger.Bundle, ledger.Order, error) {
	t.Helper()
	ctx := context.Background()
	o, _, err := e.Store.PlaceOrder(ctx, r.ID, "k-"+cohortID+"-"+time.Now().String(), latest(t, e, cohortID).Snapshot.ID, 0)
	if err != nil {
		return nil, ledger.Bundle{}, o, err
	}
	lb, err := e.Store.Bundle(ctx, o.BundleID)
	if err != nil {
		t.Fatal(err)
	}
	b, lb, _ := export(t, e, lb, 0)
	return b, lb, o, nil
}

// k is the default policy's k; the linkage bound is 1/k.
var k = cohorter.DefaultPolicy().K

// band40s puts everyone in the 40–49 band, whatever year the test runs.
func band40s(int) int { return fixture.Now.Year() - 45 }

func alternate(i int) string { return []string{"ring", "wristband"}[i%2] }

// linkRate is the share of people in both bundles whom the links pair up
// correctly under two different pseudonyms (a person under the same
// pseudonym in both is no link learnt); secrets tell the platform whom each
// pseudonym stands for.
func linkRate(people []person, links []attack.Link, a, b ledger.Bundle) (float64, int) {
	guess := map[string]string{}
	for _, l := range links {
		guess[l.A] = l.B
	}
	right, both := 0, 0
	for _, p := range people {
		la, lb := bundle.Pseudonym(a.Secret, p.PID), bundle.Pseudonym(b.Secret, p.PID)
		if _, ok := guess[la]; !ok {
			continue
		}
		both++
		if guess[la] == lb && la != lb {
			right++
		}
	}
	return float64(right) / math.Max(1, float64(both)), both
}

// TestAttackLinkTwoBundlesOfOneSnapshot is attack (b): a researcher buys a
// snapshot twice and matches the two bundles' participants one to one.
func TestAttackLinkTwoBundlesOfOneSnapshot(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(1, 2)), 55, band40s, alternate)
	run(t, e, fixture.Now)
	sn := latest(t, e, "any.any.any").Snapshot
	a, la, ma := buyShare(t, e, sn.ID, 0)
	b, lb, mb := buyShare(t, e, sn.ID, 0)
	if ma.SHA256[bundle.ReadingsFile] != mb.SHA256[bundle.ReadingsFile] || ma.SHA256[bundle.ParticipantsFile] != mb.SHA256[bundle.ParticipantsFile] {
		t.Error("two purchases of one snapshot hold different data files")
	}
	rate, n := linkRate(people, attack.LinkBundles(a, b), la, lb)
	t.Logf("attack (b) two bundles of one snapshot: %.3f of %d participants linked (bound 1/k = %.3f)", rate, n, 1/float64(k))
	if rate > 1/float64(k) {
		t.Errorf("two bundles of one snapshot link %.3f of participants, above 1/k = %.3f", rate, 1/float64(k))
	}
}

// TestAttackLinkBundlesOfConsecutiveVersions is attack (b) across versions:
// k newcomers make a new version; its bundle is matched to the old one's.
func TestAttackLinkBundlesOfConsecutiveVersions(t *testing.T) {
	e := fixture.New(t)
	r := rand.New(rand.NewPCG(3, 4))
	people := population(t, e, r, 40, band40s, alternate)
	run(t, e, fixture.Now)
	v1 := latest(t, e, "any.any.any").Snapshot
	a, la := buy(t, e, v1.ID)
	people = append(people, population(t, e, r, k, band40s, alternate)...)
	run(t, e, fixture.Now.Add(25*time.Hour))
	v2 := latest(t, e, "any.any.any").Snapshot
	if v2.ID == v1.ID {
		t.Fatal("k newcomers made no new version")
	}
	b, lb := buy(t, e, v2.ID)
	rate, n := linkRate(people, attack.LinkBundles(a, b), la, lb)
	t.Logf("attack (b) bundles of consecutive versions: %.3f of %d participants linked", rate, n)
	// docs/privacy.md says these link; a design that stops it must say so.
	if rate < 0.5 {
		t.Errorf("bundles of consecutive versions link only %.3f of participants: update docs/privacy.md", rate)
	}
}

// TestAttackJoinBundlesOfOverlappingCohorts is attack (b) across cohorts: a
// researcher buys the bundles of two cohorts that each generalize a
// different dimension (40-49.any.any keeps no device type, any.any.ring no
// age band), links the people in both and gives each both: the age band from
// one, the device from the other. Fifteen people, fewer than k, share
// (40-49, ring), so the second order is refused and the join places nobody.
func TestAttackJoinBundlesOfOverlappingCohorts(t *testing.T) {
	e := fixture.New(t)
	people := overlapping(t, e, rand.New(rand.NewPCG(23, 24)), 15)
	run(t, e, fixture.Now)
	ctx := context.Background()
	r := researcher(t, e)
	a, la, first, err := order(t, e, r, "40-49.any.any")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := e.Store.Researcher(ctx, r.ID)
	b, lb, _, err := order(t, e, r, "any.any.ring")
	placed, both := 0, 0
	if err == nil {
		placed, both = joinBelowK(t, people, a, b, la, lb)
	}
	t.Logf("attack (b) joining bundles of 40-49.any.any and any.any.ring (15 people in both): %d rightly placed in a class below k = %d; second order: %v", placed, k, err)
	if placed > 0 {
		t.Errorf("joining overlapping cohorts places %d of %d people in a class below k", placed, both)
	}
	var je *ledger.JoinError
	if !errors.As(err, &je) || !errors.Is(err, ledger.ErrJoinBelowK) || !errors.Is(err, ledger.ErrNotOrderable) {
		t.Fatalf("second order: got %v, want a *ledger.JoinError", err)
	}
	if je.OrderID != first.ID || je.People != 15 || je.Class != "age band 40-49, device type ring" {
		t.Errorf("refusal names %s, class %q of %d; want %s, class (40-49, ring) of 15", je.OrderID, je.Class, je.People, first.ID)
	}
	after, _ := e.Store.Researcher(ctx, r.ID)
	if after.CreditsCents != before.CreditsCents {
		t.Errorf("a refused order charged %d cents", before.CreditsCents-after.CreditsCents)
	}
	if os, _ := e.Store.OrdersOf(ctx, r.ID); len(os) != 1 {
		t.Errorf("%d orders after a refusal, want 1", len(os))
	}
	// Buying the first snapshot again adds no dimension.
	if _, _, _, err := order(t, e, r, "40-49.any.any"); err != nil {
		t.Errorf("re-buying 40-49.any.any: %v", err)
	}
	// A colleague's account pools with the first as easily: refused too.
	// A researcher of another organisation holds neither and may buy it.
	for _, o := range []struct {
		email, org string
		sold       bool
	}{{"colleague@example.org", "lab", false}, {"other@example.org", "Other Lab", true}} {
		other, err := e.Store.CreateResearcher(ctx, ledger.Researcher{Email: o.email, Name: "Other", Organization: o.org, IntendedUse: "x"})
		if err == nil {
			err = e.Store.GrantCredit(ctx, other.ID, 1_000_000_00, "test")
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, err := order(t, e, other, "any.any.ring"); (err == nil) != o.sold {
			t.Errorf("a researcher of %q buying any.any.ring: %v, want sold %v", o.org, err, o.sold)
		}
	}
}

// TestAttackJoinOverlappingCohortsAtLeastK is the join when it keeps every
// class at k or more: 25 people in both cohorts share (40-49, ring), so the
// researcher may buy both.
func TestAttackJoinOverlappingCohortsAtLeastK(t *testing.T) {
	e := fixture.New(t)
	people := overlapping(t, e, rand.New(rand.NewPCG(25, 26)), 25)
	run(t, e, fixture.Now)
	r := researcher(t, e)
	a, la, _, err := order(t, e, r, "40-49.any.any")
	if err != nil {
		t.Fatal(err)
	}
	b, lb, _, err := order(t, e, r, "any.any.ring")
	if err != nil {
		t.Fatalf("second order of a join that keeps every class >= k: %v", err)
	}
	placed, both := joinBelowK(t, people, a, b, la, lb)
	t.Logf("attack (b) joining bundles of 40-49.any.any and any.any.ring (25 people in both): both sold, %d of %d placed in a class below k", placed, both)
	if placed > 0 {
		t.Errorf("a join that keeps every class >= k placed %d people below k", placed)
	}
}

// overlapping adds inBoth people aged 40-49 with rings, and 15 each aged
// 40-49 with wristbands and 50-59 with rings, so that 40-49.any.any must
// generalize device type and any.any.ring age band.
func overlapping(t *testing.T, e *fixture.Env, r *rand.Rand, inBoth int) []person {
	t.Helper()
	forties, fifties := func(int) int { return fixture.Now.Year() - 45 }, func(int) int { return fixture.Now.Year() - 55 }
	ring, wristband := func(int) string { return "ring" }, func(int) string { return "wristband" }
	people := population(t, e, r, inBoth, forties, ring)
	people = append(people, population(t, e, r, 15, forties, wristband)...)
	return append(people, population(t, e, r, 15, fifties, ring)...)
}

// joinBelowK links bundles a and b, gives each near-certainly linked person
// the age band from a and the device from b, and counts those rightly
// placed in a class below k, of the links made.
func joinBelowK(t *testing.T, people []person, a, b *attack.Bundle, la, lb ledger.Bundle) (placed, linked int) {
	t.Helper()
	age, device := map[string]string{}, map[string]string{}
	for _, p := range a.Participants {
		age[p.Label] = p.AgeBand
	}
	for _, p := range b.Participants {
		device[p.Label] = p.DeviceType
	}
	for _, p := range append(slices.Clone(a.Participants), b.Participants...) {
		if p.AgeBand != "any" && p.DeviceType != "any" {
			t.Fatalf("a bundle exports both age band and device type of %s: the scenario needs each cohort to generalize one", p.Label)
		}
	}
	// Only near-certain links count: the same minutes in both bundles.
	class := map[[2]string]int{}
	var links []attack.Link
	for _, l := range attack.LinkBundles(a, b) {
		if l.Exact > 0.5 {
			links = append(links, l)
			class[[2]string{age[l.A], device[l.B]}]++
		}
	}
	for _, l := range links {
		if class[[2]string{age[l.A], device[l.B]}] >= k {
			continue
		}
		for _, p := range people {
			if bundle.Pseudonym(la.Secret, p.PID) == l.A && bundle.Pseudonym(lb.Secret, p.PID) == l.B {
				placed++ // rightly placed in a class below k
			}
		}
	}
	return placed, len(links)
}

// TestAttackKnownOutsider is attack (c): someone who knows one person's
// true heart rate for a day (a partner's watch, a study visit) looks for
// them in a bundle; each day of each person is one try. It also reports the rate and the share of minutes kept
// at other day shares, the trade-off behind DefaultDayShare.
func TestAttackKnownOutsider(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(5, 6)), 55, band40s, alternate)
	run(t, e, fixture.Now)
	sn := latest(t, e, "any.any.any").Snapshot
	members, _ := e.Store.SnapshotMembers(context.Background(), sn.ID)
	var rows int64
	for _, m := range members {
		rows += m.Rows
	}
	for _, share := range []float64{1, bundle.DefaultDayShare, 0.25} {
		b, lb, man := buyShare(t, e, sn.ID, share)
		found, tries := 0, 0
		for _, p := range people {
			for d := range p.spec.Days {
				tries++
				if attack.FindKnown(b, "heart_rate", p.trueDay(d)) == bundle.Pseudonym(lb.Secret, p.PID) {
					found++
				}
			}
		}
		rate := float64(found) / float64(tries)
		kept := float64(man.Rows[bundle.ReadingsFile]) / float64(rows)
		t.Logf("attack (c) known outsider, one known day, day share %.2f: %.3f of %d tries found the person; research cost: %.3f of minute rows kept",
			share, rate, tries, kept)
		if share == bundle.DefaultDayShare && rate > knownOutsiderBound {
			t.Errorf("known-outsider attack finds %.3f of people, above %.3f", rate, knownOutsiderBound)
		}
	}
}

// knownOutsiderBound is the share of tries in which the known-outsider
// attack may find the person at the default day share: the known day is in
// the bundle about half the time, and otherwise the day's level and hours
// of wear still point to the right person about one time in four (0.62 in
// all); the bound leaves four standard deviations for which days a run's
// random pseudonyms keep.
const knownOutsiderBound = 0.75

// differencingTolerance is how close (bpm) an estimate of one person's mean
// heart rate must be to count as recovered: the portal shows one decimal.
const differencingTolerance = 1.0

// differencingBound is the share of people attack (a) may recover.
const differencingBound = 0.05

// TestAttackDifferenceConsecutiveVersions is attack (a) across versions:
// one member after another revokes consent, and each time the catalog's
// statistics before and after are compared.
func TestAttackDifferenceConsecutiveVersions(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(7, 8)), k+10, band40s, alternate)
	run(t, e, fixture.Now)
	ctx := context.Background()
	at := fixture.Now
	recovered, tried, daysRecovered := 0, 0, 0
	var errSum float64
	for _, p := range people[:8] {
		before := latest(t, e, "any.any.any")
		if _, err := e.Store.RecordConsent(ctx, p.Contributor.ID, ledger.ScopeResearch, false, ledger.TermsVersion); err != nil {
			t.Fatal(err)
		}
		at = at.Add(25 * time.Hour)
		run(t, e, at)
		after := latest(t, e, "any.any.any")
		if after.Snapshot.ID == before.Snapshot.ID {
			continue // nothing new to compare
		}
		est, ok := attack.Difference(before.Stats, after.Stats, before.Snapshot.Members, after.Snapshot.Members, "heart_rate")
		if !ok {
			continue
		}
		// The person-days difference is the leaver's days with data: a
		// fingerprint (coverage_days) in the earlier version's bundle.
		if before.Snapshot.ContributorDays-after.Snapshot.ContributorDays == p.spec.Days {
			daysRecovered++
		}
		tried++
		errSum += math.Abs(est - p.trueMeanHR())
		if math.Abs(est-p.trueMeanHR()) <= differencingTolerance {
			recovered++
		}
	}
	rate := float64(recovered) / math.Max(1, float64(tried))
	t.Logf("attack (a) consecutive versions: %d of %d leavers' mean heart rate within %.1f bpm (rate %.3f, mean error %.1f bpm); %d of %d leavers' days exactly",
		recovered, tried, differencingTolerance, rate, errSum/math.Max(1, float64(tried)), daysRecovered, tried)
	if rate > differencingBound {
		t.Errorf("differencing recovers %.3f of leavers, above %.3f", rate, differencingBound)
	}
	if tried == 0 || daysRecovered > tried/4 {
		t.Errorf("person-days give %d of %d leavers' days", daysRecovered, tried)
	}
}

// TestAttackDifferenceOverlappingCohorts is attack (a) across cohorts: one
// person aged 50–59 among k+5 in their forties is the whole difference
// between everyone and the 40–49 cohort.
func TestAttackDifferenceOverlappingCohorts(t *testing.T) {
	e := fixture.New(t)
	r := rand.New(rand.NewPCG(9, 10))
	people := population(t, e, r, k+5, band40s, alternate)
	target := population(t, e, r, 1, func(int) int { return fixture.Now.Year() - 55 }, alternate)[0]
	_ = people
	run(t, e, fixture.Now)
	all, forties := latest(t, e, "any.any.any"), latest(t, e, "40-49.any.any")
	est, ok := attack.Difference(all.Stats, forties.Stats, all.Snapshot.Members, forties.Snapshot.Members, "heart_rate")
	if !ok {
		t.Fatal("no heart rate in both cohorts")
	}
	miss := math.Abs(est - target.trueMeanHR())
	t.Logf("attack (a) overlapping cohorts: estimate %.2f, true %.2f (off by %.2f bpm)", est, target.trueMeanHR(), miss)
	if miss <= differencingTolerance {
		t.Errorf("differencing any.any.any and 40-49.any.any recovers the outsider's mean heart rate within %.2f bpm", miss)
	}
}

// TestAttackDifferenceNoiseBound repeats attack (a) over many releases of
// the same two member sets (everyone, everyone but one person), each with
// fresh noise, leaving each person out in turn: the share of estimates
// within the tolerance stays under the bound and the typical error is at
// least the Laplace scale of a difference of two noisy sums.
func TestAttackDifferenceNoiseBound(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(12, 13)), k+10, band40s, alternate)
	p := cohorter.DefaultPolicy()
	set, err := e.Warehouse.Features(context.Background(), warehouse.DayWindow(fixture.Now, p.WindowDays()), p.MinMinutesPerDay)
	if err != nil {
		t.Fatal(err)
	}
	truth := map[string]float64{}
	for _, q := range people {
		truth[q.PID] = q.trueMeanHR()
	}
	r := rand.New(rand.NewPCG(14, 15))
	const trials = 400
	recovered := 0
	errs := make([]float64, 0, trials)
	for i := range trials {
		out := i % len(set.Features)
		rest := append(slices.Clone(set.Features[:out]), set.Features[out+1:]...)
		all := warehouse.PrivateStats(set.Features, k, p.Epsilon, r)
		less := warehouse.PrivateStats(rest, k, p.Epsilon, r)
		est, ok := attack.Difference(all, less, len(set.Features), len(rest), "heart_rate")
		if !ok {
			est = math.Inf(1) // nothing to difference: not recovered
		}
		miss := math.Abs(est - truth[set.Features[out].PID])
		errs = append(errs, miss)
		if miss <= differencingTolerance {
			recovered++
		}
	}
	slices.Sort(errs)
	_, bSum, _ := warehouse.NoiseScales("heart_rate", p.Epsilon)
	rate := float64(recovered) / trials
	t.Logf("attack (a) over %d releases at ε = %g per metric: %.3f within %.1f bpm; median error %.1f bpm (sum noise scale %.0f)",
		trials, p.Epsilon, rate, differencingTolerance, errs[trials/2], bSum)
	if rate > differencingBound {
		t.Errorf("differencing recovers %.3f of people within %.1f bpm, above %.3f", rate, differencingTolerance, differencingBound)
	}
	if errs[trials/2] < bSum/2 {
		t.Errorf("median error %.1f bpm is below half the noise scale %.0f", errs[trials/2], bSum)
	}
}

// TestResearchCostOfCatalogNoise reports what the noise costs a
// researcher reading the catalog: the error of a cohort's mean heart rate.
func TestResearchCostOfCatalogNoise(t *testing.T) {
	for _, n := range []int{k, 55, 300} {
		e := fixture.New(t)
		people := population(t, e, rand.New(rand.NewPCG(16, uint64(n))), n, band40s, alternate)
		p := cohorter.DefaultPolicy()
		set, err := e.Warehouse.Features(context.Background(), warehouse.DayWindow(fixture.Now, p.WindowDays()), p.MinMinutesPerDay)
		if err != nil {
			t.Fatal(err)
		}
		var exact float64
		for _, q := range people {
			exact += q.trueMeanHR()
		}
		exact /= float64(n)
		r := rand.New(rand.NewPCG(17, 18))
		var sq float64
		const trials = 200
		shown := 0
		for range trials {
			hr := statOf(warehouse.PrivateStats(set.Features, k, p.Epsilon, r), "heart_rate")
			if hr == nil {
				continue
			}
			shown++
			sq += (hr.Mean - exact) * (hr.Mean - exact)
		}
		rmse := math.Sqrt(sq / float64(max(shown, 1)))
		t.Logf("research cost: cohort of %d, mean heart rate %.1f bpm, RMS error of the published mean %.2f bpm at ε = %g (shown in %d of %d releases)",
			n, exact, rmse, p.Epsilon, shown, trials)
		if n >= 55 && rmse > 5 {
			t.Errorf("the published mean heart rate of %d people is off by %.2f bpm (RMS)", n, rmse)
		}
	}
}

// TestAttackDifferenceAveragedReleases is attack (a) by a patient
// researcher: one person leaves after a month of daily versions, and a
// month of versions follows; the attacker averages each side before
// differencing. Composition over versions shows in the error. Each person
// leaves in four tries.
func TestAttackDifferenceAveragedReleases(t *testing.T) {
	e := fixture.New(t)
	people := population(t, e, rand.New(rand.NewPCG(19, 20)), k+10, band40s, alternate)
	p := cohorter.DefaultPolicy()
	set, err := e.Warehouse.Features(context.Background(), warehouse.DayWindow(fixture.Now, p.WindowDays()), p.MinMinutesPerDay)
	if err != nil {
		t.Fatal(err)
	}
	truth := map[string]float64{}
	for _, q := range people {
		truth[q.PID] = q.trueMeanHR()
	}
	r := rand.New(rand.NewPCG(21, 22))
	const versions = 30 // a month of daily versions on each side
	recovered, tries := 0, 0
	var errSum float64
	for try := range 4 * len(set.Features) {
		out := try % len(set.Features)
		rest := append(slices.Clone(set.Features[:out]), set.Features[out+1:]...)
		var before, after float64 // averages of mean × members
		for range versions {
			if hr := statOf(warehouse.PrivateStats(set.Features, k, p.Epsilon, r), "heart_rate"); hr != nil {
				before += hr.Mean * float64(len(set.Features)) / versions
			}
			if hr := statOf(warehouse.PrivateStats(rest, k, p.Epsilon, r), "heart_rate"); hr != nil {
				after += hr.Mean * float64(len(rest)) / versions
			}
		}
		miss := math.Abs(before - after - truth[set.Features[out].PID])
		tries++
		errSum += miss
		if miss <= differencingTolerance {
			recovered++
		}
	}
	rate := float64(recovered) / float64(tries)
	t.Logf("attack (a) averaging %d versions on each side of a leave: %.3f of %d tries within %.1f bpm, mean error %.1f bpm",
		versions, rate, tries, differencingTolerance, errSum/float64(tries))
	if rate > averagedBound {
		t.Errorf("averaged differencing recovers %.3f of people, above %.3f", rate, averagedBound)
	}
}

// averagedBound is the share of tries the averaging attack may recover:
// 30 versions a side cut the noise about fivefold, so about 2 % of
// estimates land within the tolerance by chance; the bound leaves over
// five standard deviations of 120 tries.
const averagedBound = 0.1

// statOf is metric's statistics in a release, or nil if it is not shown.
func statOf(st []warehouse.MetricStats, metric string) *warehouse.MetricStats {
	for i := range st {
		if st[i].Metric == metric {
			return &st[i]
		}
	}
	return nil
}
