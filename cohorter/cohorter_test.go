package cohorter_test

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/internal/fixture"
	"rhd.dev/ledger"
	"rhd.dev/merkle"
	"rhd.dev/warehouse"
)

func policy(k int) cohorter.Policy {
	p := cohorter.DefaultPolicy()
	p.K, p.MinMinutesPerDay, p.SedentaryBelow, p.ActiveFrom = k, 60, 500, 1200
	return p
}

func newCohorter(e *fixture.Env, k int) *cohorter.Cohorter {
	return &cohorter.Cohorter{Store: e.Store, Warehouse: e.Warehouse, Policy: policy(k), Now: func() time.Time { return fixture.Now }}
}

// Property: over random populations and k, nothing with fewer than k people
// is published, every exported class of quasi-identifiers holds at least k,
// and the catalog carries no count below k.
func TestKAnonymityOverRandomPopulations(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(2026, 11))
	for round := 0; round < 8; round++ {
		e := fixture.New(t)
		k := 5 + r.IntN(16)
		e.Random(t, r, 10+r.IntN(140), 0.8)
		rep, err := newCohorter(e, k).Run(ctx)
		if err != nil {
			t.Fatal(err)
		}
		snaps, _ := e.Store.LatestSnapshots(ctx)
		if len(snaps) != len(rep.Published) {
			t.Fatalf("round %d: %d snapshots for %d published", round, len(snaps), len(rep.Published))
		}
		for _, sn := range snaps {
			members, _ := e.Store.SnapshotMembers(ctx, sn.ID)
			if sn.Members < k || len(members) != sn.Members {
				t.Fatalf("round %d (k=%d): snapshot %s has %d members", round, k, sn.ID, len(members))
			}
			classes := map[[3]string]int{}
			for _, m := range members {
				classes[[3]string{m.AgeBand, m.Activity, m.DeviceType}]++
			}
			for c, n := range classes {
				if n < k {
					t.Fatalf("round %d (k=%d): snapshot %s exports class %v of %d", round, k, sn.ID, c, n)
				}
			}
		}
		entries, err := cohorter.Catalog{Store: e.Store}.List(ctx, cohorter.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, en := range entries {
			if en.Snapshot.Members < k || en.Snapshot.ContributorDays < k {
				t.Fatalf("catalog entry %s shows %d members / %d contributor-days", en.Cohort.ID, en.Snapshot.Members, en.Snapshot.ContributorDays)
			}
			for _, st := range en.Stats {
				for _, b := range st.Histogram {
					if b.Contributors != 0 {
						t.Fatalf("catalog shows per-bin contributor counts: %+v", b)
					}
				}
			}
		}
	}
}

func TestRefusesSmallK(t *testing.T) {
	e := fixture.New(t)
	c := newCohorter(e, 4)
	if _, err := c.Run(context.Background()); err == nil {
		t.Fatal("k = 4 accepted")
	}
}

// Statistics need a finite positive ε: anything else would publish them
// without a guarantee.
func TestRefusesEpsilonWithoutAGuarantee(t *testing.T) {
	for _, eps := range []float64{0, -1, math.NaN(), math.Inf(1), 11} {
		p := cohorter.DefaultPolicy()
		p.Epsilon = eps
		if err := p.Validate(); err == nil {
			t.Fatalf("epsilon %g accepted", eps)
		}
	}
}

// An operator's change of k and prices (stored in the ledger) applies from
// the next run: a new snapshot version with the new k and price; a change
// that would weaken anonymity stops the run instead of being ignored.
func TestOperatorPolicyChangeAppliesToTheNextRun(t *testing.T) {
	ctx := context.Background()
	e := population(t, 30)
	c := newCohorter(e, 20)
	if _, err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	before, _ := e.Store.LatestSnapshots(ctx)
	if err := e.Store.SetCohortPolicy(ctx, ledger.PolicyChange{K: 25, BasePriceCents: 12345, PerDayCents: 0, ChangedBy: "ops@example.org"}); err != nil {
		t.Fatal(err)
	}
	// At most one version per MinInterval, whatever changed: a policy
	// change waits for it.
	if rep, err := c.Run(ctx); err != nil || len(rep.Published) != 0 {
		t.Fatalf("a policy change published %v within the minimum interval (%v)", rep.Published, err)
	}
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.MinInterval()) }
	rep, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Published) == 0 {
		t.Fatal("a policy change published no new version")
	}
	after, _ := e.Store.LatestSnapshots(ctx)
	for _, sn := range after {
		if sn.K != 25 || sn.PriceCents != 12345 {
			t.Fatalf("snapshot %s: k=%d price=%d, want the operators' 25 and 12345", sn.ID, sn.K, sn.PriceCents)
		}
		if sn.Members < 25 {
			t.Fatalf("snapshot %s has %d members under k=25", sn.ID, sn.Members)
		}
	}
	if before[0].ID == after[0].ID {
		t.Fatal("the snapshot was not versioned")
	}
	e.Store.SetCohortPolicy(ctx, ledger.PolicyChange{K: 3, ChangedBy: "ops@example.org"})
	if _, err := c.Run(ctx); err == nil {
		t.Fatal("a stored k = 3 was applied")
	}
}

