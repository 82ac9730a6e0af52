package ledger

import "database/sql"

// DB exposes the store's database to tests that must corrupt it.
func DB(s *Store) *sql.DB { return s.db }
