package portal

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

var accountLab = devoidc.Account{Subject: "lab", Email: "lab@uni.example", Name: "Dr Lab"}

// The attacks of issue 13 on the portal, each over real HTTP with sign-in
// through the development provider's real authorization-code flow.

// sessionOf returns the session id a browser holds.
func (s *site) sessionOf(c *http.Client) string {
	s.t.Helper()
	u, _ := url.Parse(s.url)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == sessionCookie {
			return ck.Value
		}
	}
	s.t.Fatal("no session cookie")
	return ""
}

// pay records a sale that pays the contributor with this email (the sale's
// name is only for the reader: the ledger names sales after their orders).
func (s *site) pay(email, _ string, cents int64) {
	s.t.Helper()
	s.paySale(contributorID(s.t, s, email), fmt.Sprintf("0x%x", sha256.Sum256([]byte(email)))[:42], cents)
}

// streamLines opens the live event stream as c and returns its lines; the
// channel closes when the server ends the stream.
func (s *site) streamLines(c *http.Client) chan string {
	s.t.Helper()
	resp, err := c.Get(s.url + "/events")
	if err != nil || resp.StatusCode != 200 {
		s.t.Fatalf("events: %v %v", resp, err)
	}
	s.t.Cleanup(func() { resp.Body.Close() })
	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// TestAbuseLiveEventsOutliveTheSession: the event stream checked the
// session only when it opened, so after signing out (or deleting the
// account elsewhere, or the session expiring) payout messages kept
// arriving in the open page.
func TestAbuseLiveEventsOutliveTheSession(t *testing.T) {
	PollEvery, LiveCheckEvery = 50*time.Millisecond, 200*time.Millisecond
	t.Cleanup(func() { PollEvery, LiveCheckEvery = 2*time.Second, 15*time.Second })
	// mustEnd fails unless the stream ends within 3 s without showing needle.
	mustEnd := func(t *testing.T, lines chan string, needle string) {
		t.Helper()
		deadline := time.After(3 * time.Second)
		for {
			select {
			case l, open := <-lines:
				if !open {
					return
				}
				if strings.Contains(l, needle) {
					t.Fatalf("a payout message reached a browser that is no longer signed in: %s", l)
				}
			case <-deadline:
				t.Fatal("the live stream is still open 3 s after the session ended")
			}
		}
	}
	t.Run("signed out", func(t *testing.T) {
		s := newSite(t, time.Hour)
		ada := s.onboard("ada")
		lines := s.streamLines(ada)
		_, _, token := s.page(ada, "/dashboard")
		if code := s.post(ada, "/logout", url.Values{"csrf": {token}}); code != 303 {
			t.Fatalf("logout: %d", code)
		}
		s.pay("ada@example.org", "after-logout", 777)
		mustEnd(t, lines, "$7.77")
	})
	t.Run("account deleted in another browser", func(t *testing.T) {
		s := newSite(t, time.Hour)
		laptop := s.onboard("ada")
		phone := client()
		s.signIn(phone, "ada", nil)
		lines := s.streamLines(laptop)
		_, _, token := s.page(phone, "/privacy")
		if code := s.post(phone, "/privacy/delete", url.Values{"csrf": {token}, "confirm": {"delete"}}); code >= 400 {
			t.Fatalf("deletion: %d", code)
		}
		mustEnd(t, lines, "payout")
	})
	t.Run("session expired", func(t *testing.T) {
		s := newSite(t, 3*time.Second)
		ada := s.onboard("ada")
		lines := s.streamLines(ada)
		se, err := s.store.Session(context.Background(), s.sessionOf(ada))
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Until(se.Expires) + 100*time.Millisecond)
		s.pay("ada@example.org", "after-expiry", 888)
		mustEnd(t, lines, "$8.88")
	})
}

// rawEvents asks for /events over conn (a new connection if nil) with the
// session cookie and reads the answer's head; conn carries no client
// goroutines, so the process's goroutines are the server's.
func (s *site) rawEvents(conn net.Conn, sid string) (net.Conn, *http.Response) {
	s.t.Helper()
	if conn == nil {
		var err error
		if conn, err = net.Dial("tcp", strings.TrimPrefix(s.url, "http://")); err != nil {
			s.t.Fatal(err)
		}
	}
	fmt.Fprintf(conn, "GET /events HTTP/1.1\r\nHost: portal\r\nCookie: %s=%s\r\nAccept: text/event-stream\r\n\r\n", sessionCookie, sid)
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	conn.SetReadDeadline(time.Time{})
	return conn, resp
}

