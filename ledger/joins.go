package ledger

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrJoinBelowK is returned (wrapped in a *JoinError, which also matches
// ErrNotOrderable) when a researcher's new bundle, linked person by person
// with bundles they already hold, would place some people in a class of
// quasi-identifiers smaller than k.
var ErrJoinBelowK = errors.New("ledger: joined with your earlier purchases, this bundle would single out people")

// JoinError says which earlier purchase a refused order would combine with,
// and the class the join would make.
type JoinError struct {
	SnapshotID      string // what was ordered
	OrderID         string // the researcher's earlier purchase it combines with; "" for a colleague's, which stays theirs
	OrderSnapshotID string // that purchase's snapshot
	Class           string // the combined class, e.g. "age band 40-49, device type ring"
	// People of the new bundle in that class: fewer than k, so never told
	// to the buyer (a count below k is what k-anonymity withholds).
	People int
	K      int
}

func (e *JoinError) Error() string {
	return fmt.Sprintf("ledger: %s cannot be sold to you: some of its people are in %s, and linking the two bundles would place them in a class (%s) smaller than k = %d",
		e.SnapshotID, e.Earlier(), e.Class, e.K)
}

// Earlier names the purchase the order would combine with, as its buyer
// may be told: their own by id, a colleague's by its snapshot only.
func (e *JoinError) Earlier() string {
	if e.OrderID == "" {
		return "a purchase of " + e.OrderSnapshotID + " by your organisation"
	}
	return "your purchase " + e.OrderID + " (" + e.OrderSnapshotID + ")"
}

// Unwrap lets errors.Is match both ErrJoinBelowK and ErrNotOrderable.
func (e *JoinError) Unwrap() []error { return []error{ErrJoinBelowK, ErrNotOrderable} }

// dimensions name the exported quasi-identifiers, in snapshot_members' order.
var dimensions = [3]string{"age band", "activity", "device type"}

// combined is one person's quasi-identifiers over several bundles: per
// dimension, the first specific value the bundles export ("" where all
// generalize it), the new bundle's first. Where bundles of different
// windows export different values (a person's activity level changed),
// the new bundle's value stands: the change itself is not counted as a
// quasi-identifier, so that later versions of a cohort stay for sale.
type combined [3]string

func (c combined) add(class [3]string) combined {
	for i, v := range class {
		if c[i] == "" && v != "" && v != "any" {
			c[i] = v
		}
	}
	return c
}

func (c combined) String() string {
	var parts []string
	for i, v := range c {
		if v != "" {
			parts = append(parts, dimensions[i]+" "+v)
		}
	}
	if len(parts) == 0 {
		return "no quasi-identifier"
	}
	return strings.Join(parts, ", ")
}

// checkJoins refuses bundle bundleID of sn for researcherID if a researcher
// who links each of its people to the bundles they already hold (kept days
// are the same minutes, so they can) would place people in a class of
// combined quasi-identifiers that is more specific than each single
// bundle's class and holds fewer than k of the new bundle's people. Buying
// a snapshot again, or a version that generalizes the same way, adds no
// dimension and is never refused. The cost is two queries over the
// organisation's earlier bundle members and the new bundle's members; no
// bundle is exported. Counting only the new bundle's people is the
// conservative side: others with the same combined class could only make
// it larger. What an organisation holds counts as one holding: the earlier
// orders of every account of the researcher's organisation, and every
// order stated for the organisation this order names (letter case and
// surrounding spaces aside), since colleagues can pool their bundles as
// easily as one account can.
func (s *Store) checkJoins(ctx context.Context, q rowsQuerier, researcherID, organization string, sn Snapshot, bundleID string) error {
	org := strings.ToLower(strings.TrimSpace(organization))
	own := map[string][3]string{}
	rows, err := q.QueryContext(ctx, s.q(`SELECT n.pid, n.age_band, n.activity, n.device_type
		FROM bundle_members nb JOIN snapshot_members n ON n.snapshot_id = ? AND n.pid = nb.pid
		WHERE nb.bundle_id = ?`), sn.ID, bundleID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var pid string
		var class [3]string
		if err := rows.Scan(&pid, &class[0], &class[1], &class[2]); err != nil {
			rows.Close()
			return err
		}
		own[pid] = class
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Each of the new bundle's people as held in the researcher's earlier
	// bundles, with the class each of those exported.
	type held struct {
		order, snapshot string
		class           [3]string
	}
	earlier := map[string][]held{}
	rows, err = q.QueryContext(ctx, s.q(`SELECT bm.pid, CASE WHEN o.researcher_id = ? THEN o.id ELSE '' END, o.snapshot_id, m.age_band, m.activity, m.device_type
		FROM orders o
		JOIN bundle_members bm ON bm.bundle_id = o.bundle_id
		JOIN bundle_members nb ON nb.bundle_id = ? AND nb.pid = bm.pid
		JOIN snapshot_members m ON m.snapshot_id = o.snapshot_id AND m.pid = bm.pid
		WHERE o.snapshot_id <> ? AND (o.researcher_id = ? OR LOWER(o.organization) = ?
			OR o.researcher_id IN (SELECT id FROM researchers WHERE LOWER(TRIM(organization)) IN (?,
				(SELECT LOWER(TRIM(organization)) FROM researchers WHERE id = ?))))
		ORDER BY o.created_ms, o.id`), researcherID, bundleID, sn.ID, researcherID, org, org, researcherID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var pid string
		var h held
		if err := rows.Scan(&pid, &h.order, &h.snapshot, &h.class[0], &h.class[1], &h.class[2]); err != nil {
			rows.Close()
			return err
		}
		earlier[pid] = append(earlier[pid], h)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(earlier) == 0 {
		return nil
	}
	size := map[combined]int{}
	type finer struct {
		order, snapshot string
	}
	narrowed := map[combined]finer{} // classes the join makes, and a purchase behind one
	for pid, class := range own {
		c := combined{}.add(class)
		singles := []combined{c}
		var by finer
		for _, h := range earlier[pid] {
			single := combined{}.add(h.class)
			singles = append(singles, single)
			if next := c.add(h.class); next != c {
				c = next
				if by.order == "" {
					by = finer{h.order, h.snapshot}
				}
			}
		}
		size[c]++
		if !slices.Contains(singles, c) {
			if _, ok := narrowed[c]; !ok {
				narrowed[c] = by
			}
		}
	}
	// Report the smallest offending class, so the message is stable.
	var worst *JoinError
	for c, by := range narrowed {
		if n := size[c]; n < sn.K && (worst == nil || n < worst.People || n == worst.People && c.String() < worst.Class) {
			worst = &JoinError{SnapshotID: sn.ID, OrderID: by.order, OrderSnapshotID: by.snapshot, Class: c.String(), People: n, K: sn.K}
		}
	}
	if worst != nil {
		return worst
	}
	return nil
}
