package ledger

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Device is a paired wearable.
type Device struct {
	ID            string // 32 hex digits, as in the wire format
	ContributorID string
	Type          string
	Serial        string
	Name          string
	PublicKey     ed25519.PublicKey
	PairedAt      time.Time
	LastSeq       uint64
	LastSeen      time.Time // zero if never seen
	Removed       bool
}

// PairingTTL is how long a pairing code stays valid.
const PairingTTL = 15 * time.Minute

// ErrPairingCode is returned for an unknown, expired or already used code.
var ErrPairingCode = errors.New("ledger: pairing code is unknown, expired or already used")

// ErrTooManyPairingCodes is returned when a contributor already holds
// MaxUnusedPairingCodes unused codes: each one is a target for guessing.
var ErrTooManyPairingCodes = errors.New("ledger: too many unused pairing codes; use one or wait until they expire")

// MaxUnusedPairingCodes bounds a contributor's unused, unexpired codes.
const MaxUnusedPairingCodes = 5

// pairingAlphabet avoids characters people confuse (0/O, 1/I/L).
const pairingAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// pairingSymbols is a code's length: 12 symbols of 31 are 59 bits, against
// which a guesser limited by the gateway gets nowhere within PairingTTL.
const pairingSymbols = 12

// newPairingCode draws a code uniformly: bytes at or above the largest
// multiple of the alphabet's size are rejected, so no symbol is likelier.
func newPairingCode() string {
	const limit = 256 - 256%len(pairingAlphabet)
	syms := make([]byte, 0, pairingSymbols)
	var buf [32]byte
	for len(syms) < pairingSymbols {
		rand.Read(buf[:])
		for _, r := range buf {
			if int(r) < limit && len(syms) < pairingSymbols {
				syms = append(syms, pairingAlphabet[int(r)%len(pairingAlphabet)])
			}
		}
	}
	return groupCode(string(syms))
}

// groupCode writes a code's symbols in groups of four joined by dashes, the
// way it is shown; what people type (lower case, spaces, no dashes) becomes
// that form again.
func groupCode(code string) string {
	var syms []rune
	for _, r := range strings.ToUpper(code) {
		if r != '-' && !unicode.IsSpace(r) {
			syms = append(syms, r)
		}
	}
	var b strings.Builder
	for i, r := range syms {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CreatePairingCode issues a one-time code with which a device of the given
// type is paired to the contributor. A contributor holds at most
// MaxUnusedPairingCodes unused codes at a time (ErrTooManyPairingCodes).
func (s *Store) CreatePairingCode(ctx context.Context, contributorID, deviceType string) (string, error) {
	if c, err := s.Contributor(ctx, contributorID); err != nil {
		return "", err
	} else if c.Erased {
		return "", ErrNotFound
	}
	code := newPairingCode()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var unused int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM pairing_codes WHERE contributor_id = ? AND device_id IS NULL AND expires_ms > ?`),
			contributorID, s.nowMs()).Scan(&unused); err != nil {
			return err
		}
		if unused >= MaxUnusedPairingCodes {
			return ErrTooManyPairingCodes
		}
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO pairing_codes (code, contributor_id, device_type, expires_ms) VALUES (?, ?, ?, ?)`),
			code, contributorID, deviceType, s.now().Add(PairingTTL).UnixMilli())
		return err
	})
	if err != nil {
		return "", err
	}
	return code, nil
}

// PairDevice consumes a pairing code and registers the device's public key for
// the code's contributor. serial is the device's hardware serial number.
func (s *Store) PairDevice(ctx context.Context, code, serial string, pub ed25519.PublicKey) (Device, error) {
	if len(pub) != ed25519.PublicKeySize {
		return Device{}, fmt.Errorf("ledger: device key has %d bytes, want %d", len(pub), ed25519.PublicKeySize)
	}
	if serial = strings.TrimSpace(serial); serial == "" {
		return Device{}, errors.New("ledger: device serial is required")
	}
	code = groupCode(code)
	d := Device{ID: newID(), Serial: serial, PublicKey: pub, PairedAt: time.UnixMilli(s.nowMs())}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// Claiming the code and creating the device commit together, so a
		// code pairs exactly one device even under concurrent attempts.
		res, err := tx.ExecContext(ctx, s.q(`UPDATE pairing_codes SET device_id = ? WHERE code = ? AND device_id IS NULL AND expires_ms > ?`),
			d.ID, code, s.nowMs())
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrPairingCode
		}
		if err := tx.QueryRowContext(ctx, s.q(`SELECT contributor_id, device_type FROM pairing_codes WHERE code = ?`), code).Scan(&d.ContributorID, &d.Type); err != nil {
			return err
		}
		d.Name = strings.ReplaceAll(d.Type, "_", " ")
		_, err = tx.ExecContext(ctx, s.q(`INSERT INTO devices (id, contributor_id, type, serial, name, public_key, paired_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`),
			d.ID, d.ContributorID, d.Type, d.Serial, d.Name, []byte(pub), d.PairedAt.UnixMilli())
		if isUniqueViolation(err) {
			return fmt.Errorf("%w: a device with serial %s is already paired", ErrExists, serial)
		}
		return err
	})
	if err != nil {
		return Device{}, err
	}
	return d, nil
}

