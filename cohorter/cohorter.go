package cohorter

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/merkle"
	"rhd.dev/stream/pseudo"
	"rhd.dev/warehouse"
)

// Cohorter computes and publishes snapshots.
type Cohorter struct {
	Store     *ledger.Store
	Warehouse warehouse.Warehouse
	Policy    Policy
	Now       func() time.Time
	Logger    *slog.Logger
	// Noise draws the statistics' noise; nil: seeded from crypto/rand.
	Noise *rand.Rand
}

// Report says what one run did. It carries no count of a group below k.
type Report struct {
	Eligible  int      // consenting contributors with enough data
	Published []string // snapshot ids created by this run
	Unchanged int      // cohorts whose latest snapshot already matched
	Withheld  int      // cohort cells that did not reach k (their sizes are not reported)
}

// member is one eligible contributor with the quasi-identifiers of its class
// and the summary its catalog statistics come from.
type member struct {
	ledger.SnapshotMember
	feature *warehouse.Feature
}

// dims are a member's full quasi-identifiers: age band, activity, device type.
func (m member) dims() [3]string { return [3]string{m.AgeBand, m.Activity, m.DeviceType} }

// Run computes the current cohorts and publishes a new snapshot of every
// cohort that reaches k and changed since its latest snapshot. The operators'
// latest change of k and prices (ledger) overrides the configured policy.
func (c *Cohorter) Run(ctx context.Context) (Report, error) {
	p, err := EffectivePolicy(ctx, c.Store, c.Policy)
	if err != nil {
		return Report{}, err
	}
	run := *c
	run.Policy = p
	return run.run(ctx)
}

// EffectivePolicy is configured with the operators' latest change applied.
// A stored change that fails validation is an error, never silently ignored.
func EffectivePolicy(ctx context.Context, store *ledger.Store, configured Policy) (Policy, error) {
	p := configured
	ch, ok, err := store.CohortPolicy(ctx)
	if err != nil {
		return p, err
	}
	if ok {
		p.K, p.BasePriceCents, p.PerDayCents = ch.K, ch.BasePriceCents, ch.PerDayCents
	}
	return p, p.Validate()
}

func (c *Cohorter) run(ctx context.Context) (Report, error) {
	var rep Report
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	log := c.Logger
	if log == nil {
		log = slog.Default()
	}
	t := now().UTC()
	// Whole days, today included: the summaries are daily. The snapshot
	// names the last warehouse write it saw, so its bundles hold exactly
	// what it summarized however much data arrives later.
	win := warehouse.DayWindow(t, c.Policy.WindowDays())
	set, err := c.Warehouse.Features(ctx, win, c.Policy.MinMinutesPerDay)
	if err != nil {
		return rep, err
	}
	scope := warehouse.Scope{From: win.From, To: win.To, Through: set.Through}
	members, err := c.eligible(ctx, t, win, set.Features)
	if err != nil {
		return rep, err
	}
	rep.Eligible = len(members)
	for _, def := range definitions(members) {
		var in []member
		for _, m := range members {
			if def.matches(m.dims()) {
				in = append(in, m)
			}
		}
		if len(in) < c.Policy.K {
			rep.Withheld++
			continue
		}
		id, changed, err := c.publish(ctx, def, in, scope, t)
		if err != nil {
			return rep, fmt.Errorf("cohort %s: %w", def.id(), err)
		}
		if changed {
			rep.Published = append(rep.Published, id)
		} else {
			rep.Unchanged++
		}
	}
	log.Info("cohorter: run", "eligible", rep.Eligible, "published", len(rep.Published), "unchanged", rep.Unchanged, "window_to", win.To)
	return rep, nil
}

// eligible joins warehouse features with consent and profiles from the ledger.
func (c *Cohorter) eligible(ctx context.Context, t time.Time, win warehouse.Window, features []warehouse.Feature) ([]member, error) {
	consenting, err := c.Store.Consenting(ctx, ledger.ScopeResearch, t)
	if err != nil {
		return nil, err
	}
	pepper, err := c.Store.Pepper(ctx)
	if err != nil {
		return nil, err
	}
	byPID := make(map[string]ledger.Contributor, len(consenting))
	for _, p := range consenting {
		byPID[pseudo.PID(pepper, p.ID)] = p
	}
	var out []member
	for i := range features {
		f := &features[i]
		p, ok := byPID[f.PID]
		if !ok || f.CoverageDays < c.Policy.MinCoverageDays {
			continue
		}
		steps := f.Steps
		days := f.StepDays
		if days == 0 { // no step counter (chest strap): estimate from activity counts
			steps, days = f.Activity/c.Policy.CountsPerStep, f.Days
		}
		perDay := 0.0
		if days > 0 {
			perDay = steps / float64(days)
		}
		out = append(out, member{ledger.SnapshotMember{
			ContributorID: p.ID, PID: f.PID, Weight: f.Minutes, CoverageDays: f.CoverageDays, Rows: f.Rows, Digest: f.Digest,
			AgeBand: AgeBand(p.BirthYear, win.To.Year()), Activity: c.Policy.ActivityLevel(perDay), DeviceType: f.DeviceType,
		}, f})
	}
	slices.SortFunc(out, func(a, b member) int { return strings.Compare(a.PID, b.PID) })
	return out, nil
}

