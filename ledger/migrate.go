package ledger

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrations embed.FS

// migrate applies, in order and each in its own transaction, the migrations of
// the store's dialect that the database has not seen yet.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)`); err != nil {
		return err
	}
	if s.dialect == postgres {
		// Two processes starting at once must not both migrate.
		if _, err := s.db.ExecContext(ctx, `SELECT pg_advisory_lock(7253)`); err != nil {
			return err
		}
		defer s.db.ExecContext(context.Background(), `SELECT pg_advisory_unlock(7253)`)
	}
	// One set of migrations, written for SQLite; Postgres gets them through
	// postgresDDL, so the two schemas cannot drift apart.
	dir := "migrations"
	ents, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return err
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	for _, e := range ents {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("ledger: migration %s has no numeric prefix", e.Name())
		}
		var done int
		if err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), v).Scan(&done); err != nil {
			return err
		}
		if done > 0 {
			continue
		}
		raw, err := fs.ReadFile(migrations, path.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		body := string(raw)
		if s.dialect == postgres {
			body = postgresDDL(body)
		}
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			for _, stmt := range splitStatements(body) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", e.Name(), err)
				}
			}
			_, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version) VALUES (?)`), v)
			return err
		}); err != nil {
			return fmt.Errorf("ledger: migrating: %w", err)
		}
	}
	return nil
}

// splitStatements splits a migration on semicolons at line ends, dropping
// comment-only chunks. Migrations keep to that simple shape.
func splitStatements(sqlText string) []string {
	var out []string
	for _, chunk := range strings.Split(sqlText, ";\n") {
		var code []string
		for _, line := range strings.Split(chunk, "\n") {
			if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "--") {
				code = append(code, line)
			}
		}
		if stmt := strings.TrimSuffix(strings.TrimSpace(strings.Join(code, "\n")), ";"); stmt != "" {
			out = append(out, stmt)
		}
	}
	return out
}

// postgresDDL rewrites the SQLite dialect of the migrations for Postgres: the
// migrations keep to the few types and forms this covers.
func postgresDDL(sqlite string) string {
	return strings.NewReplacer(
		"INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY",
		"INTEGER", "BIGINT",
		"BLOB", "BYTEA",
	).Replace(sqlite)
}