func population(t *testing.T, n int) *fixture.Env {
	e := fixture.New(t)
	for i := 0; i < n; i++ {
		e.Add(t, fixture.Spec{BirthYear: 1980 + i%5, DeviceType: "wristband", Steps: 10, Days: 2, Minutes: 90, Consent: true})
	}
	return e
}

func TestDeterministicSnapshotsAndMerkleRoot(t *testing.T) {
	ctx := context.Background()
	e := population(t, 30)
	c := newCohorter(e, 20)
	first, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Published) == 0 {
		t.Fatal("nothing published for 30 consenting people")
	}
	before, _ := e.Store.LatestSnapshots(ctx)
	c.Now = func() time.Time { return fixture.Now.Add(40 * time.Minute) } // same hour
	again, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Published) != 0 || again.Unchanged != len(first.Published) {
		t.Fatalf("re-run on unchanged data published %v", again.Published)
	}
	after, _ := e.Store.LatestSnapshots(ctx)
	for i := range before {
		if before[i].ID != after[i].ID || string(before[i].MerkleRoot) != string(after[i].MerkleRoot) {
			t.Fatalf("snapshot changed: %s -> %s", before[i].ID, after[i].ID)
		}
	}
	// The root commits to every member: each member's leaf proves against it.
	sn := before[0]
	members, _ := e.Store.SnapshotMembers(ctx, sn.ID)
	var leaves []merkle.Hash
	for _, m := range members {
		leaves = append(leaves, cohorter.LeafOf(m))
	}
	tree, _ := merkle.New(leaves)
	if root := tree.Root(); string(root[:]) != string(sn.MerkleRoot) {
		t.Fatal("stored root is not the root of the stored members")
	}
	// One new member within a step publishes nothing: two versions never
	// differ by fewer than k people. k new members do publish, but not
	// within the minimum interval of the last version.
	e.Add(t, fixture.Spec{BirthYear: 1981, DeviceType: "wristband", Steps: 10, Days: 2, Minutes: 90, Consent: true})
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.MinInterval()) }
	if third, _ := c.Run(ctx); len(third.Published) != 0 {
		t.Fatalf("one new member published %v within a step", third.Published)
	}
	for range 19 {
		e.Add(t, fixture.Spec{BirthYear: 1981, DeviceType: "wristband", Steps: 10, Days: 2, Minutes: 90, Consent: true})
	}
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.MinInterval() - time.Minute) }
	if early, _ := c.Run(ctx); len(early.Published) != 0 {
		t.Fatalf("k new members published %v within the minimum interval", early.Published)
	}
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.MinInterval()) }
	if fourth, _ := c.Run(ctx); len(fourth.Published) == 0 {
		t.Fatal("k new members did not produce a new snapshot version")
	}
}

// Live data changes members' data at every run; within a step of the last
// version that alone publishes nothing, after the step it does.
func TestNewDataWithinAStepKeepsTheVersion(t *testing.T) {
	ctx := context.Background()
	e := population(t, 25)
	c := newCohorter(e, 20)
	first, err := c.Run(ctx)
	if err != nil || len(first.Published) == 0 {
		t.Fatalf("first run: %+v, %v", first, err)
	}
	// More heart-rate minutes of one member from another device.
	var w warehouse.Write
	p := e.People[0]
	w.Batches = append(w.Batches, warehouse.Batch{Source: 999, Seq: 1, PID: p.PID, DeviceType: "chest_strap", Frames: 1, Samples: 30, ReceivedMs: fixture.Now.UnixMilli()})
	for m := range 30 {
		w.Rollups.Append(999, 1, p.PID, "chest_strap", "heart_rate", fixture.FirstDay.Add(time.Duration(m)*time.Minute).UnixMilli(), 1, 70, 70, 70)
	}
	if _, err := e.Warehouse.Write(ctx, &w); err != nil {
		t.Fatal(err)
	}
	c.Now = func() time.Time { return fixture.Now.Add(10 * time.Minute) }
	within, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(within.Published) != 0 {
		t.Fatalf("new data of the same members published %v within a step", within.Published)
	}
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.Step + time.Minute) }
	after, err := c.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Published) != len(first.Published) {
		t.Fatalf("after the step published %v, want a new version of each of %v", after.Published, first.Published)
	}
}

