package ledger

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Cohort is a published definition of a group of contributors by their
// coarse quasi-identifiers; "any" leaves a dimension open.
type Cohort struct {
	ID          string
	AgeBand     string
	Activity    string
	DeviceType  string
	Description string
}

// Snapshot is an immutable version of a cohort's contents.
type Snapshot struct {
	ID              string
	CohortID        string
	Version         int
	CreatedAt       time.Time
	WindowFrom      time.Time
	WindowTo        time.Time
	ReceivedTo      time.Time // when it was made; bounds its rows when Through is 0
	Through         int64     // the last warehouse write it summarized; bundles export exactly the batches stored by then
	K               int
	Members         int
	ContributorDays int
	Rows            int64
	PriceCents      int64
	MerkleRoot      []byte
	ContentHash     []byte
	StatsJSON       string
}

// SnapshotMember is one contributor in a snapshot.
type SnapshotMember struct {
	ContributorID string
	PID           string
	Weight        int64
	CoverageDays  int
	Rows          int64
	Digest        []byte
	AgeBand       string
	Activity      string
	DeviceType    string
}

// PutCohort creates or updates a cohort definition.
func (s *Store) PutCohort(ctx context.Context, c Cohort) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO cohorts (id, age_band, activity, device_type, description) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET description = excluded.description`), c.ID, c.AgeBand, c.Activity, c.DeviceType, c.Description)
	return err
}

// Cohorts lists every cohort definition by id.
func (s *Store) Cohorts(ctx context.Context) ([]Cohort, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, age_band, activity, device_type, description FROM cohorts ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Cohort
	for rows.Next() {
		var c Cohort
		if err := rows.Scan(&c.ID, &c.AgeBand, &c.Activity, &c.DeviceType, &c.Description); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Cohort returns one cohort definition.
func (s *Store) Cohort(ctx context.Context, id string) (Cohort, error) {
	var c Cohort
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, age_band, activity, device_type, description FROM cohorts WHERE id = ?`), id).
		Scan(&c.ID, &c.AgeBand, &c.Activity, &c.DeviceType, &c.Description)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

const snapshotColumns = `id, cohort_id, version, created_ms, window_from_ms, window_to_ms, received_to_ms, k, members,
	contributor_days, row_count, price_cents, merkle_root, content_hash, stats_json, through_wseq`

func scanSnapshot(sc interface{ Scan(...any) error }) (Snapshot, error) {
	var sn Snapshot
	var created, from, to, recv int64
	err := sc.Scan(&sn.ID, &sn.CohortID, &sn.Version, &created, &from, &to, &recv, &sn.K, &sn.Members,
		&sn.ContributorDays, &sn.Rows, &sn.PriceCents, &sn.MerkleRoot, &sn.ContentHash, &sn.StatsJSON, &sn.Through)
	sn.CreatedAt, sn.WindowFrom, sn.WindowTo, sn.ReceivedTo = time.UnixMilli(created), time.UnixMilli(from), time.UnixMilli(to), time.UnixMilli(recv)
	return sn, err
}

// CreateSnapshot stores a new version of the snapshot's cohort with its
// members, in one transaction, and returns it with id and version set.
func (s *Store) CreateSnapshot(ctx context.Context, sn Snapshot, members []SnapshotMember) (Snapshot, error) {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COALESCE(MAX(version), 0) + 1 FROM snapshots WHERE cohort_id = ?`), sn.CohortID).Scan(&sn.Version); err != nil {
			return err
		}
		sn.ID = fmt.Sprintf("%s@v%d", sn.CohortID, sn.Version)
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO snapshots (`+snapshotColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			sn.ID, sn.CohortID, sn.Version, sn.CreatedAt.UnixMilli(), sn.WindowFrom.UnixMilli(), sn.WindowTo.UnixMilli(), sn.ReceivedTo.UnixMilli(),
			sn.K, sn.Members, sn.ContributorDays, sn.Rows, sn.PriceCents, sn.MerkleRoot, sn.ContentHash, sn.StatsJSON, sn.Through); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, s.q(`INSERT INTO snapshot_members (snapshot_id, contributor_id, pid, weight, coverage_days, row_count, digest, age_band, activity, device_type)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, m := range members {
			if _, err := stmt.ExecContext(ctx, sn.ID, m.ContributorID, m.PID, m.Weight, m.CoverageDays, m.Rows, m.Digest, m.AgeBand, m.Activity, m.DeviceType); err != nil {
				return err
			}
		}
		return nil
	})
	return sn, err
}

// Snapshot returns one snapshot.
func (s *Store) Snapshot(ctx context.Context, id string) (Snapshot, error) {
	sn, err := scanSnapshot(s.db.QueryRowContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM snapshots WHERE id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return sn, ErrNotFound
	}
	return sn, err
}

// LatestSnapshots returns the newest snapshot of every cohort, by cohort id.
func (s *Store) LatestSnapshots(ctx context.Context) ([]Snapshot, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+snapshotColumns+` FROM snapshots s
		WHERE version = (SELECT MAX(version) FROM snapshots l WHERE l.cohort_id = s.cohort_id) ORDER BY cohort_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Snapshot
	for rows.Next() {
		sn, err := scanSnapshot(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sn)
	}
	return out, rows.Err()
}