// TestAbuseLiveStreamsExhaustGoroutines: one session opened 300 event
// streams (goroutines 251 → 849), each polling the ledger every 2 s. Now a
// session gets LiveStreamsPerSession, a person twice that, and the
// goroutines grow by a few per accepted stream only.
func TestAbuseLiveStreamsExhaustGoroutines(t *testing.T) {
	LiveCheckEvery = 100 * time.Millisecond
	t.Cleanup(func() { LiveCheckEvery = 15 * time.Second })
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	sid := s.sessionOf(ada)
	runtime.GC()
	before := runtime.NumGoroutine()
	var streams []net.Conn
	var spare net.Conn // refused answers leave the connection open for the next try
	refused := 0
	for range 30 {
		conn, resp := s.rawEvents(spare, sid)
		switch resp.StatusCode {
		case 200:
			streams = append(streams, conn)
			spare = nil
		case 429:
			io.Copy(io.Discard, resp.Body)
			refused++
			spare = conn
		default:
			t.Fatalf("stream answered %d", resp.StatusCode)
		}
	}
	growth := runtime.NumGoroutine() - before
	t.Logf("30 streams asked for: %d open, %d refused, goroutines %d → %d", len(streams), refused, before, before+growth)
	if len(streams) > 4 {
		t.Errorf("one session holds %d live streams", len(streams))
	}
	if growth > 20 {
		t.Errorf("goroutines grew by %d for one session's streams", growth)
	}
	// More sessions of the same person: at most twice a session's share.
	for range 3 {
		other := client()
		s.signIn(other, "ada", nil)
		for range 5 {
			conn, resp := s.rawEvents(nil, s.sessionOf(other))
			if resp.StatusCode == 200 {
				streams = append(streams, conn)
			} else {
				conn.Close()
			}
		}
	}
	if len(streams) > 8 {
		t.Errorf("one person holds %d live streams over four sessions", len(streams))
	}
	// Closed streams free their places.
	for _, c := range streams {
		c.Close()
	}
	if spare != nil {
		spare.Close()
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		conn, resp := s.rawEvents(nil, sid)
		conn.Close()
		if resp.StatusCode == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("5 s after its streams closed, the session is still refused: %d", resp.StatusCode)
		}
	}
}

// TestAbuseSlowClientsHoldConnections: the portal had no timeouts; a
// request whose headers trickled in over 30 s was answered, and connections
// that sent nothing stayed open.
func TestAbuseSlowClientsHoldConnections(t *testing.T) {
	s := newSite(t, time.Hour, func(c *Config) { c.ReadTimeout, c.IdleTimeout, c.MaxConns = time.Second, time.Second, 8 })
	addr := strings.TrimPrefix(s.url, "http://")
	t.Run("headers trickled over longer than the read timeout", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		req := "GET /healthz HTTP/1.1\r\nHost: portal\r\nX-Padding: " + strings.Repeat("a", 25) + "\r\n\r\n"
		start := time.Now()
		for i := range len(req) { // ~2.5 s, one byte at a time
			if _, err := conn.Write([]byte{req[i]}); err != nil {
				break // the server hung up: fine
			}
			time.Sleep(50 * time.Millisecond)
		}
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		answer, _ := io.ReadAll(conn)
		if strings.HasPrefix(string(answer), "HTTP/1.1 200") {
			t.Fatalf("headers trickled over %v were answered:\n%s", time.Since(start).Round(time.Millisecond), answer)
		}
	})
	t.Run("silent connection", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetReadDeadline(time.Now().Add(4 * time.Second))
		answer, err := io.ReadAll(conn) // at most a 408, then the server hangs up
		if err != nil || strings.Contains(string(answer), " 200 ") {
			t.Fatalf("a connection that sends nothing, after 4 s: %v %q", err, answer)
		}
	})
	t.Run("connection limit", func(t *testing.T) {
		// Held connections must outlive the test's pauses, however loaded
		// the machine: a long read timeout here, the limit still 8.
		s := newSite(t, time.Hour, func(c *Config) { c.ReadTimeout, c.IdleTimeout, c.MaxConns = time.Minute, time.Minute, 8 })
		addr := strings.TrimPrefix(s.url, "http://")
		var held []net.Conn
		defer func() {
			for _, c := range held {
				c.Close()
			}
		}()
		for range 8 {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, c)
		}
		time.Sleep(100 * time.Millisecond) // the server takes them up
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprint(c, "GET /healthz HTTP/1.1\r\nHost: portal\r\n\r\n")
		c.SetReadDeadline(time.Now().Add(3 * time.Second))
		status, _ := bufio.NewReader(c).ReadString('\n')
		if strings.Contains(status, " 200 ") {
			t.Fatalf("a connection beyond the limit of 8 was served: %q", status)
		}
	})
	t.Run("normal requests still work", func(t *testing.T) {
		time.Sleep(1500 * time.Millisecond) // the held connections timed out
		if code, _, _ := s.page(client(), "/healthz"); code != 200 {
			t.Fatalf("healthz: %d", code)
		}
	})
}

