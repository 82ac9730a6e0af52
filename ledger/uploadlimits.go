package ledger

import (
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

// DayMinutes is a set of the minutes of one UTC day: bit i%8 of byte i/8
// stands for minute i.
type DayMinutes [1440 / 8]byte

func (m *DayMinutes) has(i int) bool { return m[i/8]&(1<<(i%8)) != 0 }
func (m *DayMinutes) set(i int)      { m[i/8] |= 1 << (i % 8) }

func (m *DayMinutes) count() int {
	n := 0
	for _, b := range m {
		n += bits.OnesCount8(b)
	}
	return n
}

// errRaced is a reservation that lost a race with another one; it is retried.
var errRaced = errors.New("ledger: upload minutes changed concurrently")

// ReserveUploadMinutes adds the minutes in want — per UTC day, keyed by the
// Unix ms of its midnight — to the minutes uploads added to the
// contributor's days, each day up to perDay minutes in all, earliest first.
// It returns, for each day of want, every minute uploads may add to it: the
// ones reserved before and now. Reserving the same minutes again changes
// nothing, so a retried upload gets the same answer.
func (s *Store) ReserveUploadMinutes(ctx context.Context, contributorID string, want map[int64]DayMinutes, perDay int) (map[int64]DayMinutes, error) {
	days := make([]int64, 0, len(want))
	for d := range want {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	for attempt := 0; ; attempt++ {
		out := make(map[int64]DayMinutes, len(want))
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			for _, day := range days {
				got, err := reserveDay(ctx, s, tx, contributorID, day, want[day], perDay)
				if err != nil {
					return err
				}
				out[day] = got
			}
			return nil
		})
		if errors.Is(err, errRaced) && attempt < 10 {
			continue
		}
		return out, err
	}
}

func reserveDay(ctx context.Context, s *Store, tx *sql.Tx, contributorID string, day int64, want DayMinutes, perDay int) (DayMinutes, error) {
	var have DayMinutes
	var old []byte
	err := tx.QueryRowContext(ctx, s.q(`SELECT minutes FROM upload_minutes WHERE contributor_id = ? AND day_ms = ?`), contributorID, day).Scan(&old)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		old = nil
	case err != nil:
		return have, err
	case len(old) != len(have):
		return have, fmt.Errorf("ledger: upload minutes of %d hold %d bytes", day, len(old))
	}
	copy(have[:], old)
	next, n := have, have.count()
	for i := 0; i < 1440 && n < perDay; i++ {
		if want.has(i) && !next.has(i) {
			next.set(i)
			n++
		}
	}
	if next == have {
		return have, nil
	}
	var res sql.Result
	if old == nil {
		res, err = tx.ExecContext(ctx, s.q(`INSERT INTO upload_minutes (contributor_id, day_ms, minutes) VALUES (?, ?, ?) ON CONFLICT (contributor_id, day_ms) DO NOTHING`),
			contributorID, day, next[:])
	} else {
		res, err = tx.ExecContext(ctx, s.q(`UPDATE upload_minutes SET minutes = ? WHERE contributor_id = ? AND day_ms = ? AND minutes = ?`),
			next[:], contributorID, day, old)
	}
	if err != nil {
		return have, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return have, errRaced
	}
	return next, nil
}

// UploadDeviceKey returns the signing key of the device that sends a
// contributor's uploaded file, derived from a secret kept here: a retried
// upload signs the very same batches as its first attempt, and the key
// itself is never stored.
func (s *Store) UploadDeviceKey(ctx context.Context, contributorID, fileSHA256 string) (ed25519.PrivateKey, error) {
	secret, err := s.secret(ctx, "upload_device_keys", 32)
	if err != nil {
		return nil, err
	}
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(contributorID + "\n" + fileSHA256))
	return ed25519.NewKeyFromSeed(m.Sum(nil)), nil
}
