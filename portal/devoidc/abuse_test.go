package devoidc

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// provider serves a provider for the client "portal" under /dev-oidc of a
// real HTTP server; the client's registered redirect URI is on that server.
func provider(t *testing.T) (*Provider, *httptest.Server) {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	p, err := New(srv.URL+"/dev-oidc", "portal", "secret", srv.URL+"/auth/callback",
		[]Account{{Subject: "demo-operator", Email: "operator@demo.rhd.dev", Name: "Olu Operator"}})
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/dev-oidc/", p.Handler("/dev-oidc"))
	return p, srv
}

const verifier = "a-verifier-long-enough-for-pkce-0123456789abcdef"

func authorizeForm(redirect string) url.Values {
	sum := sha256.Sum256([]byte(verifier))
	return url.Values{"client_id": {"portal"}, "response_type": {"code"}, "redirect_uri": {redirect}, "state": {"s1"}, "nonce": {"n1"},
		"code_challenge": {base64.RawURLEncoding.EncodeToString(sum[:])}, "code_challenge_method": {"S256"}, "subject": {"demo-operator"}}
}

var noFollow = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// A sign-in page that sends its code to a foreign redirect_uri hands the
// demo operator's sign-in to whoever runs that address.
func TestAbuseDevProviderForeignRedirect(t *testing.T) {
	p, srv := provider(t)
	for _, redirect := range []string{"https://evil.example/steal", srv.URL + "/auth/callback/../../steal", srv.URL + "/auth/callback?next=x", strings.ToUpper(srv.URL) + "/auth/callback"} {
		q := authorizeForm(redirect)
		resp, err := noFollow.Get(srv.URL + "/dev-oidc/authorize?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("account picker for redirect_uri %s: %s, want 400", redirect, resp.Status)
		}
		resp, err = noFollow.PostForm(srv.URL+"/dev-oidc/authorize", q)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Location") != "" {
			t.Errorf("sign-in with redirect_uri %s: %s to %q, want 400 and no redirect", redirect, resp.Status, resp.Header.Get("Location"))
		}
	}
	p.mu.Lock()
	issued := len(p.codes)
	p.mu.Unlock()
	if issued != 0 {
		t.Fatalf("%d codes issued for foreign redirect URIs", issued)
	}

	// The registered redirect URI still gets a code that exchanges for an ID token.
	resp, err := noFollow.PostForm(srv.URL+"/dev-oidc/authorize", authorizeForm(p.RedirectURI))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, _ := url.Parse(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusFound || loc == nil || !strings.HasPrefix(loc.String(), p.RedirectURI+"?") {
		t.Fatalf("sign-in with the registered redirect URI: %s to %q", resp.Status, resp.Header.Get("Location"))
	}
	tok, err := http.PostForm(srv.URL+"/dev-oidc/token", url.Values{"grant_type": {"authorization_code"}, "code": {loc.Query().Get("code")},
		"redirect_uri": {p.RedirectURI}, "client_id": {"portal"}, "client_secret": {"secret"}, "code_verifier": {verifier}})
	if err != nil {
		t.Fatal(err)
	}
	defer tok.Body.Close()
	var body struct {
		IDToken string `json:"id_token"`
	}
	if err := json.NewDecoder(tok.Body).Decode(&body); err != nil || tok.StatusCode != 200 || body.IDToken == "" {
		t.Fatalf("token exchange: %s %v", tok.Status, err)
	}
}

// A web page whose name was rebound to the provider's address (DNS
// rebinding) is same-origin with it in the browser: it must not get the
// account picker or a code.
func TestAbuseDevProviderDNSRebinding(t *testing.T) {
	p, srv := provider(t)
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	for _, method := range []string{http.MethodGet, http.MethodPost} {
		q := authorizeForm(p.RedirectURI)
		req, _ := http.NewRequest(method, srv.URL+"/dev-oidc/authorize?"+q.Encode(), strings.NewReader(q.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Host = "rebound.evil.example:" + strconv.Itoa(port)
		resp, err := noFollow.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("%s /authorize with a foreign Host: %s, want 421", method, resp.Status)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.codes) != 0 {
		t.Fatal("a code was issued to a rebound origin")
	}
}

// Sign-ins that never exchange their code cannot grow the provider's memory:
// past the bound it refuses, and expired codes make room again.
func TestAbuseDevProviderCodeFlood(t *testing.T) {
	p, srv := provider(t)
	now := time.Now()
	// Under p.mu: the handlers read both under it.
	p.mu.Lock()
	p.maxCodes = 50
	p.now = func() time.Time { return now }
	p.mu.Unlock()
	status := func() int {
		resp, err := noFollow.PostForm(srv.URL+"/dev-oidc/authorize", authorizeForm(p.RedirectURI))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for i := range 50 {
		if s := status(); s != http.StatusFound {
			t.Fatalf("sign-in %d: %d", i, s)
		}
	}
	if s := status(); s != http.StatusServiceUnavailable {
		t.Fatalf("sign-in past the bound: %d, want 503", s)
	}
	p.mu.Lock()
	now = now.Add(2 * time.Minute) // every code has expired
	p.mu.Unlock()
	if s := status(); s != http.StatusFound {
		t.Fatalf("sign-in after the codes expired: %d", s)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.codes) != 1 {
		t.Fatalf("%d codes held, want the one fresh code", len(p.codes))
	}
}
