// Package devoidc is the built-in OpenID provider of `rhd dev`: a real
// authorization-code flow (PKCE S256, nonce, RS256-signed ID tokens, JWKS,
// discovery) with a page to pick one of the demo accounts, so sign-in runs
// the very same client code path as with Google. It is for development only:
// anyone who reaches it signs in as any demo account, so rhd mounts it only
// in `rhd dev` on a loopback address.
package devoidc

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sync"
	"time"

	jose "github.com/go-jose/go-jose/v4"
)

// Account is a demo identity.
type Account struct {
	Subject string
	Email   string
	Name    string
	Note    string // shown on the picker, e.g. "researcher"
}

// Provider is an OpenID provider serving under Issuer for one client.
type Provider struct {
	Issuer       string // e.g. http://127.0.0.1:7090/dev-oidc
	ClientID     string
	ClientSecret string
	RedirectURI  string // the client's one registered redirect URI, matched exactly
	Accounts     []Account

	host  string // the issuer's host: requests naming another are refused
	key   *rsa.PrivateKey
	keyID string
	mu    sync.Mutex
	codes map[string]grant
	// maxCodes bounds the codes waiting to be exchanged, so sign-ins that
	// never reach the token endpoint cannot grow memory.
	maxCodes int
	now      func() time.Time
}

type grant struct {
	account   Account
	clientID  string
	nonce     string
	challenge string
	expires   time.Time
}

// New returns a provider with a fresh signing key for the client clientID,
// whose one redirect URI is redirectURI.
func New(issuer, clientID, clientSecret, redirectURI string, accounts []Account) (*Provider, error) {
	iu, err := url.Parse(issuer)
	if err != nil || iu.Host == "" {
		return nil, fmt.Errorf("devoidc: issuer %q is not an absolute URL", issuer)
	}
	if ru, err := url.Parse(redirectURI); err != nil || ru.Host == "" || (ru.Scheme != "http" && ru.Scheme != "https") {
		return nil, fmt.Errorf("devoidc: redirect URI %q is not an absolute http(s) URL", redirectURI)
	}
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	return &Provider{Issuer: issuer, ClientID: clientID, ClientSecret: clientSecret, RedirectURI: redirectURI, Accounts: accounts,
		host: iu.Host, key: key, keyID: "dev-1", codes: map[string]grant{}, maxCodes: 10_000, now: time.Now}, nil
}

// Handler serves the provider; mount it so that its paths sit under the issuer's path.
func (p *Provider) Handler(prefix string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+prefix+"/.well-known/openid-configuration", p.discovery)
	mux.HandleFunc("GET "+prefix+"/jwks", p.jwks)
	mux.HandleFunc("GET "+prefix+"/authorize", p.authorizePage)
	mux.HandleFunc("POST "+prefix+"/authorize", p.authorize)
	mux.HandleFunc("POST "+prefix+"/token", p.token)
	return p.sameHost(mux)
}

// sameHost refuses requests that name a host other than the issuer's: a web
// page whose own name was rebound to this address (DNS rebinding) must not
// get to pick a demo account.
func (p *Provider) sameHost(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Host != p.host {
			http.Error(w, "this development sign-in answers only at "+p.host, http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (p *Provider) discovery(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, map[string]any{
		"issuer":                                p.Issuer,
		"authorization_endpoint":                p.Issuer + "/authorize",
		"token_endpoint":                        p.Issuer + "/token",
		"jwks_uri":                              p.Issuer + "/jwks",
		"response_types_supported":              []string{"code"},
		"subject_types_supported":               []string{"public"},
		"id_token_signing_alg_values_supported": []string{"RS256"},
		"code_challenge_methods_supported":      []string{"S256"},
		"scopes_supported":                      []string{"openid", "email", "profile"},
	})
}

func (p *Provider) jwks(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, 200, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &p.key.PublicKey, KeyID: p.keyID, Algorithm: "RS256", Use: "sig"}}})
}

