package cohorter

import (
	"slices"
	"strings"
)

// definition is a cohort's (age band, activity, device type); Any leaves a
// dimension open.
type definition [3]string

func (d definition) id() string { return strings.Join(d[:], ".") }

func (d definition) matches(dims [3]string) bool {
	for i, v := range d {
		if v != Any && v != dims[i] {
			return false
		}
	}
	return true
}

// describe names the cohort in plain words for the catalog.
func (d definition) describe() string {
	var parts []string
	if d[0] != Any {
		parts = append(parts, "aged "+d[0])
	}
	switch d[1] {
	case Sedentary:
		parts = append(parts, "mostly sedentary")
	case Moderate:
		parts = append(parts, "moderately active")
	case Active:
		parts = append(parts, "very active")
	}
	if d[2] != Any {
		parts = append(parts, "wearing a "+strings.ReplaceAll(d[2], "_", " "))
	}
	if len(parts) == 0 {
		return "All contributors"
	}
	s := strings.Join(parts, ", ")
	return "Contributors " + s
}

// definitions lists the cohorts worth trying for the observed members, finest
// first: every observed (age, activity, device) cell, then coarser groupings
// so that small groups still reach k within a broader cohort.
func definitions(members []member) []definition {
	var values [3][]string
	for _, m := range members {
		for i, v := range m.dims() {
			if !slices.Contains(values[i], v) {
				values[i] = append(values[i], v)
			}
		}
	}
	for i := range values {
		slices.Sort(values[i])
	}
	var out []definition
	for _, a := range values[0] {
		for _, act := range values[1] {
			for _, dev := range values[2] {
				out = append(out, definition{a, act, dev})
			}
			out = append(out, definition{a, act, Any})
		}
		out = append(out, definition{a, Any, Any})
	}
	for _, act := range values[1] {
		out = append(out, definition{Any, act, Any})
	}
	for _, dev := range values[2] {
		out = append(out, definition{Any, Any, dev})
	}
	return append(out, definition{Any, Any, Any})
}

// generalize returns the members as they will be exported: the dimensions the
// cohort fixes are kept; of the open ones, the largest set (age band first,
// then activity, then device type) under which every class of exported
// quasi-identifiers holds at least k members is kept, and the rest become Any.
func generalize(in []member, def definition, k int) []member {
	var open []int
	for i, v := range def {
		if v == Any {
			open = append(open, i)
		}
	}
	// Subsets of the open dimensions, largest first, in preference order.
	var subsets [][]int
	for size := len(open); size >= 0; size-- {
		subsets = append(subsets, combinations(open, size)...)
	}
	for _, keep := range subsets {
		if minClass(in, keep) >= k {
			return apply(in, open, keep)
		}
	}
	return apply(in, open, nil) // unreachable: the cohort itself has >= k members
}

func combinations(set []int, size int) [][]int {
	if size == 0 {
		return [][]int{nil}
	}
	var out [][]int
	for i := range set {
		for _, rest := range combinations(set[i+1:], size-1) {
			out = append(out, append([]int{set[i]}, rest...))
		}
	}
	return out
}

// minClass is the size of the smallest class when members are grouped by the
// kept open dimensions.
func minClass(in []member, keep []int) int {
	classes := map[[3]string]int{}
	for _, m := range in {
		var key [3]string
		d := m.dims()
		for _, i := range keep {
			key[i] = d[i]
		}
		classes[key]++
	}
	smallest := len(in)
	for _, n := range classes {
		smallest = min(smallest, n)
	}
	return smallest
}

func apply(in []member, open, keep []int) []member {
	out := make([]member, len(in))
	for j, m := range in {
		for _, i := range open {
			if !slices.Contains(keep, i) {
				switch i {
				case 0:
					m.AgeBand = Any
				case 1:
					m.Activity = Any
				case 2:
					m.DeviceType = Any
				}
			}
		}
		out[j] = m
	}
	return out
}