// TestAbuseLoginFloodFillsMemory: every GET /login stored its state in a
// map swept on each sign-in; 11,846 of them in 12 s cut sign-in throughput
// from 3,248/s to 665/s. The state now travels sealed in the browser's
// cookie, so a flood leaves nothing behind on the server.
func TestAbuseLoginFloodFillsMemory(t *testing.T) {
	s := newSite(t, time.Hour)
	s.signIn(client(), "ada", nil) // the provider is discovered before measuring
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	flood := func(n int) {
		tr := &http.Transport{MaxIdleConnsPerHost: 4}
		defer tr.CloseIdleConnections()
		c := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				for i := w; i < n; i += 4 {
					resp, err := c.Get(s.url + "/login")
					if err != nil {
						t.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 302 {
						t.Errorf("login %d", resp.StatusCode)
						return
					}
				}
			})
		}
		wg.Wait()
	}
	flood(500) // warm pools and buffers
	before := heap()
	start := time.Now()
	flood(10_000)
	took := time.Since(start)
	grew := int64(heap()) - int64(before)
	t.Logf("10,000 GET /login in %v; heap grew %d KiB", took.Round(time.Millisecond), grew>>10)
	if grew > 1<<20 { // the old map held ~2.6 MiB for as many
		t.Errorf("10,000 abandoned sign-ins hold %d KiB of server memory", grew>>10)
	}
	// Sign-in still works, with state, nonce and PKCE checked.
	c := client()
	if resp := s.signIn(c, "ada", nil); resp.StatusCode != 302 || resp.Header.Get("Location") != "/onboarding" {
		t.Fatalf("sign-in after the flood: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
}

var tokenOnPage = regexp.MustCompile(`id="token">(rhd_[A-Za-z0-9_-]+)<`)

// TestAbuseAPITokensNeverExpire: research API tokens could not expire, be
// limited, listed or revoked, so a leaked token spent credit for ever.
func TestAbuseAPITokensNeverExpire(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	lab := client()
	s.provider.Accounts = append(s.provider.Accounts, accountLab)
	s.signIn(lab, "lab", nil)
	_, _, csrf := s.page(lab, "/researcher/signup")
	s.post(lab, "/researcher/signup", url.Values{"csrf": {csrf}, "organization": {"Uni"}, "intended_use": {"sleep"}})
	r, _ := s.store.Researcher(ctx, "lab@uni.example")
	s.store.GrantCredit(ctx, r.ID, 1_000_000, "test")

	// A read-only token made on the tokens page.
	code, page, csrf := s.page(lab, "/api-tokens")
	if code != 200 {
		t.Fatalf("tokens page %d", code)
	}
	resp, _ := lab.PostForm(s.url+"/api-tokens", url.Values{"csrf": {csrf}, "name": {"notebook"}, "scope": {"read"}, "days": {"30"}})
	m := tokenOnPage.FindStringSubmatch(body(resp))
	if m == nil {
		t.Fatalf("no token shown after creating one (%d)", resp.StatusCode)
	}
	readOnly := m[1]
	code, b := s.api("GET", "/api/v1/cohorts", readOnly, "", nil)
	var cohorts []apiCohort
	if json.Unmarshal(b, &cohorts); code != 200 || len(cohorts) == 0 {
		t.Fatalf("read-only token lists cohorts: %d %s", code, b)
	}
	if code, b := s.api("POST", "/api/v1/orders", readOnly, "k1", map[string]string{"snapshot": cohorts[0].Snapshot, "purpose": "academic"}); code != 403 {
		t.Fatalf("a read-only token bought a bundle: %d %s", code, b)
	}
	if got, _ := s.store.Researcher(ctx, r.ID); got.CreditsCents != 1_000_000 {
		t.Fatalf("credit spent by a read-only token: %d left", got.CreditsCents)
	}
	// Listed on the page and by the API (never the secret), with expiry.
	code, b = s.api("GET", "/api/v1/tokens", readOnly, "", nil)
	var listed []apiToken
	if json.Unmarshal(b, &listed); code != 200 || len(listed) != 1 || listed[0].Name != "notebook" || listed[0].ExpiresAt == "" ||
		strings.Contains(string(b), readOnly) || listed[0].Status != "active" {
		t.Fatalf("tokens listed: %d %s", code, b)
	}
	if _, page, _ = s.page(lab, "/api-tokens"); !strings.Contains(page, "notebook") || !strings.Contains(page, listed[0].ID) || strings.Contains(page, readOnly) {
		t.Fatal("the tokens page does not list the token, or shows its secret")
	}
	// Revoked on the page: refused at once.
	_, _, csrf = s.page(lab, "/api-tokens")
	if code := s.post(lab, "/api-tokens/"+listed[0].ID+"/revoke", url.Values{"csrf": {csrf}}); code != 303 {
		t.Fatalf("revoke: %d", code)
	}
	if code, _ := s.api("GET", "/api/v1/cohorts", readOnly, "", nil); code != 401 {
		t.Fatalf("revoked token: %d", code)
	}
	// Revoked through the API by itself.
	full, _ := s.store.CreateAPIToken(ctx, r.ID)
	tok, _ := s.store.APITokenBySecret(ctx, full)
	if code, _ := s.api("DELETE", "/api/v1/tokens/"+tok.ID, full, "", nil); code != 204 {
		t.Fatalf("API revoke: %d", code)
	}
	if code, _ := s.api("GET", "/api/v1/orders", full, "", nil); code != 401 {
		t.Fatalf("token revoked through the API: %d", code)
	}
	// Expired.
	short, _, _ := s.store.IssueAPIToken(ctx, r.ID, ledger.TokenSpec{Scopes: ledger.TokenScopes, TTL: 100 * time.Millisecond})
	if code, _ := s.api("GET", "/api/v1/orders", short, "", nil); code != 200 {
		t.Fatalf("fresh token: %d", code)
	}
	time.Sleep(150 * time.Millisecond)
	if code, _ := s.api("GET", "/api/v1/orders", short, "", nil); code != 401 {
		t.Fatalf("expired token: %d", code)
	}
	// Another researcher's tokens are out of reach.
	other, _ := s.store.CreateResearcher(ctx, ledger.Researcher{Email: "o@lab.org", Name: "O", Organization: "Lab", IntendedUse: "x"})
	otherTok, _ := s.store.CreateAPIToken(ctx, other.ID)
	mine, _ := s.store.CreateAPIToken(ctx, r.ID)
	mineTok, _ := s.store.APITokenBySecret(ctx, mine)
	if code, _ := s.api("DELETE", "/api/v1/tokens/"+mineTok.ID, otherTok, "", nil); code != 404 {
		t.Fatalf("another researcher revoked a token: %d", code)
	}
	if code, _ := s.api("GET", "/api/v1/orders", mine, "", nil); code != 200 {
		t.Fatalf("token after another researcher's revocation attempt: %d", code)
	}
	// A leaked read-only token cannot cut off the researcher's buying
	// token; a token with every scope of another may revoke it.
	reader, _, _ := s.store.IssueAPIToken(ctx, r.ID, ledger.TokenSpec{Scopes: []string{ledger.ScopeRead}, TTL: time.Hour})
	if code, b := s.api("DELETE", "/api/v1/tokens/"+mineTok.ID, reader, "", nil); code != 403 {
		t.Fatalf("a read-only token revoked a buying token: %d %s", code, b)
	}
	if code, _ := s.api("GET", "/api/v1/orders", mine, "", nil); code != 200 {
		t.Fatalf("buying token after a read-only token's attempt: %d", code)
	}
	readerTok, _ := s.store.APITokenBySecret(ctx, reader)
	if code, _ := s.api("DELETE", "/api/v1/tokens/"+readerTok.ID, mine, "", nil); code != 204 {
		t.Fatalf("a full token could not revoke a read-only one: %d", code)
	}
}

// TestAbuseAccountDeletionKeepsPersonalData: deleting an account kept the
// email, name and birth year, and signing up again with the same Google
// account failed with a raw ledger error.
func TestAbuseAccountDeletionKeepsPersonalData(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	oldID := contributorID(t, s, "ada@example.org")
	_, _, csrf := s.page(ada, "/dashboard")
	resp, _ := ada.PostForm(s.url+"/devices", url.Values{"csrf": {csrf}, "type": {"ring"}})
	m := codeOnPage.FindStringSubmatch(body(resp))
	if m == nil {
		t.Fatal("no pairing code")
	}
	if _, err := s.store.PairDevice(context.Background(), m[1], "RING-ADA-0042", make([]byte, 32)); err != nil {
		t.Fatal(err)
	}
	s.pay("ada@example.org", "sale-before-deletion", 1234)
	_, _, csrf = s.page(ada, "/privacy")
	resp, _ = ada.PostForm(s.url+"/privacy/delete", url.Values{"csrf": {csrf}, "confirm": {"delete"}})
	if p := body(resp); resp.StatusCode >= 400 {
		t.Fatalf("deletion %d:\n%s", resp.StatusCode, p)
	}

	// Nothing in the ledger names her any more; her birth year is gone.
	db, err := sql.Open("sqlite", filepath.Join(s.dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, cell := range allCells(t, db) {
		for _, personal := range []string{"ada@example.org", "Ada Lovelace", "RING-ADA-0042"} {
			if strings.Contains(strings.ToLower(cell.value), strings.ToLower(personal)) {
				t.Errorf("%s.%s still holds %q", cell.table, cell.column, personal)
			}
		}
		if cell.value == "ada" && (cell.column == "subject") {
			t.Errorf("%s.%s still holds her sign-in subject", cell.table, cell.column)
		}
	}
	var year sql.NullInt64
	if err := db.QueryRow(`SELECT birth_year FROM contributors WHERE id = ?`, oldID).Scan(&year); err != nil || year.Valid {
		t.Errorf("birth year after deletion: %v %v", year, err)
	}
	// What money needs stays, under the random id.
	if e, _ := s.store.EarningsOf(context.Background(), oldID); e.Total != 1234 {
		t.Errorf("earnings after deletion: %d", e.Total)
	}

	// The same Google account signs up again, as a new contributor.
	again := client()
	if r := s.signIn(again, "ada", nil); r.Header.Get("Location") != "/onboarding" {
		t.Fatalf("sign-in after deletion goes to %s", r.Header.Get("Location"))
	}
	_, _, csrf = s.page(again, "/onboarding")
	resp, _ = again.PostForm(s.url+"/onboarding", url.Values{"csrf": {csrf}, "birth_year": {"1984"}, "consent": {"yes"}})
	if p := body(resp); resp.StatusCode != 303 {
		t.Fatalf("signing up again: %d\n%s", resp.StatusCode, p)
	}
	if code, p, _ := s.page(again, "/dashboard"); code != 200 || !strings.Contains(p, "Hello, Ada") || strings.Contains(p, "$12.34") {
		t.Fatalf("the new account's dashboard %d", code)
	}
	if newID := contributorID(t, s, "ada@example.org"); newID == oldID {
		t.Fatal("signing up again revived the deleted contributor")
	}
}

// TestAbuseSignUpErrorLeaksLedger: a sign-up refused by the ledger showed
// its raw error; people now read a plain sentence.
func TestAbuseSignUpErrorLeaksLedger(t *testing.T) {
	s := newSite(t, time.Hour)
	// Someone with Ada's email already exists under another sign-in.
	s.store.CreateContributor(context.Background(), ledger.Contributor{Email: "ada@example.org", DisplayName: "Other", BirthYear: 1970})
	c := client()
	s.signIn(c, "ada", nil)
	_, _, csrf := s.page(c, "/onboarding")
	resp, _ := c.PostForm(s.url+"/onboarding", url.Values{"csrf": {csrf}, "birth_year": {"1984"}})
	p := body(resp)
	if resp.StatusCode == 303 || strings.Contains(p, "ledger") || !strings.Contains(p, "already exists") {
		t.Fatalf("sign-up with a taken email %d:\n%s", resp.StatusCode, p)
	}
}

type cell struct{ table, column, value string }

// allCells reads every text and blob cell of every table.
func allCells(t *testing.T, db *sql.DB) []cell {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var out []cell
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				switch v := v.(type) {
				case string:
					out = append(out, cell{table, cols[i], v})
				case []byte:
					out = append(out, cell{table, cols[i], string(v)})
				}
			}
		}
		rows.Close()
	}
	return out
}