const deviceColumns = `id, contributor_id, type, serial, name, public_key, paired_ms, last_seq, last_seen_ms, removed_ms`

// Device returns the device with the given id.
func (s *Store) Device(ctx context.Context, id string) (Device, error) {
	ds, err := s.devices(ctx, `WHERE id = ?`, id)
	if err != nil {
		return Device{}, err
	}
	if len(ds) == 0 {
		return Device{}, ErrNotFound
	}
	return ds[0], nil
}

// DevicesOf lists a contributor's devices, removed ones included, oldest first.
func (s *Store) DevicesOf(ctx context.Context, contributorID string) ([]Device, error) {
	return s.devices(ctx, `WHERE contributor_id = ? ORDER BY paired_ms, id`, contributorID)
}

// Devices lists every device that has not been removed.
func (s *Store) Devices(ctx context.Context) ([]Device, error) {
	return s.devices(ctx, `WHERE removed_ms IS NULL ORDER BY paired_ms, id`)
}

func (s *Store) devices(ctx context.Context, where string, args ...any) ([]Device, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+deviceColumns+` FROM devices `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Device
	for rows.Next() {
		var d Device
		var pub []byte
		var paired, seq, seen int64
		var removed sql.NullInt64
		if err := rows.Scan(&d.ID, &d.ContributorID, &d.Type, &d.Serial, &d.Name, &pub, &paired, &seq, &seen, &removed); err != nil {
			return nil, err
		}
		d.PublicKey, d.PairedAt, d.LastSeq, d.Removed = pub, time.UnixMilli(paired), uint64(seq), removed.Valid
		if seen > 0 {
			d.LastSeen = time.UnixMilli(seen)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// RemoveDevice marks a device removed: the gateway stops accepting its frames.
// Data it already sent stays.
func (s *Store) RemoveDevice(ctx context.Context, contributorID, deviceID string) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE devices SET removed_ms = ? WHERE id = ? AND contributor_id = ? AND removed_ms IS NULL`),
		s.nowMs(), deviceID, contributorID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Progress is what the gateway learned about a device since its last save.
type Progress struct {
	LastSeq  uint64
	LastSeen time.Time
}

// SaveProgress records, in one transaction, the highest accepted sequence and
// last-seen time of many devices. Values only ever move forward, so saves
// from racing gateways cannot move a device backwards.
func (s *Store) SaveProgress(ctx context.Context, progress map[string]Progress) error {
	if len(progress) == 0 {
		return nil
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, s.q(`UPDATE devices SET
			last_seq = CASE WHEN last_seq < ? THEN ? ELSE last_seq END,
			last_seen_ms = CASE WHEN last_seen_ms < ? THEN ? ELSE last_seen_ms END
			WHERE id = ?`))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for id, p := range progress {
			seq, seen := int64(p.LastSeq), p.LastSeen.UnixMilli()
			if _, err := stmt.ExecContext(ctx, seq, seq, seen, seen, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// Counts returns the number of contributors and of active devices.
func (s *Store) Counts(ctx context.Context) (contributors, devices int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM contributors), (SELECT COUNT(*) FROM devices WHERE removed_ms IS NULL)`).Scan(&contributors, &devices)
	return
}

// AllDevices lists every device, removed ones included (their data stays theirs).
func (s *Store) AllDevices(ctx context.Context) ([]Device, error) {
	return s.devices(ctx, `ORDER BY paired_ms, id`)
}

// RenameDevice changes the name a contributor gave a device.
func (s *Store) RenameDevice(ctx context.Context, contributorID, deviceID, name string) error {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 60 {
		return errors.New("ledger: a device name has 1 to 60 characters")
	}
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE devices SET name = ? WHERE id = ? AND contributor_id = ?`), name, deviceID, contributorID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Upload is a file a contributor uploaded.
type Upload struct {
	ContributorID string
	SHA256        string
	FileName      string
	DeviceID      string
	Readings      int64
	CreatedAt     time.Time
}

// FindUpload returns a contributor's earlier upload of the same content.
func (s *Store) FindUpload(ctx context.Context, contributorID, sha string) (Upload, error) {
	u := Upload{ContributorID: contributorID, SHA256: sha}
	var ms int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT file_name, device_id, readings, created_ms FROM uploads WHERE contributor_id = ? AND sha256 = ?`), contributorID, sha).
		Scan(&u.FileName, &u.DeviceID, &u.Readings, &ms)
	if errors.Is(err, sql.ErrNoRows) {
		return u, ErrNotFound
	}
	u.CreatedAt = time.UnixMilli(ms)
	return u, err
}

// RecordUpload remembers an uploaded file.
func (s *Store) RecordUpload(ctx context.Context, u Upload) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO uploads (contributor_id, sha256, file_name, device_id, readings, created_ms) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (contributor_id, sha256) DO NOTHING`), u.ContributorID, u.SHA256, u.FileName, u.DeviceID, u.Readings, s.nowMs())
	return err
}