var picker = template.Must(template.New("p").Parse(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in (development)</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}
button{display:block;width:100%;margin:.5rem 0;padding:.8rem;border:1px solid #8c959f;border-radius:.5rem;background:#fff;text-align:left;font-size:1rem;cursor:pointer}
button:focus,button:hover{border-color:#0969da;outline:2px solid #0969da}small{color:#57606a}</style></head>
<body><h1>Sign in</h1><p>Development sign-in: choose a demo account. In production this page is Google's.</p>
<form method="post">{{range $k, $v := .Params}}<input type="hidden" name="{{$k}}" value="{{$v}}">{{end}}
{{range .Accounts}}<button name="subject" value="{{.Subject}}" type="submit"><strong>{{.Name}}</strong> — {{.Email}}<br><small>{{.Note}}</small></button>{{end}}
</form></body></html>`))

func (p *Provider) authorizePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := p.checkRequest(q.Get("client_id"), q.Get("response_type"), q.Get("code_challenge_method"), q.Get("redirect_uri")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	params := map[string]string{}
	for _, k := range []string{"client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "response_type", "scope"} {
		params[k] = q.Get(k)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	picker.Execute(w, map[string]any{"Params": params, "Accounts": p.Accounts})
}

func (p *Provider) checkRequest(clientID, responseType, method, redirect string) error {
	switch {
	case clientID != p.ClientID:
		return errors.New("unknown client_id")
	case redirect != p.RedirectURI:
		// Codes go only where the client registered: a code sent anywhere
		// else is a sign-in handed to whoever runs that address.
		return errors.New("redirect_uri is not the one registered for this client")
	case responseType != "code":
		return errors.New("only response_type=code is supported")
	case method != "S256":
		return errors.New("PKCE with S256 is required")
	}
	return nil
}

func (p *Provider) authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	f := r.PostForm
	if err := p.checkRequest(f.Get("client_id"), f.Get("response_type"), f.Get("code_challenge_method"), f.Get("redirect_uri")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var acct *Account
	for i := range p.Accounts {
		if p.Accounts[i].Subject == f.Get("subject") {
			acct = &p.Accounts[i]
		}
	}
	if acct == nil {
		http.Error(w, "unknown account", http.StatusBadRequest)
		return
	}
	code := randomString(24)
	p.mu.Lock()
	if len(p.codes) >= p.maxCodes {
		p.pruneLocked()
	}
	if len(p.codes) >= p.maxCodes {
		p.mu.Unlock()
		w.Header().Set("Retry-After", "60")
		http.Error(w, "too many sign-ins in progress, retry in a minute", http.StatusServiceUnavailable)
		return
	}
	p.codes[code] = grant{account: *acct, clientID: f.Get("client_id"), nonce: f.Get("nonce"),
		challenge: f.Get("code_challenge"), expires: p.now().Add(time.Minute)}
	p.mu.Unlock()
	u, _ := url.Parse(p.RedirectURI)
	q := u.Query()
	q.Set("code", code)
	q.Set("state", f.Get("state"))
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// pruneLocked forgets expired codes; p.mu is held.
func (p *Provider) pruneLocked() {
	now := p.now()
	for c, g := range p.codes {
		if now.After(g.expires) {
			delete(p.codes, c)
		}
	}
}

func (p *Provider) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		oauthError(w, "invalid_request")
		return
	}
	f := r.PostForm
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = f.Get("client_id"), f.Get("client_secret")
	}
	if id != p.ClientID || secret != p.ClientSecret {
		oauthError(w, "invalid_client")
		return
	}
	p.mu.Lock()
	g, found := p.codes[f.Get("code")]
	delete(p.codes, f.Get("code")) // a code is used once
	p.mu.Unlock()
	sum := sha256.Sum256([]byte(f.Get("code_verifier")))
	switch {
	case f.Get("grant_type") != "authorization_code" || !found || p.now().After(g.expires) || f.Get("redirect_uri") != p.RedirectURI || g.clientID != id:
		oauthError(w, "invalid_grant")
		return
	case base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge:
		oauthError(w, "invalid_grant")
		return
	}
	idToken, err := p.Sign(map[string]any{
		"iss": p.Issuer, "sub": g.account.Subject, "aud": p.ClientID, "iat": p.now().Unix(), "exp": p.now().Add(10 * time.Minute).Unix(),
		"nonce": g.nonce, "email": g.account.Email, "email_verified": true, "name": g.account.Name,
	})
	if err != nil {
		oauthError(w, "server_error")
		return
	}
	writeJSON(w, 200, map[string]any{"access_token": randomString(24), "token_type": "Bearer", "expires_in": 600, "id_token": idToken})
}

// Sign returns claims as an RS256 JWT signed with the provider's key.
func (p *Provider) Sign(claims map[string]any) (string, error) {
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: p.key}, (&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", p.keyID))
	if err != nil {
		return "", err
	}
	payload, _ := json.Marshal(claims)
	obj, err := signer.Sign(payload)
	if err != nil {
		return "", err
	}
	return obj.CompactSerialize()
}

func oauthError(w http.ResponseWriter, code string) {
	writeJSON(w, http.StatusBadRequest, map[string]string{"error": code})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func randomString(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
