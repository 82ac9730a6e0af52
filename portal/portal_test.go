package portal

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

type site struct {
	t        *testing.T
	store    *ledger.Store
	dir      string // holds ledger.db
	provider *devoidc.Provider
	srv      *Server
	url      string
	wallets  []string
	frames   [][]byte
	paid     int // sales paySale recorded
}

var accounts = []devoidc.Account{
	{Subject: "ada", Email: "ada@example.org", Name: "Ada Lovelace", Note: "contributor"},
	{Subject: "bob", Email: "bob@example.org", Name: "Bob Builder", Note: "contributor"},
}

// newSite serves a portal on a random port with the development provider;
// configure may change its Config.
func newSite(t *testing.T, ttl time.Duration, configure ...func(*Config)) *site {
	t.Helper()
	dir := t.TempDir()
	store, err := ledger.Open(context.Background(), filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	st := &site{t: t, store: store, dir: dir}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	st.url = "http://" + ln.Addr().String()
	st.provider, _ = devoidc.New(st.url+"/dev-oidc", "rhd-portal", "dev-secret", st.url+"/auth/callback", accounts)
	cfg := Config{BaseURL: st.url, Issuer: st.url + "/dev-oidc", ClientID: "rhd-portal", ClientSecret: "dev-secret", SessionTTL: ttl,
		FeeBps: 1500, BundleDir: filepath.Join(t.TempDir(), "bundles")}
	for _, c := range configure {
		c(&cfg)
	}
	st.srv = New(cfg, store,
		func(ctx context.Context, id string) error { st.wallets = append(st.wallets, id); return nil },
		Market{Frames: func(ctx context.Context, key, batch []byte) error {
			st.frames = append(st.frames, bytes.Clone(batch))
			return nil
		}})
	st.srv.Mount("/dev-oidc", st.provider.Handler("/dev-oidc"))
	go st.srv.App().Listener(ln)
	t.Cleanup(func() { st.srv.Shutdown(2 * time.Second) })
	return st
}

func client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// signIn walks the authorization-code flow; tamper may change the form the
// browser posts to the provider.
func (s *site) signIn(c *http.Client, subject string, tamper func(url.Values)) *http.Response {
	s.t.Helper()
	resp, err := c.Get(s.url + "/login")
	if err != nil || resp.StatusCode != 302 {
		s.t.Fatalf("login: %v %v", resp.Status, err)
	}
	auth, _ := url.Parse(resp.Header.Get("Location"))
	q := auth.Query()
	if q.Get("code_challenge") == "" || q.Get("nonce") == "" || q.Get("state") == "" {
		s.t.Fatalf("authorization request lacks PKCE, nonce or state: %s", auth)
	}
	form := url.Values{"subject": {subject}}
	for k := range q {
		form.Set(k, q.Get(k))
	}
	if tamper != nil {
		tamper(form)
	}
	resp, err = c.PostForm(auth.String(), form)
	if err != nil || resp.StatusCode != 302 {
		s.t.Fatalf("provider: %v %v", resp.Status, err)
	}
	resp, err = c.Get(resp.Header.Get("Location"))
	if err != nil {
		s.t.Fatal(err)
	}
	return resp
}

func body(r *http.Response) string {
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	return string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (s *site) page(c *http.Client, path string) (int, string, string) {
	s.t.Helper()
	resp, err := c.Get(s.url + path)
	if err != nil {
		s.t.Fatal(err)
	}
	b := body(resp)
	token := ""
	if m := csrfField.FindStringSubmatch(b); m != nil {
		token = m[1]
	}
	return resp.StatusCode, b, token
}

func (s *site) post(c *http.Client, path string, form url.Values) int {
	s.t.Helper()
	resp, err := c.PostForm(s.url+path, form)
	if err != nil {
		s.t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// onboard signs a person in and completes onboarding with consent.
func (s *site) onboard(subject string) *http.Client {
	s.t.Helper()
	c := client()
	resp := s.signIn(c, subject, nil)
	if resp.StatusCode != 302 || resp.Header.Get("Location") != "/onboarding" {
		s.t.Fatalf("first sign-in goes to %s (%d)", resp.Header.Get("Location"), resp.StatusCode)
	}
	_, _, token := s.page(c, "/onboarding")
	if code := s.post(c, "/onboarding", url.Values{"csrf": {token}, "birth_year": {"1984"}, "sex": {"female"}, "consent": {"yes"}}); code != 303 {
		s.t.Fatalf("onboarding: %d", code)
	}
	return c
}

var cryptoWords = regexp.MustCompile(`(?i)\b(wallet|gas|token|nft|blockchain|crypto)\b`)

func TestSignInOnboardAndDashboard(t *testing.T) {
	s := newSite(t, time.Hour)
	c := s.onboard("ada")
	code, page, _ := s.page(c, "/dashboard")
	if code != 200 || !strings.Contains(page, "Hello, Ada") || !strings.Contains(page, "You share your readings") {
		t.Fatalf("dashboard %d:\n%s", code, page)
	}
	if len(s.wallets) != 1 {
		t.Fatalf("%d custodial accounts created at sign-up, want 1", len(s.wallets))
	}
	// Plain words only on default pages; technical details may sit behind a
	// "Verify" disclosure.
	for _, path := range []string{"/dashboard", "/", "/upload", "/privacy"} {
		_, p, _ := s.page(c, path)
		if w := cryptoWords.FindString(disclosures.ReplaceAllString(stripCSRF(p), "")); w != "" {
			t.Errorf("%s says %q", path, w)
		}
	}
	// A second sign-in goes straight to the dashboard.
	again := client()
	if resp := s.signIn(again, "ada", nil); resp.Header.Get("Location") != "/dashboard" {
		t.Fatalf("returning sign-in goes to %s", resp.Header.Get("Location"))
	}
}

var disclosures = regexp.MustCompile(`(?s)<details>.*?</details>`)

// stripCSRF removes form field names, which are not words people read.
func stripCSRF(p string) string { return csrfField.ReplaceAllString(p, "") }

func TestStateMismatchIsRefused(t *testing.T) {
	s := newSite(t, time.Hour)
	resp := s.signIn(client(), "ada", func(f url.Values) { f.Set("state", "forged-state") })
	if resp.StatusCode != 400 {
		t.Fatalf("callback with a foreign state: %d", resp.StatusCode)
	}
	// A state from another browser (no login cookie) is refused too.
	c1 := client()
	r1, _ := c1.Get(s.url + "/login")
	loc, _ := url.Parse(r1.Header.Get("Location"))
	form := url.Values{"subject": {"ada"}}
	for k := range loc.Query() {
		form.Set(k, loc.Query().Get(k))
	}
	r2, _ := c1.PostForm(loc.String(), form)
	other := client()
	r3, _ := other.Get(r2.Header.Get("Location"))
	if r3.StatusCode != 400 {
		t.Fatalf("callback in another browser: %d", r3.StatusCode)
	}
}

func TestNonceMismatchIsRefused(t *testing.T) {
	s := newSite(t, time.Hour)
	resp := s.signIn(client(), "ada", func(f url.Values) { f.Set("nonce", "other-nonce") })
	if resp.StatusCode != 400 {
		t.Fatalf("ID token with another nonce accepted: %d", resp.StatusCode)
	}
}

func TestIDTokenChecks(t *testing.T) {
	s := newSite(t, time.Hour)
	ctx := context.Background()
	if err := s.srv.setupOIDC(ctx); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	claims := func(mod func(map[string]any)) map[string]any {
		c := map[string]any{"iss": s.provider.Issuer, "sub": "ada", "aud": "rhd-portal", "iat": now.Unix(), "exp": now.Add(time.Minute).Unix(),
			"nonce": "n1", "email": "ada@example.org", "email_verified": true, "name": "Ada"}
		if mod != nil {
			mod(c)
		}
		return c
	}
	good, _ := s.provider.Sign(claims(nil))
	if _, err := s.srv.verifyIDToken(ctx, good, "n1"); err != nil {
		t.Fatalf("valid token refused: %v", err)
	}
	forger, _ := devoidc.New(s.provider.Issuer, "rhd-portal", "x", s.provider.RedirectURI, accounts)
	forged, _ := forger.Sign(claims(nil))
	expired, _ := s.provider.Sign(claims(func(c map[string]any) { c["exp"] = now.Add(-time.Hour).Unix() }))
	audience, _ := s.provider.Sign(claims(func(c map[string]any) { c["aud"] = "someone-else" }))
	issuer, _ := s.provider.Sign(claims(func(c map[string]any) { c["iss"] = "https://evil.example" }))
	unverified, _ := s.provider.Sign(claims(func(c map[string]any) { c["email_verified"] = false }))
	for name, tok := range map[string]string{"forged": forged, "expired": expired, "wrong audience": audience, "wrong issuer": issuer,
		"unverified email": unverified, "garbage": "abc.def.ghi", "empty": ""} {
		if _, err := s.srv.verifyIDToken(ctx, tok, "n1"); err == nil {
			t.Errorf("%s ID token accepted", name)
		}
	}
	if _, err := s.srv.verifyIDToken(ctx, good, "other"); err == nil {
		t.Error("nonce mismatch accepted")
	}
}

// Every route × {anonymous, signed in but not onboarded, contributor}:
// the expected status, and nobody sees another person's data.
func TestAuthorizationMatrix(t *testing.T) {
	s := newSite(t, time.Hour)
	ada := s.onboard("ada")
	bob := s.onboard("bob")
	newcomer := client()
	s.signIn(newcomer, "ada", nil) // same person, new browser: already onboarded
	fresh := client()
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "cy", Email: "cy@example.org", Name: "Cy"})
	s.signIn(fresh, "cy", nil) // signed in, not onboarded
	anon := client()

	// A message only Ada should ever see.
	ids, _ := s.store.Contributors(context.Background())
	var adaID string
	for _, c := range ids {
		if c.Email == "ada@example.org" {
			adaID = c.ID
		}
	}
	s.paySale(adaID, "0xA", 4242)

	type want struct{ anon, fresh, contributor int }
	gets := map[string]want{
		"/":           {200, 302, 302},
		"/dashboard":  {302, 302, 200},
		"/onboarding": {302, 200, 302},
		"/healthz":    {200, 200, 200},
	}
	for path, w := range gets {
		for who, c := range map[string]*http.Client{"anonymous": anon, "not onboarded": fresh, "contributor": bob} {
			code, _, _ := s.page(c, path)
			exp := map[string]int{"anonymous": w.anon, "not onboarded": w.fresh, "contributor": w.contributor}[who]
			if code != exp {
				t.Errorf("GET %s as %s: %d, want %d", path, who, code, exp)
			}
		}
	}
	_, _, bobToken := s.page(bob, "/dashboard")
	_, _, freshToken := s.page(fresh, "/onboarding")
	posts := []struct {
		who  string
		c    *http.Client
		path string
		form url.Values
		want int
	}{
		{"anonymous", anon, "/consent", url.Values{"share": {"no"}}, 401},
		{"contributor without CSRF", bob, "/consent", url.Values{"share": {"no"}}, 403},
		{"contributor with a wrong CSRF", bob, "/consent", url.Values{"share": {"no"}, "csrf": {"nope"}}, 403},
		{"not onboarded", fresh, "/consent", url.Values{"share": {"no"}, "csrf": {freshToken}}, 403},
		{"contributor", bob, "/consent", url.Values{"share": {"no"}, "csrf": {bobToken}}, 303},
		{"anonymous", anon, "/logout", url.Values{}, 401},
		{"contributor without CSRF", bob, "/logout", url.Values{}, 403},
		{"anonymous", anon, "/onboarding", url.Values{"birth_year": {"1990"}}, 401},
	}
	for _, p := range posts {
		if got := s.post(p.c, p.path, p.form); got != p.want {
			t.Errorf("POST %s as %s: %d, want %d", p.path, p.who, got, p.want)
		}
	}
	_, adaPage, _ := s.page(ada, "/dashboard")
	_, bobPage, _ := s.page(bob, "/dashboard")
	if !strings.Contains(adaPage, "$42.42") || strings.Contains(bobPage, "$42.42") {
		t.Fatal("earnings shown to the wrong person")
	}
	if !strings.Contains(adaPage, `<svg class="earnings"`) || strings.Contains(bobPage, `<svg class="earnings"`) {
		t.Fatal("the earnings chart is missing, or shown to someone who earned nothing")
	}
	if !strings.Contains(bobPage, "You do not share") {
		t.Fatal("Bob's consent change did not apply")
	}
}

func TestLogoutAndExpiry(t *testing.T) {
	s := newSite(t, time.Second)
	c := s.onboard("ada")
	_, _, token := s.page(c, "/dashboard")
	if code := s.post(c, "/logout", url.Values{"csrf": {token}}); code != 303 {
		t.Fatalf("logout: %d", code)
	}
	if code, _, _ := s.page(c, "/dashboard"); code != 302 {
		t.Fatalf("dashboard after logout: %d", code)
	}
	c2 := client()
	s.signIn(c2, "ada", nil)
	if code, _, _ := s.page(c2, "/dashboard"); code != 200 {
		t.Fatalf("dashboard after sign-in: %d", code)
	}
	time.Sleep(1100 * time.Millisecond)
	if code, _, _ := s.page(c2, "/dashboard"); code != 302 {
		t.Fatalf("dashboard after the session expired: %d", code)
	}
	_ = fmt.Sprint
}

// TestSignInCookieForgedOrReplayed: the sign-in in progress travels sealed in
// a cookie; an altered one fails, so does another sign-in's, and a callback
// replayed with a used cookie.
func TestSignInCookieForgedOrReplayed(t *testing.T) {
	s := newSite(t, time.Hour)
	start := func() (*http.Client, url.Values, *url.URL) {
		c := client()
		resp, err := c.Get(s.url + "/login")
		if err != nil {
			t.Fatal(err)
		}
		auth, _ := url.Parse(resp.Header.Get("Location"))
		form := url.Values{"subject": {"ada"}}
		for k := range auth.Query() {
			form.Set(k, auth.Query().Get(k))
		}
		return c, form, auth
	}
	callback := func(c *http.Client, form url.Values, auth *url.URL) (string, *http.Response) {
		resp, err := c.PostForm(auth.String(), form)
		if err != nil || resp.StatusCode != 302 {
			t.Fatalf("provider: %v %v", resp, err)
		}
		back := resp.Header.Get("Location")
		r, err := c.Get(back)
		if err != nil {
			t.Fatal(err)
		}
		return back, r
	}
	u, _ := url.Parse(s.url + "/auth/callback")
	cookieOf := func(c *http.Client) string {
		for _, ck := range c.Jar.Cookies(u) {
			if ck.Name == loginCookie {
				return ck.Value
			}
		}
		return ""
	}
	// An altered cookie.
	c, form, auth := start()
	sealed := []byte(cookieOf(c))
	sealed[len(sealed)/2] ^= 1
	c.Jar.SetCookies(u, []*http.Cookie{{Name: loginCookie, Value: string(sealed), Path: "/auth/callback"}})
	if _, r := callback(c, form, auth); r.StatusCode != 400 {
		t.Fatalf("altered sign-in cookie: %d", r.StatusCode)
	}
	// One browser's cookie with another sign-in's state.
	c1, form1, auth1 := start()
	c2, _, _ := start()
	c1.Jar.SetCookies(u, []*http.Cookie{{Name: loginCookie, Value: cookieOf(c2), Path: "/auth/callback"}})
	if _, r := callback(c1, form1, auth1); r.StatusCode != 400 {
		t.Fatalf("another sign-in's cookie: %d", r.StatusCode)
	}
	// A good sign-in works once; its callback replayed with the cookie fails.
	c, form, auth = start()
	kept := cookieOf(c)
	back, r := callback(c, form, auth)
	if r.StatusCode != 302 || r.Header.Get("Location") != "/onboarding" {
		t.Fatalf("sign-in: %d %s", r.StatusCode, r.Header.Get("Location"))
	}
	replay := client()
	replay.Jar.SetCookies(u, []*http.Cookie{{Name: loginCookie, Value: kept, Path: "/auth/callback"}})
	if r, _ := replay.Get(back); r.StatusCode != 400 {
		t.Fatalf("replayed callback: %d", r.StatusCode)
	}
}