func TestRevokedConsentLeavesTheNextSnapshot(t *testing.T) {
	ctx := context.Background()
	e := population(t, 25)
	c := newCohorter(e, 20)
	if _, err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	leaver := e.People[3]
	if _, err := e.Store.RecordConsent(ctx, leaver.Contributor.ID, ledger.ScopeResearch, false, ledger.TermsVersion); err != nil {
		t.Fatal(err)
	}
	// One leaver alone never makes a version (differencing the two would
	// single them out); the next version after the step leaves them out.
	c.Now = func() time.Time { return fixture.Now.Add(time.Hour) }
	if rep, _ := c.Run(ctx); len(rep.Published) != 0 {
		t.Fatalf("a single revocation published %v within a step", rep.Published)
	}
	c.Now = func() time.Time { return fixture.Now.Add(c.Policy.Step + time.Minute) }
	rep, _ := c.Run(ctx)
	if len(rep.Published) == 0 {
		t.Fatal("no new snapshot a step after a revocation")
	}
	for _, id := range rep.Published {
		members, _ := e.Store.SnapshotMembers(ctx, id)
		for _, m := range members {
			if m.ContributorID == leaver.Contributor.ID {
				t.Fatalf("revoked contributor is in %s", id)
			}
		}
	}
	// The earlier version still lists them: what was published stays immutable.
	v1, _ := e.Store.SnapshotMembers(ctx, "any.any.any@v1")
	found := false
	for _, m := range v1 {
		found = found || m.ContributorID == leaver.Contributor.ID
	}
	if !found {
		t.Fatal("the earlier snapshot lost the member")
	}
}

func TestCatalogFilters(t *testing.T) {
	ctx := context.Background()
	e := fixture.New(t)
	for i := 0; i < 24; i++ {
		e.Add(t, fixture.Spec{BirthYear: 1985, DeviceType: "ring", Steps: 15, Days: 2, Minutes: 100, Consent: true})
	}
	for i := 0; i < 21; i++ {
		e.Add(t, fixture.Spec{BirthYear: 1955, DeviceType: "wristband", Steps: 3, Days: 2, Minutes: 100, Consent: true})
	}
	c := newCohorter(e, 20)
	c.Noise = rand.New(rand.NewPCG(3, 4))
	if _, err := c.Run(ctx); err != nil {
		t.Fatal(err)
	}
	cat := cohorter.Catalog{Store: e.Store}
	all, _ := cat.List(ctx, cohorter.Filter{})
	rings, _ := cat.List(ctx, cohorter.Filter{DeviceType: "ring"})
	big, _ := cat.List(ctx, cohorter.Filter{MinSize: 40})
	if len(all) < 3 || len(rings) == 0 || len(big) != 1 || big[0].Cohort.ID != "any.any.any" {
		t.Fatalf("all %d, rings %d, >=40: %d", len(all), len(rings), len(big))
	}
	// Every public metric is noised in every release and shown when its
	// noisy count of people is high enough, so besides the two metrics
	// these people send (heart rate, steps), one they do not have shows now
	// and then: about 2.5 % of the time each (0.3 an entry for 11 metrics).
	public := warehouse.PublicMetrics()
	spurious := 0
	for _, en := range rings {
		if en.Cohort.DeviceType != "ring" || en.Snapshot.PriceCents <= 5000 {
			t.Fatalf("ring entry %+v", en.Cohort)
		}
		for _, st := range en.Stats {
			if !slices.Contains(public, st.Metric) {
				t.Fatalf("ring entry %s shows %s, not a public metric", en.Cohort.ID, st.Metric)
			}
			if st.Metric != "heart_rate" && st.Metric != "steps" {
				spurious++
			}
		}
	}
	if spurious > len(rings) {
		t.Fatalf("%d metrics nobody has shown in %d ring entries", spurious, len(rings))
	}
	show, err := cat.Show(ctx, "any.any.any")
	if err != nil || show.Snapshot.Members != 45 || show.Cohort.Description != "All contributors" {
		t.Fatalf("show: %+v %v", show.Snapshot, err)
	}
	if _, err := cat.Show(ctx, "10-19.any.any"); err == nil {
		t.Fatal("unpublished cohort shown")
	}
}