// publish writes a new snapshot of def unless the latest one has the same content.
func (c *Cohorter) publish(ctx context.Context, def definition, in []member, scope warehouse.Scope, t time.Time) (string, bool, error) {
	k := c.Policy.K
	exported := generalize(in, def, k)
	summaries := make([]warehouse.Feature, len(exported))
	for i, m := range exported {
		summaries[i] = *m.feature
	}
	statsJSON, _ := json.Marshal(warehouse.PrivateStats(summaries, k, c.Policy.Epsilon, c.Noise))

	leaves := make([]merkle.Hash, len(exported))
	var days int
	var rows int64
	for i, m := range exported {
		leaves[i] = MemberLeaf(m)
		days += m.CoverageDays
		rows += min(m.Rows, int64(c.Policy.WindowDays())*MaxRowsPerDay)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		return "", false, err
	}
	root := tree.Root()
	days, rows = c.publicCounts(days, rows, len(exported))
	sn := ledger.Snapshot{
		CohortID: def.id(), CreatedAt: t, WindowFrom: scope.From, WindowTo: scope.To, ReceivedTo: t, Through: scope.Through,
		K: k, Members: len(exported), ContributorDays: days, Rows: rows, PriceCents: c.Policy.Price(days),
		MerkleRoot: root[:], StatsJSON: string(statsJSON),
	}
	sn.ContentHash = contentHash(sn, exported)

	if err := c.Store.PutCohort(ctx, ledger.Cohort{ID: def.id(), AgeBand: def[0], Activity: def[1], DeviceType: def[2], Description: def.describe()}); err != nil {
		return "", false, err
	}
	latest, err := c.Store.LatestSnapshot(ctx, def.id())
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return "", false, err
	}
	if err == nil {
		if string(latest.ContentHash) == string(sn.ContentHash) {
			return latest.ID, false, nil
		}
		// Each version spends privacy budget and draws fresh noise, which
		// averaging over versions cancels: at most one version per
		// MinInterval, whatever changed.
		if t.Sub(latest.CreatedAt) < c.Policy.MinInterval() {
			return latest.ID, false, nil
		}
		// Live data changes every member's data all the time. Within a step
		// of the last version, only a change of k or prices, or of at least
		// k members, publishes: two versions never differ by a few people
		// alone.
		samePolicy := latest.K == sn.K && c.Policy.Price(latest.ContributorDays) == latest.PriceCents
		if t.Sub(latest.CreatedAt) < c.Policy.Step && samePolicy {
			changed, err := c.membersChanged(ctx, latest, exported)
			if err != nil {
				return "", false, err
			}
			if changed < k {
				return latest.ID, false, nil
			}
		}
	}
	rowsOut := make([]ledger.SnapshotMember, len(exported))
	for i, m := range exported {
		rowsOut[i] = m.SnapshotMember
	}
	created, err := c.Store.CreateSnapshot(ctx, sn, rowsOut)
	return created.ID, err == nil, err
}

// MaxRowsPerDay bounds the minute rows one person adds to a snapshot's
// published row count per day of its window (metric-minutes beyond it are
// not counted), so that the count's noise can cover anyone.
const MaxRowsPerDay = 8 * 1440

// publicCounts returns the person-days and minute rows a snapshot
// publishes (and prices by), with Laplace noise of ε/2 each: one person
// adds at most the window's days and MaxRowsPerDay rows a day. Neither is
// shown below the member count, which is public.
func (c *Cohorter) publicCounts(days int, rows int64, members int) (int, int64) {
	r := c.Noise
	if r == nil {
		r = warehouse.NoiseSource()
	}
	window := float64(c.Policy.WindowDays())
	d := float64(days) + warehouse.Laplace(r, window/(c.Policy.Epsilon/2))
	n := float64(rows) + warehouse.Laplace(r, window*MaxRowsPerDay/(c.Policy.Epsilon/2))
	return max(members, int(math.Round(d))), max(int64(members), int64(math.Round(n)))
}

// MemberLeaf is a member's Merkle leaf:
// keccak256(keccak256(abi.encode(bytes32 pid, uint256 weight, bytes32 rowsDigest))).
func MemberLeaf(m member) merkle.Hash { return memberLeaf(m.PID, m.Weight, m.Digest) }

func memberLeaf(pid string, weight int64, digest []byte) merkle.Hash {
	p, _ := hex.DecodeString(pid)
	var enc []byte
	enc = append(enc, pad32(p)...)
	enc = append(enc, merkle.Word(uint64(weight))...)
	enc = append(enc, pad32(digest)...)
	return merkle.Leaf(enc)
}

// LeafOf is the Merkle leaf of a stored snapshot member, for proofs.
func LeafOf(m ledger.SnapshotMember) merkle.Hash { return memberLeaf(m.PID, m.Weight, m.Digest) }

func pad32(b []byte) []byte {
	var w [32]byte
	copy(w[:], b)
	return w[:]
}

// contentHash covers everything a snapshot says except when it was made and
// the write it was read at (members' digests change when their data does).
func contentHash(sn ledger.Snapshot, members []member) []byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%d|%d|%d|%d|%s|%x\n", sn.CohortID, sn.WindowFrom.UnixMilli(), sn.WindowTo.UnixMilli(),
		sn.K, sn.PriceCents, sn.StatsJSON, sn.MerkleRoot)
	for _, m := range members {
		fmt.Fprintf(h, "%s|%d|%d|%d|%x|%s|%s|%s\n", m.PID, m.Weight, m.CoverageDays, m.Rows, m.Digest, m.AgeBand, m.Activity, m.DeviceType)
	}
	return h.Sum(nil)
}

// membersChanged counts the contributors in sn or ms but not in both.
func (c *Cohorter) membersChanged(ctx context.Context, sn ledger.Snapshot, ms []member) (int, error) {
	stored, err := c.Store.SnapshotMembers(ctx, sn.ID)
	if err != nil {
		return 0, err
	}
	in := make(map[string]bool, len(stored))
	for _, m := range stored {
		in[m.PID] = true
	}
	changed := len(stored)
	for _, m := range ms {
		if in[m.PID] {
			changed--
		} else {
			changed++
		}
	}
	return changed, nil
}