// TestAbuseCSRFTokenFromTheAddress: the CSRF token was accepted from the
// query string, where it leaks into logs, history and Referer headers.
func TestAbuseCSRFTokenFromTheAddress(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/dashboard")
	if code := s.post(ada, "/consent?csrf="+url.QueryEscape(token), url.Values{"share": {"no"}}); code != 403 {
		t.Fatalf("a token in the address was accepted: %d", code)
	}
	if _, p, _ := s.page(ada, "/dashboard"); !strings.Contains(p, "You share your readings") {
		t.Fatal("the forged request changed consent")
	}
	// Scripts may send it in a header; forms in the body.
	req, _ := http.NewRequest("POST", s.url+"/consent", strings.NewReader("share=no"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-CSRF-Token", token)
	if resp, err := ada.Do(req); err != nil || resp.StatusCode != 303 {
		t.Fatalf("token in the X-CSRF-Token header: %v %v", resp, err)
	}
	if code := s.post(ada, "/consent", url.Values{"share": {"yes"}, "csrf": {token}}); code != 303 {
		t.Fatalf("token in the body: %d", code)
	}
}

// TestAbuseFramingAndCaching: pages had no Content-Security-Policy,
// X-Frame-Options or Referrer-Policy, and private pages could be cached.
func TestAbuseFramingAndCaching(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	for _, path := range []string{"/dashboard", "/privacy", "/upload", "/api/me/summary", "/"} {
		resp, err := ada.Get(s.url + path)
		if err != nil {
			t.Fatal(err)
		}
		body(resp)
		h := resp.Header
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			!strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		if h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: X-Frame-Options %q, Referrer-Policy %q, X-Content-Type-Options %q", path, h.Get("X-Frame-Options"),
				h.Get("Referrer-Policy"), h.Get("X-Content-Type-Options"))
		}
		if path != "/" && h.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q on a private page", path, h.Get("Cache-Control"))
		}
	}
	resp, err := client().Get(s.url + "/dev-oidc/.well-known/openid-configuration")
	if err != nil {
		t.Fatal(err)
	}
	body(resp)
	if csp := resp.Header.Get("Content-Security-Policy"); strings.Count(csp, "style-src") != 1 || !strings.Contains(csp, "style-src 'self' 'unsafe-inline'") ||
		strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
		t.Errorf("the development provider's pages: Content-Security-Policy %q", csp)
	}
	if code, b := s.api("GET", "/api/v1/orders", "rhd_nope", "", nil); code != 401 || len(b) == 0 {
		t.Fatalf("API without a token: %d", code)
	}
	// The policy forbids inline scripts: no page may have one.
	ents, _ := webFS.ReadDir("web")
	inline := regexp.MustCompile(`<script(\s[^>]*)?>`)
	for _, e := range ents {
		b, _ := webFS.ReadFile("web/" + e.Name())
		for _, tag := range inline.FindAllString(string(b), -1) {
			if !strings.Contains(tag, "src=") {
				t.Errorf("%s has an inline script: %s", e.Name(), tag)
			}
		}
	}
}

// TestAbusePairingCodesHoarded: a contributor could hold any number of live
// pairing codes, each a target for guessing.
func TestAbusePairingCodesHoarded(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	_, _, token := s.page(ada, "/dashboard")
	for i := range ledger.MaxUnusedPairingCodes + 3 {
		code := s.post(ada, "/devices", url.Values{"csrf": {token}, "type": {"ring"}})
		if i < ledger.MaxUnusedPairingCodes && code != 200 {
			t.Fatalf("code %d: %d", i+1, code)
		}
		if i >= ledger.MaxUnusedPairingCodes && code != 429 {
			t.Fatalf("unused code %d issued: %d", i+1, code)
		}
	}
}
