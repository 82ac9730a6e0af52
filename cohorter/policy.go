// Package cohorter groups contributors into k-anonymous cohorts and publishes
// immutable, versioned snapshots of them to the ledger's catalog. Features are
// computed in the warehouse in one set-based query per run; identities are
// joined in only through the ledger (consent, birth year) by pseudonym.
package cohorter

import (
	"fmt"
	"strconv"
	"time"
)

// Policy is the operator's cohort policy.
type Policy struct {
	K                int           // minimum contributors per cohort and per exported class; default 20, at least 5
	Window           time.Duration // data window of a snapshot; default 30 days
	MinCoverageDays  int           // a member needs this many days with enough data; default 1
	MinMinutesPerDay int           // minutes that make a day "with enough data"; default 60
	SedentaryBelow   float64       // mean daily steps below this: sedentary; default 5000
	ActiveFrom       float64       // mean daily steps from this: active; default 10000
	CountsPerStep    float64       // activity counts per step, for devices without a step counter; default 25
	BasePriceCents   int64         // price = base + per contributor-day × contributor-days; default 5000
	PerDayCents      int64         // default 10
	// Step is the least time between two versions of one cohort whose
	// members changed by fewer than K (people in one version and not the
	// other) and whose k and prices did not change: runs in between keep the
	// latest version, so a few people leaving or joining are never
	// published alone. Default 24 h. Whatever changed (members, k, prices),
	// a cohort gets at most one new version per MinInterval.
	Step time.Duration
	// Epsilon is the differential privacy of one metric's catalog
	// statistics in one version (warehouse.PrivateStats), and of the
	// version's published person-days and minute rows together. Default 1.
	Epsilon float64
}

// WindowDays is the window in whole days (the warehouse summarizes by day),
// rounded up.
func (p Policy) WindowDays() int {
	return max(1, int((p.Window+24*time.Hour-1)/(24*time.Hour)))
}

// MinInterval is the least time between two versions of one cohort,
// whatever changed: a quarter of Step. Accounts that join and leave on
// every run (a change of k members each time) thus force at most four
// versions, each with fresh noise, per step; revoked members are dropped
// from bundles at sale time (ledger), not by a new version.
func (p Policy) MinInterval() time.Duration { return p.Step / 4 }

// MinK is the smallest k the platform accepts.
const MinK = 5

// DefaultPolicy returns the defaults listed on Policy.
func DefaultPolicy() Policy {
	return Policy{K: 20, Window: 30 * 24 * time.Hour, MinCoverageDays: 1, MinMinutesPerDay: 60,
		SedentaryBelow: 5000, ActiveFrom: 10000, CountsPerStep: 25, BasePriceCents: 5000, PerDayCents: 10, Step: 24 * time.Hour, Epsilon: 1}
}

// Validate refuses policies that would weaken anonymity or make no sense.
func (p Policy) Validate() error {
	switch {
	case p.K < MinK:
		return fmt.Errorf("cohorter: k = %d is below the minimum of %d", p.K, MinK)
	case p.Window < time.Hour:
		return fmt.Errorf("cohorter: window %v is shorter than an hour", p.Window)
	case p.Step < time.Second || p.Step > p.Window:
		return fmt.Errorf("cohorter: step %v must be between a second and the window", p.Step)
	case p.MinCoverageDays < 0 || p.MinMinutesPerDay < 0 || p.MinMinutesPerDay > 1440:
		return fmt.Errorf("cohorter: coverage thresholds out of range")
	case !(p.SedentaryBelow < p.ActiveFrom):
		return fmt.Errorf("cohorter: sedentary threshold %g must be below the active threshold %g", p.SedentaryBelow, p.ActiveFrom)
	case p.CountsPerStep <= 0:
		return fmt.Errorf("cohorter: counts per step must be positive")
	case !(p.Epsilon > 0 && p.Epsilon <= 10):
		return fmt.Errorf("cohorter: epsilon %g must be in (0, 10]", p.Epsilon)
	case p.BasePriceCents < 0 || p.PerDayCents < 0:
		return fmt.Errorf("cohorter: prices must not be negative")
	}
	return nil
}

// Price is the price of a snapshot with the given contributor-days.
func (p Policy) Price(contributorDays int) int64 {
	return p.BasePriceCents + p.PerDayCents*int64(contributorDays)
}

// Any is the value of a dimension a cohort (or an exported class) leaves open.
const Any = "any"

// Activity levels.
const (
	Sedentary = "sedentary"
	Moderate  = "moderate"
	Active    = "active"
)

// AgeBand returns the 10-year band of someone born in birthYear at year,
// top-coded at 90+.
func AgeBand(birthYear, year int) string {
	age := year - birthYear
	switch {
	case age >= 90:
		return "90+"
	case age < 0:
		age = 0
	}
	lo := age / 10 * 10
	return strconv.Itoa(lo) + "-" + strconv.Itoa(lo+9)
}

// ActivityLevel classifies mean daily steps.
func (p Policy) ActivityLevel(stepsPerDay float64) string {
	switch {
	case stepsPerDay < p.SedentaryBelow:
		return Sedentary
	case stepsPerDay < p.ActiveFrom:
		return Moderate
	}
	return Active
}