// SnapshotMembers lists a snapshot's members by pseudonym.
func (s *Store) SnapshotMembers(ctx context.Context, snapshotID string) ([]SnapshotMember, error) {
	return s.members(ctx, `FROM snapshot_members m WHERE m.snapshot_id = ?`, snapshotID)
}

// BundleMembers lists the members a bundle holds, by pseudonym: those of its
// snapshot who consented when the bundle was issued. Its export and its
// sale's split both use exactly these.
func (s *Store) BundleMembers(ctx context.Context, bundleID string) ([]SnapshotMember, error) {
	return s.members(ctx, `FROM bundle_members bm JOIN bundles b ON b.id = bm.bundle_id
		JOIN snapshot_members m ON m.snapshot_id = b.snapshot_id AND m.pid = bm.pid WHERE bm.bundle_id = ?`, bundleID)
}

func (s *Store) members(ctx context.Context, from string, args ...any) ([]SnapshotMember, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT m.contributor_id, m.pid, m.weight, m.coverage_days, m.row_count, m.digest, m.age_band, m.activity, m.device_type
		`+from+` ORDER BY m.pid`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SnapshotMember
	for rows.Next() {
		var m SnapshotMember
		if err := rows.Scan(&m.ContributorID, &m.PID, &m.Weight, &m.CoverageDays, &m.Rows, &m.Digest, &m.AgeBand, &m.Activity, &m.DeviceType); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Bundle is a snapshot exported for one purchase.
type Bundle struct {
	ID         string
	SnapshotID string
	Secret     []byte // never leaves the platform
	CreatedAt  time.Time
	OrderID    string
}

// ErrNotOrderable is returned for a snapshot that cannot be sold now: it is
// not its cohort's current version, or too few of its members still consent
// to fill a bundle in which every class holds at least k.
var ErrNotOrderable = errors.New("ledger: this snapshot cannot be ordered")

// CreateBundle issues a bundle of a snapshot holding the members who
// consent to research now, whatever purposes they allow (see
// BundleMembers): an operator's export, never a sale. Every bundle of a
// snapshot has the same secret (see BundleSecret).
func (s *Store) CreateBundle(ctx context.Context, snapshotID, orderID string) (Bundle, error) {
	var b Bundle
	key, err := s.secret(ctx, "bundle_key", 32)
	if err != nil {
		return b, err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		sn, err := scanSnapshot(tx.QueryRowContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM snapshots WHERE id = ?`), snapshotID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		b, err = s.issueBundle(ctx, tx, sn, orderID, key, "")
		return err
	})
	return b, err
}

// BundleSecret is the secret of every bundle of a snapshot: HMAC-SHA256
// under the ledger's bundle key of the snapshot id. Two purchases of one
// snapshot are one bundle (the same pseudonyms, offsets and rows, less
// whoever revoked consent in between), so putting them side by side links
// nothing new; bundles of different snapshots have unrelated secrets.
func BundleSecret(key []byte, snapshotID string) []byte {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("bundle:" + snapshotID))
	return mac.Sum(nil)
}

// issueBundle writes a bundle of sn and its members: the snapshot's members
// whose latest research consent is a grant (account deletion revokes it)
// and who allow purpose (their latest choice, or its default), if not "". It
// refuses when they are fewer than k or leave a class of the exported
// quasi-identifiers below k: the cohorter's next version fixes that.
func (s *Store) issueBundle(ctx context.Context, tx *sql.Tx, sn Snapshot, orderID string, key []byte, purpose string) (Bundle, error) {
	now := s.nowMs()
	pids, err := s.willingMembers(ctx, tx, sn, purpose, now)
	if err != nil {
		return Bundle{}, err
	}
	b := Bundle{ID: "b_" + newID(), SnapshotID: sn.ID, Secret: BundleSecret(key, sn.ID), CreatedAt: time.UnixMilli(now), OrderID: orderID}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO bundles (id, snapshot_id, secret, created_ms, order_id) VALUES (?, ?, ?, ?, ?)`),
		b.ID, b.SnapshotID, b.Secret, now, nullString(orderID)); err != nil {
		return Bundle{}, err
	}
	member, err := tx.PrepareContext(ctx, s.q(`INSERT INTO bundle_members (bundle_id, pid) VALUES (?, ?)`))
	if err != nil {
		return Bundle{}, err
	}
	defer member.Close()
	for _, pid := range pids {
		if _, err := member.ExecContext(ctx, b.ID, pid); err != nil {
			return Bundle{}, err
		}
	}
	return b, nil
}

// Bundle returns one bundle.
func (s *Store) Bundle(ctx context.Context, id string) (Bundle, error) {
	var b Bundle
	var created int64
	var order sql.NullString
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, snapshot_id, secret, created_ms, order_id FROM bundles WHERE id = ?`), id).
		Scan(&b.ID, &b.SnapshotID, &b.Secret, &created, &order)
	if errors.Is(err, sql.ErrNoRows) {
		return b, ErrNotFound
	}
	b.CreatedAt, b.OrderID = time.UnixMilli(created), order.String
	return b, err
}

