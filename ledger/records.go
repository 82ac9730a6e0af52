package ledger

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ContributionRecord is one device-hour of data, minted as a token to the
// contributor's wallet.
type ContributionRecord struct {
	DeviceID      string
	Hour          time.Time
	ContributorID string
	Account       string
	Samples       int64
	Root          []byte
	Salt          []byte // 32 random bytes in every leaf of the record's tree (nil: made before salts)
	From, To      time.Time
	BatchID       int64
	TokenID       int64 // the record's running number on chain (its token id is its device-hour key); 0 until minted
}

// MintBatch is one mint transaction in the outbox.
type MintBatch struct {
	ID     int64
	Status string
	RawTx  []byte
	TxHash string
}

// AddRecords stores the records not stored yet as one new mint batch, in one
// transaction, and returns the batch id (0 when every record existed).
func (s *Store) AddRecords(ctx context.Context, recs []ContributionRecord) (int64, error) {
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var fresh []ContributionRecord
		for _, r := range recs {
			var n int
			if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM contribution_records WHERE device_id = ? AND hour_ms = ?`), r.DeviceID, r.Hour.UnixMilli()).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				fresh = append(fresh, r)
			}
		}
		if len(fresh) == 0 {
			return nil
		}
		if err := tx.QueryRowContext(ctx, s.q(`INSERT INTO mint_batches (status, created_ms) VALUES ('pending', ?) RETURNING id`), s.nowMs()).Scan(&id); err != nil {
			return err
		}
		for i, r := range fresh {
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO contribution_records (device_id, hour_ms, contributor_id, account, samples, root, salt, from_ms, to_ms, batch_id, position)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), r.DeviceID, r.Hour.UnixMilli(), r.ContributorID, r.Account, r.Samples, r.Root, r.Salt, r.From.UnixMilli(), r.To.UnixMilli(), id, i); err != nil {
				return err
			}
		}
		return nil
	})
	return id, err
}

// LastRecordHour returns the latest hour with a record (zero time if none).
func (s *Store) LastRecordHour(ctx context.Context) (time.Time, error) {
	var ms sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(hour_ms) FROM contribution_records`).Scan(&ms)
	if err != nil || !ms.Valid {
		return time.Time{}, err
	}
	return time.UnixMilli(ms.Int64), nil
}

// OpenMintBatches lists batches not yet confirmed, oldest first.
func (s *Store) OpenMintBatches(ctx context.Context) ([]MintBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, status, raw_tx, COALESCE(tx_hash, '') FROM mint_batches WHERE status <> 'confirmed' ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []MintBatch
	for rows.Next() {
		var b MintBatch
		if err := rows.Scan(&b.ID, &b.Status, &b.RawTx, &b.TxHash); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// BatchRecords returns a batch's records in mint order.
func (s *Store) BatchRecords(ctx context.Context, batchID int64) ([]ContributionRecord, error) {
	return s.records(ctx, `WHERE batch_id = ? ORDER BY position`, batchID)
}

// RecordsOf lists a contributor's records, newest first.
func (s *Store) RecordsOf(ctx context.Context, contributorID string) ([]ContributionRecord, error) {
	return s.records(ctx, `WHERE contributor_id = ? ORDER BY hour_ms DESC, device_id`, contributorID)
}

// Record returns the record of a device-hour.
func (s *Store) Record(ctx context.Context, deviceID string, hour time.Time) (ContributionRecord, error) {
	rs, err := s.records(ctx, `WHERE device_id = ? AND hour_ms = ?`, deviceID, hour.UnixMilli())
	if err != nil {
		return ContributionRecord{}, err
	}
	if len(rs) == 0 {
		return ContributionRecord{}, ErrNotFound
	}
	return rs[0], nil
}

func (s *Store) records(ctx context.Context, where string, args ...any) ([]ContributionRecord, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT device_id, hour_ms, contributor_id, account, samples, root, salt, from_ms, to_ms, batch_id, COALESCE(token_id, 0)
		FROM contribution_records `+where), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ContributionRecord
	for rows.Next() {
		var r ContributionRecord
		var hour, from, to int64
		if err := rows.Scan(&r.DeviceID, &hour, &r.ContributorID, &r.Account, &r.Samples, &r.Root, &r.Salt, &from, &to, &r.BatchID, &r.TokenID); err != nil {
			return nil, err
		}
		r.Hour, r.From, r.To = time.UnixMilli(hour), time.UnixMilli(from), time.UnixMilli(to)
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetMintTx stores a batch's signed transaction before it is sent.
func (s *Store) SetMintTx(ctx context.Context, batchID int64, raw []byte, hash string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE mint_batches SET raw_tx = ?, tx_hash = ?, status = 'submitted' WHERE id = ? AND raw_tx IS NULL`), raw, hash, batchID)
	return err
}

// ReplaceMintTx stores a batch's transaction signed again (its nonce was
// taken, or it reverted) in place of oldHash; ErrNotFound if the batch's
// transaction is no longer oldHash. The chain mints each device-hour once,
// so the old and the new one cannot both mint.
func (s *Store) ReplaceMintTx(ctx context.Context, batchID int64, oldHash string, raw []byte, hash string) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE mint_batches SET raw_tx = ?, tx_hash = ? WHERE id = ? AND tx_hash = ? AND status <> 'confirmed'`), raw, hash, batchID, oldHash)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// ConfirmMint records the running numbers: the batch's records got firstTokenID onwards, in order.
func (s *Store) ConfirmMint(ctx context.Context, batchID, firstTokenID int64) error {
	if firstTokenID <= 0 {
		return errors.New("ledger: token ids start at 1")
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE contribution_records SET token_id = ? + position WHERE batch_id = ?`), firstTokenID, batchID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`UPDATE mint_batches SET status = 'confirmed' WHERE id = ?`), batchID)
		return err
	})
}
