// Package pgtemp makes throwaway Postgres databases on a server, for the
// ledger's tests and the chaos run.
package pgtemp

import (
	"crypto/rand"
	"database/sql"
	"fmt"
	"net/url"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
)

// Local is the machine's own server, used when no other is named.
const Local = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Server is a Postgres server on which databases are made and dropped.
type Server struct {
	base  *url.URL
	admin *sql.DB
}

// Open connects to the server at dsn ("" for Local) and checks it answers.
func Open(dsn string) (*Server, error) {
	if dsn == "" {
		dsn = Local
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, err
	}
	admin, err := sql.Open("pgx", dsn)
	if err == nil {
		if err = admin.Ping(); err != nil {
			admin.Close()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("Postgres at %s: %w", u.Redacted(), err)
	}
	return &Server{base: u, admin: admin}, nil
}

// Create makes a database named prefix and a random suffix, and returns
// its DSN (with password in its user info when given) and a func that
// drops it, closing whatever still uses it.
func (s *Server) Create(prefix, password string) (dsn string, drop func(), err error) {
	var r [6]byte
	rand.Read(r[:])
	name := fmt.Sprintf("%s_%x", prefix, r)
	if _, err := s.admin.Exec("CREATE DATABASE " + name); err != nil {
		return "", nil, err
	}
	u := *s.base
	u.Path = "/" + name
	if password != "" {
		u.User = url.UserPassword(u.User.Username(), password)
	}
	return u.String(), func() { s.admin.Exec("DROP DATABASE " + name + " WITH (FORCE)") }, nil
}

// Close closes the connection to the server.
func (s *Server) Close() error { return s.admin.Close() }