// LatestSnapshot returns the newest snapshot of a cohort, or ErrNotFound.
func (s *Store) LatestSnapshot(ctx context.Context, cohortID string) (Snapshot, error) {
	sn, err := scanSnapshot(s.db.QueryRowContext(ctx, s.q(`SELECT `+snapshotColumns+` FROM snapshots WHERE cohort_id = ? ORDER BY version DESC LIMIT 1`), cohortID))
	if errors.Is(err, sql.ErrNoRows) {
		return sn, ErrNotFound
	}
	return sn, err
}

// CohortsOf returns the cohorts whose latest snapshot includes the contributor.
func (s *Store) CohortsOf(ctx context.Context, contributorID string) ([]Cohort, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT c.id, c.age_band, c.activity, c.device_type, c.description
		FROM snapshots s JOIN snapshot_members m ON m.snapshot_id = s.id JOIN cohorts c ON c.id = s.cohort_id
		WHERE m.contributor_id = ? AND s.version = (SELECT MAX(version) FROM snapshots l WHERE l.cohort_id = s.cohort_id)
		ORDER BY c.id`), contributorID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Cohort
	for rows.Next() {
		var c Cohort
		if err := rows.Scan(&c.ID, &c.AgeBand, &c.Activity, &c.DeviceType, &c.Description); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func forPurpose(purpose string) string {
	if purpose == "" {
		return ""
	}
	return " who allow " + purpose
}

// willingMembers returns the pseudonyms of sn's members who consent to
// research at now and allow purpose (if not ""), or ErrNotOrderable when
// they are fewer than k or leave a class of the exported quasi-identifiers
// below k.
func (s *Store) willingMembers(ctx context.Context, q rowsQuerier, sn Snapshot, purpose string, now int64) ([]string, error) {
	allowed := 1
	if purpose != "" {
		p, err := LookupPurpose(purpose)
		if err != nil {
			return nil, err
		}
		allowed = boolInt(p.Default)
	}
	rows, err := q.QueryContext(ctx, s.q(`SELECT m.pid, m.age_band, m.activity, m.device_type FROM snapshot_members m
		WHERE m.snapshot_id = ? AND (SELECT e.granted FROM consent_events e WHERE e.contributor_id = m.contributor_id AND e.scope = ? AND e.at_ms <= ?
			ORDER BY e.at_ms DESC, e.id DESC LIMIT 1) = 1
		AND (? = '' OR COALESCE((SELECT e.granted FROM consent_events e WHERE e.contributor_id = m.contributor_id AND e.scope = ? AND e.at_ms <= ?
			ORDER BY e.at_ms DESC, e.id DESC LIMIT 1), ?) = 1)
		ORDER BY m.pid`), sn.ID, ScopeResearch, now, purpose, PurposeScope(purpose), now, allowed)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var pids []string
	classes := map[[3]string]int{}
	for rows.Next() {
		var pid string
		var class [3]string
		if err := rows.Scan(&pid, &class[0], &class[1], &class[2]); err != nil {
			return nil, err
		}
		pids = append(pids, pid)
		classes[class]++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(pids) == 0 || len(pids) < sn.K {
		return nil, fmt.Errorf("%w: %s has %d consenting members%s, fewer than k = %d", ErrNotOrderable, sn.ID, len(pids), forPurpose(purpose), sn.K)
	}
	for class, n := range classes {
		if n < sn.K {
			return nil, fmt.Errorf("%w: %s has a class (%s) of %d consenting members%s, fewer than k = %d", ErrNotOrderable, sn.ID, strings.Join(class[:], ", "), n, forPurpose(purpose), sn.K)
		}
	}
	return pids, nil
}

// OrderablePurposes says, for each purpose, whether enough of the
// snapshot's members allow it for a bundle now. It answers yes or no, not
// how many: a count watched across versions could show one person's choice.
func (s *Store) OrderablePurposes(ctx context.Context, snapshotID string) (map[string]bool, error) {
	sn, err := s.Snapshot(ctx, snapshotID)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	now := s.nowMs()
	for _, p := range Purposes {
		_, err := s.willingMembers(ctx, s.db, sn, p.ID, now)
		switch {
		case errors.Is(err, ErrNotOrderable):
		case err != nil:
			return nil, err
		default:
			out[p.ID] = true
		}
	}
	return out, nil
}
