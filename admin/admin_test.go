package admin_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"rhd.dev/admin"
)

// The admin API answers only loopback names or the configured host, and
// only with the token.
func TestGuard(t *testing.T) {
	tok := strings.Repeat("t", admin.MinToken)
	h := admin.Guard(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), tok, "10.0.0.5:7070")
	for _, c := range []struct {
		host, auth string
		want       int
	}{
		{"127.0.0.1:7070", "Bearer " + tok, 200},
		{"localhost", "Bearer " + tok, 200},
		{"10.0.0.5:7070", "Bearer " + tok, 200},
		{"evil.example:7070", "Bearer " + tok, http.StatusMisdirectedRequest},
		{"127.0.0.1:7070", "Bearer nope", http.StatusUnauthorized},
		{"127.0.0.1:7070", "", http.StatusUnauthorized},
	} {
		r := httptest.NewRequest("GET", "/v1/stats", nil)
		r.Host = c.host
		if c.auth != "" {
			r.Header.Set("Authorization", c.auth)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != c.want {
			t.Errorf("host %s auth %q: %d, want %d", c.host, c.auth, w.Code, c.want)
		}
	}
	if admin.Host("evil.example", "0.0.0.0:7070") {
		t.Error("an unspecified listen address admits any host")
	}
}

// A created token is kept owner-only and reused; a short configured one is
// refused.
func TestToken(t *testing.T) {
	dir := t.TempDir()
	a, err := admin.Token(dir, "", true)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := admin.Token(dir, "", false); err != nil || b != a {
		t.Fatalf("reread %q %v", b, err)
	}
	if st, _ := os.Stat(admin.TokenFile(dir)); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode().Perm())
	}
	if _, err := admin.Token(dir, "short", false); err == nil || !strings.Contains(err.Error(), "at least") {
		t.Fatalf("short token: %v", err)
	}
	if running, err := (admin.Client{DataDir: t.TempDir()}).Ask(t.Context(), "/v1/stats", nil); running || err != nil {
		t.Fatalf("nothing runs: running %v err %v", running, err)
	}
}
