package cohorter

import (
	"context"
	"encoding/json"

	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// Catalog is what researchers browse: the latest snapshot of every published
// cohort. It never returns a cohort smaller than its k.
type Catalog struct{ Store *ledger.Store }

// Filter narrows a catalog listing; empty fields match everything.
type Filter struct {
	AgeBand    string
	Activity   string
	DeviceType string
	MinSize    int
}

// Entry is one cohort in the catalog.
type Entry struct {
	Cohort   ledger.Cohort
	Snapshot ledger.Snapshot
	Stats    []warehouse.MetricStats
}

// List returns the cohorts matching f, by cohort id.
func (c Catalog) List(ctx context.Context, f Filter) ([]Entry, error) {
	snaps, err := c.Store.LatestSnapshots(ctx)
	if err != nil {
		return nil, err
	}
	cohorts, err := c.Store.Cohorts(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[string]ledger.Cohort{}
	for _, co := range cohorts {
		byID[co.ID] = co
	}
	var out []Entry
	for _, sn := range snaps {
		co := byID[sn.CohortID]
		if sn.Members < sn.K || sn.Members < MinK {
			continue // never shown, whatever the ledger holds
		}
		if (f.AgeBand != "" && co.AgeBand != f.AgeBand) || (f.Activity != "" && co.Activity != f.Activity) ||
			(f.DeviceType != "" && co.DeviceType != f.DeviceType) || sn.Members < f.MinSize {
			continue
		}
		e := Entry{Cohort: co, Snapshot: sn}
		if err := json.Unmarshal([]byte(sn.StatsJSON), &e.Stats); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Show returns one cohort's latest snapshot, or ledger.ErrNotFound.
func (c Catalog) Show(ctx context.Context, cohortID string) (Entry, error) {
	all, err := c.List(ctx, Filter{})
	if err != nil {
		return Entry{}, err
	}
	for _, e := range all {
		if e.Cohort.ID == cohortID || e.Snapshot.ID == cohortID {
			return e, nil
		}
	}
	return Entry{}, ledger.ErrNotFound
}
