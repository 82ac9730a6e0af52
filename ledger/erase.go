package ledger

import (
	"context"
	"database/sql"
	"errors"
)

// EraseContributor deletes a contributor's account: in one transaction,
// research consent is revoked (buyers of bundles holding them are
// notified), the bank account is forgotten, devices are removed (their serials and names
// erased, so the hardware can be paired again), unused pairing codes and
// messages are deleted, upload file names blanked, every sign-in identity of
// the contributor that is not also a researcher's is deleted with its
// sessions, and the email, name, birth year and sex are erased. What money
// and consent records need stays under the random contributor id: payout
// lines, wallets, consent events, snapshot memberships and contribution
// records. The email is free again: the same person can sign up anew and
// becomes a new contributor. Erasing twice changes nothing more.
func (s *Store) EraseContributor(ctx context.Context, contributorID string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var erased sql.NullInt64
		err := tx.QueryRowContext(ctx, s.q(`SELECT erased_ms FROM contributors WHERE id = ?`), contributorID).Scan(&erased)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil || erased.Valid {
			return err
		}
		now := s.nowMs()
		// Buyers of bundles holding the person are told to delete them.
		if err := s.noticeWithdrawal(ctx, tx, contributorID, ReasonDeleted, "", now); err != nil {
			return err
		}
		steps := []struct {
			query string
			args  []any
		}{
			{`INSERT INTO consent_events (contributor_id, scope, granted, terms_version, at_ms) VALUES (?, ?, 0, ?, ?)`,
				[]any{contributorID, ScopeResearch, TermsVersion, now}},
			{`UPDATE devices SET removed_ms = ? WHERE contributor_id = ? AND removed_ms IS NULL`, []any{now, contributorID}},
			// The erased serial stays unique: the device id is.
			{`UPDATE devices SET serial = 'erased:' || id, name = '' WHERE contributor_id = ?`, []any{contributorID}},
			{`DELETE FROM pairing_codes WHERE contributor_id = ? AND device_id IS NULL`, []any{contributorID}},
			{`DELETE FROM notifications WHERE contributor_id = ?`, []any{contributorID}},
			{`DELETE FROM bank_accounts WHERE contributor_id = ?`, []any{contributorID}},
			{`UPDATE uploads SET file_name = '' WHERE contributor_id = ?`, []any{contributorID}},
			{`DELETE FROM sessions WHERE EXISTS (SELECT 1 FROM identities i WHERE i.contributor_id = ?
				AND i.issuer = sessions.issuer AND i.subject = sessions.subject AND i.researcher_id IS NULL)`, []any{contributorID}},
			{`DELETE FROM identities WHERE contributor_id = ? AND researcher_id IS NULL`, []any{contributorID}},
			{`UPDATE identities SET contributor_id = NULL WHERE contributor_id = ?`, []any{contributorID}},
			// The email column is unique and required: a placeholder that
			// names nobody takes its place.
			{`UPDATE contributors SET email = 'erased:' || id, display_name = '', birth_year = NULL, sex = NULL, erased_ms = ? WHERE id = ?`,
				[]any{now, contributorID}},
		}
		for _, st := range steps {
			if _, err := tx.ExecContext(ctx, s.q(st.query), st.args...); err != nil {
				return err
			}
		}
		return nil
	})
}
