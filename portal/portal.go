// Package portal is the web app: sign-in with Google (OpenID Connect, or the
// built-in development provider through the same code path), server-side
// sessions with CSRF tokens, and the contributor's journey — onboarding with
// consent, a dashboard of earnings, messages and devices, and consent changes.
// Plain words only: the chain behind the scenes is never named in default views.
package portal

import (
	"cmp"
	"context"
	"crypto/cipher"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/adaptor"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/oauth2"

	"rhd.dev/cohorter"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

//go:embed web
var webFS embed.FS

var pages = template.Must(template.New("pages").Funcs(template.FuncMap{"dollars": dollars, "histogram": histogram, "purpose": purposeName, "distribution": distribution}).ParseFS(webFS, "web/*.html"))

// Config configures the portal.
type Config struct {
	BaseURL      string // where the portal is reached, e.g. http://127.0.0.1:7090
	Issuer       string // OpenID issuer: https://accounts.google.com or the dev provider
	ClientID     string
	ClientSecret string
	Secure       bool // Secure cookies (everywhere but local development)
	SessionTTL   time.Duration
	FeeBps       int64               // platform fee of every sale
	BundleDir    string              // where exported bundles are cached for (resumable) downloads
	Admins       []string            // emails of operators (lower case)
	Policy       cohorter.Policy     // the configured cohort policy; operators change k and prices on /admin
	CashOut      ledger.CashOutTerms // minimum and fee of contributors' cash-outs; zero: DefaultCashOut

	// Slow or greedy clients; zero values take the defaults in New.
	ReadTimeout   time.Duration // a request's headers and body (10 s); uploads get UploadTimeout
	WriteTimeout  time.Duration // an answer (30 s); downloads get DownloadTimeout, live events each message
	IdleTimeout   time.Duration // a kept-alive connection between requests (60 s)
	MaxConns      int           // open connections (4096)
	MaxConnsPerIP int           // open connections from one address; 0: unlimited (behind a proxy everyone shares its address)
	LiveStreams   int           // open live-event streams in all (1024)
	// LiveStreamsPerSession bounds one browser's open live pages (4); one
	// person's (whatever their sessions) is bounded at twice that.
	LiveStreamsPerSession int

	Registry prometheus.Registerer // the portal's metrics (nil: none)
}

// Long transfers: an upload may take this long to arrive, a bundle download
// this long to leave.
const (
	UploadTimeout   = 30 * time.Minute
	DownloadTimeout = time.Hour
)

// Market is what the researcher journey needs beyond the ledger.
type Market struct {
	Warehouse warehouse.Warehouse                                // bundles are exported from it
	Frames    func(ctx context.Context, key, batch []byte) error // sends uploaded readings (rhd.frames.v1)
	Health    func(ctx context.Context) map[string]any           // pipeline health for operators
	// VerifyPayout checks a contributor's payout for a sale against the
	// public record and returns whether it holds and the technical details.
	VerifyPayout func(ctx context.Context, account, saleID string) (bool, map[string]string, error)
	// VerifyReading proves one metric-minute of a device against the
	// contribution record held publicly, with the technical details.
	VerifyReading func(ctx context.Context, deviceID, metric string, minute time.Time) (bool, map[string]string, error)
	// Cards sells researchers credit by card; nil: not configured.
	Cards CardPayments
	// Payouts sends contributors' cash-outs to their banks; nil: not configured.
	Payouts Payouts
	// PaidOnChain returns what the public record has paid into a
	// contributor's account in all (cents); cash-outs never exceed it. Nil:
	// the ledger's confirmed payout batches alone bound them.
	PaidOnChain func(ctx context.Context, contributorID string) (int64, error)
}

// Server is the portal.
type Server struct {
	cfg     Config
	store   *ledger.Store
	wallet  func(ctx context.Context, contributorID string) error
	market  Market
	app     *fiber.App
	export  sync.Mutex // one bundle export at a time
	uploads uploadJobs
	metrics *metrics

	oidcOnce sync.Once
	oidcErr  error
	verifier *oidc.IDTokenVerifier
	oauth    *oauth2.Config

	loginKeyOnce sync.Once
	loginKeyErr  error
	loginSeal    cipher.AEAD

	live  *liveHub
	pulse pulse
}

const (
	sessionCookie = "rhd_session"
	loginCookie   = "rhd_login"
)

// New builds the portal. wallet creates a contributor's custodial wallet.
func New(cfg Config, store *ledger.Store, wallet func(ctx context.Context, contributorID string) error, market Market) *Server {
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	if cfg.Policy == (cohorter.Policy{}) {
		cfg.Policy = cohorter.DefaultPolicy()
	}
	cfg.ReadTimeout = cmp.Or(cfg.ReadTimeout, 10*time.Second)
	cfg.WriteTimeout = cmp.Or(cfg.WriteTimeout, 30*time.Second)
	cfg.IdleTimeout = cmp.Or(cfg.IdleTimeout, 60*time.Second)
	cfg.MaxConns = cmp.Or(cfg.MaxConns, 4096)
	cfg.LiveStreams = cmp.Or(cfg.LiveStreams, 1024)
	cfg.LiveStreamsPerSession = cmp.Or(cfg.LiveStreamsPerSession, 4)
	s := &Server{cfg: cfg, store: store, wallet: wallet, market: market, metrics: newMetrics(cfg.Registry)}
	s.live = newLiveHub(store, cfg.LiveStreams, cfg.LiveStreamsPerSession, 2*cfg.LiveStreamsPerSession)
	app := fiber.New(fiber.Config{DisableStartupMessage: true, ErrorHandler: s.errorPage, BodyLimit: MaxUpload + uploadOverhead,
		// No body is read before its route and sign-in are checked
		// (see limitBody); uploads stream to disk.
		StreamRequestBody: true, DisablePreParseMultipartForm: true,
		ReadTimeout: cfg.ReadTimeout, WriteTimeout: cfg.WriteTimeout, IdleTimeout: cfg.IdleTimeout, Concurrency: cfg.MaxConns})
	app.Server().MaxConnsPerIP = cfg.MaxConnsPerIP
	app.Server().HeaderReceived = longTransfers
	app.Use(s.count)
	app.Use(s.limitBody)
	app.Use(securityHeaders)
	app.Hooks().OnShutdown(func() error { s.live.shutdown(); return nil }) // when App().Shutdown is called directly
	app.Get("/healthz", func(c *fiber.Ctx) error { return c.SendString("ok\n") })
	app.Get("/static/app.css", func(c *fiber.Ctx) error {
		b, _ := webFS.ReadFile("web/app.css")
		c.Type("css")
		return c.Send(b)
	})
	app.Get("/", s.home)
	app.Get("/login", s.login)
	app.Get("/auth/callback", s.callback)
	app.Post("/logout", s.signedIn, s.csrf, s.logout)
	app.Get("/onboarding", s.signedIn, s.onboardingPage)
	app.Post("/onboarding", s.signedIn, s.csrf, s.onboard)
	app.Get("/dashboard", s.signedIn, s.contributor, s.dashboard)
	app.Post("/consent", s.signedIn, s.csrf, s.contributor, s.consent)
	app.Get("/api/me/summary", s.signedIn, s.contributor, s.summary)
	app.Get("/events", s.signedIn, s.contributor, s.events)
	app.Post("/devices", s.signedIn, s.csrf, s.contributor, s.addDevice)
	app.Get("/upload", s.signedIn, s.contributor, s.uploadPage)
	app.Get("/privacy", s.signedIn, s.contributor, s.privacyPage)
	app.Get("/verify/:sale", s.signedIn, s.contributor, s.verifyPayout)
	app.Get("/records/:device/:hour/verify", s.signedIn, s.contributor, s.verifyReading)
	app.Get("/admin", s.signedIn, s.admin, s.adminPage)
	app.Post("/admin/credit", s.signedIn, s.csrf, s.admin, s.grantCredit)
	app.Post("/admin/policy", s.signedIn, s.csrf, s.admin, s.setPolicy)
	app.Get("/privacy/export", s.signedIn, s.contributor, s.exportMine)
	app.Get("/choices", s.signedIn, s.contributor, s.choicesPage)
	app.Post("/choices", s.signedIn, s.csrf, s.contributor, s.setChoices)
	app.Get("/choices/history.csv", s.signedIn, s.contributor, s.choicesCSV)
	app.Get("/uses", s.signedIn, s.contributor, s.usesPage)
	app.Get("/api/me/uses", s.signedIn, s.contributor, s.apiMyUses)
	app.Get("/api/me/choices", s.signedIn, s.contributor, s.apiMyChoices)
	app.Get("/my-data", s.signedIn, s.contributor, s.myDataPage)
	app.Get("/cash-out", s.signedIn, s.contributor, s.cashOutPage)
	app.Post("/cash-out", s.signedIn, s.csrf, s.contributor, s.cashOut)
	app.Post("/cash-out/account", s.signedIn, s.csrf, s.contributor, s.setBankAccount)
	app.Post("/privacy/delete", s.signedIn, s.csrf, s.contributor, s.deleteAccount)
	app.Post("/upload", s.signedIn, s.contributor, s.upload) // checks the CSRF field itself, before the file
	app.Get("/upload/:upload", s.signedIn, s.contributor, s.uploadProgress)
	app.Get("/upload/:upload/status", s.signedIn, s.contributor, s.uploadStatus)
	app.Post("/devices/:device/rename", s.signedIn, s.csrf, s.contributor, s.renameDevice)
	app.Post("/devices/:device/remove", s.signedIn, s.csrf, s.contributor, s.removeDevice)
	for _, script := range []string{"live.js", "upload.js", "verify.js"} {
		app.Get("/static/"+script, func(c *fiber.Ctx) error {
			b, _ := webFS.ReadFile("web/" + script)
			c.Type("js")
			return c.Send(b)
		})
	}
	app.Get("/researcher/signup", s.signedIn, s.signupPage)
	app.Post("/researcher/signup", s.signedIn, s.csrf, s.signup)
	app.Get("/catalog", s.signedIn, s.researcher, s.catalog)
	app.Get("/catalog/:cohort", s.signedIn, s.researcher, s.cohortPage)
	app.Post("/buy", s.signedIn, s.csrf, s.researcher, s.buy)
	app.Get("/purchases", s.signedIn, s.researcher, s.purchases)
	app.Get("/purchases/:order", s.signedIn, s.researcher, s.receipt)
	app.Get("/purchases/:order/bundle.zip", s.signedIn, s.researcher, s.download)
	app.Get("/api-tokens", s.signedIn, s.researcher, s.tokensPage)
	app.Post("/api-tokens", s.signedIn, s.csrf, s.researcher, s.createToken)
	app.Post("/api-tokens/:token/revoke", s.signedIn, s.csrf, s.researcher, s.revokeToken)
	app.Post("/credits/checkout", s.signedIn, s.csrf, s.researcher, s.checkout)
	app.Get("/notices", s.signedIn, s.researcher, s.noticesPage)
	app.Post("/notices/:notice/ack", s.signedIn, s.csrf, s.researcher, s.acknowledge)
	app.Post("/webhook", s.signedIn, s.csrf, s.researcher, s.setWebhook)
	app.Post("/webhook/remove", s.signedIn, s.csrf, s.researcher, s.removeWebhook)
	app.Post("/payments/notify", s.cardNotification)
	app.Get("/api/openapi.json", func(c *fiber.Ctx) error { c.Type("json"); return c.Send(openAPI) })
	api := app.Group("/api/v1", s.apiAuth)
	api.Get("/cohorts", scope(ledger.ScopeRead), s.apiCohorts)
	api.Get("/purposes", scope(ledger.ScopeRead), s.apiPurposes)
	api.Get("/orders", scope(ledger.ScopeRead), s.apiOrders)
	api.Post("/orders", scope(ledger.ScopeBuy), s.apiBuy)
	api.Get("/cohorts/:cohort/versions", scope(ledger.ScopeRead), s.apiVersions)
	api.Get("/orders/:order", scope(ledger.ScopeRead), s.apiOrder)
	api.Get("/orders/:order/bundle.zip", scope(ledger.ScopeRead), s.download)
	api.Get("/tokens", scope(ledger.ScopeRead), s.apiTokens)
	api.Get("/notices", scope(ledger.ScopeRead), s.apiNotices)
	api.Post("/notices/:notice/ack", scope(ledger.ScopeRead), s.apiAcknowledge)
	api.Delete("/tokens/:token", s.apiRevokeToken)
	s.app = app
	return s
}

// App returns the Fiber app. Serve it natively (app.Listener): the live
// event stream needs fasthttp's streaming, which the net/http adaptor buffers.
func (s *Server) App() *fiber.App { return s.app }

// Shutdown ends the live event streams, which would otherwise hold their
// connections open, then stops serving within timeout.
func (s *Server) Shutdown(timeout time.Duration) error {
	s.live.shutdown()
	return s.app.ShutdownWithTimeout(timeout)
}

// Mount serves a net/http handler under prefix (the development sign-in
// provider, whose page styles itself inline).
func (s *Server) Mount(prefix string, h http.Handler) {
	s.app.All(prefix+"/*", func(c *fiber.Ctx) error {
		c.Set("Content-Security-Policy", strings.Replace(contentPolicy, "style-src 'self'", "style-src 'self' 'unsafe-inline'", 1))
		c.Set("Cache-Control", "no-store")
		return c.Next()
	}, adaptor.HTTPHandler(h))
}

func (s *Server) errorPage(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	} else {
		slog.Error("portal", "path", c.Path(), "err", err)
	}
	msg := err.Error()
	if code == fiber.StatusInternalServerError {
		msg = "Something went wrong on our side. Please try again."
	}
	c.Status(code).Type("html")
	return c.SendString("<!doctype html><title>Error</title><p>" + template.HTMLEscapeString(msg) + `</p><p><a href="/">Home</a></p>`)
}

// render writes a page from web/*.html.
func (s *Server) render(c *fiber.Ctx, name string, data map[string]any) error {
	c.Type("html")
	var b strings.Builder
	if err := pages.ExecuteTemplate(&b, name, data); err != nil {
		return err
	}
	return c.SendString(b.String())
}

// setupOIDC discovers the provider on first use: the development provider
// is served by this very process, which must be listening first.
func (s *Server) setupOIDC(ctx context.Context) error {
	s.oidcOnce.Do(func() {
		p, err := oidc.NewProvider(ctx, s.cfg.Issuer)
		if err != nil {
			s.oidcErr = fmt.Errorf("portal: OpenID provider %s: %w", s.cfg.Issuer, err)
			return
		}
		s.verifier = p.Verifier(&oidc.Config{ClientID: s.cfg.ClientID})
		s.oauth = &oauth2.Config{ClientID: s.cfg.ClientID, ClientSecret: s.cfg.ClientSecret, Endpoint: p.Endpoint(),
			RedirectURL: s.cfg.BaseURL + "/auth/callback", Scopes: []string{oidc.ScopeOpenID, "email", "profile"}}
	})
	return s.oidcErr
}

func (s *Server) cookie(name, value string, ttl time.Duration) *fiber.Cookie {
	return &fiber.Cookie{Name: name, Value: value, Path: "/", HTTPOnly: true, Secure: s.cfg.Secure, SameSite: fiber.CookieSameSiteLaxMode,
		Expires: time.Now().Add(ttl)}
}

// loginCookieFor carries a sign-in in progress; only the callback sees it.
// A negative ttl deletes it.
func (s *Server) loginCookieFor(value string, ttl time.Duration) *fiber.Cookie {
	ck := s.cookie(loginCookie, value, ttl)
	ck.Path = "/auth/callback"
	return ck
}

func (s *Server) home(c *fiber.Ctx) error {
	if se, err := s.store.Session(c.UserContext(), c.Cookies(sessionCookie)); err == nil {
		if rid, _ := s.store.ResearcherOf(c.UserContext(), se.Issuer, se.Subject); rid != "" {
			return c.Redirect("/catalog")
		}
		return c.Redirect("/dashboard")
	}
	return s.render(c, "home", map[string]any{"Title": "Welcome"})
}

func (s *Server) login(c *fiber.Ctx) error {
	if err := s.setupOIDC(c.UserContext()); err != nil {
		return err
	}
	l := login{State: randomToken(), Nonce: randomToken(), Verifier: oauth2.GenerateVerifier(), Expires: time.Now().Add(loginTTL).Unix()}
	sealed, err := s.sealLogin(c.UserContext(), l)
	if err != nil {
		return err
	}
	// The sign-in is bound to this browser: a callback in another one fails.
	c.Cookie(s.loginCookieFor(sealed, loginTTL))
	c.Set("Cache-Control", "no-store")
	return c.Redirect(s.oauth.AuthCodeURL(l.State, oidc.Nonce(l.Nonce), oauth2.S256ChallengeOption(l.Verifier)))
}

// errSignIn is every sign-in failure the person sees; details go to the log.
var errSignIn = fiber.NewError(fiber.StatusBadRequest, "Sign-in failed or expired. Please sign in again.")

func (s *Server) callback(c *fiber.Ctx) error {
	if err := s.setupOIDC(c.UserContext()); err != nil {
		return err
	}
	c.Set("Cache-Control", "no-store")
	l, err := s.openLogin(c.UserContext(), c.Cookies(loginCookie))
	c.Cookie(s.loginCookieFor("", -time.Hour)) // a sign-in is tried once
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Query("state")), []byte(l.State)) != 1 {
		slog.Warn("portal: sign-in with a missing, expired or mismatched state")
		return errSignIn
	}
	tok, err := s.oauth.Exchange(c.UserContext(), c.Query("code"), oauth2.VerifierOption(l.Verifier))
	if err != nil {
		slog.Warn("portal: code exchange failed", "err", err)
		return errSignIn
	}
	raw, _ := tok.Extra("id_token").(string)
	claims, err := s.verifyIDToken(c.UserContext(), raw, l.Nonce)
	if err != nil {
		slog.Warn("portal: ID token refused", "err", err)
		return errSignIn
	}
	id, err := s.store.UpsertIdentity(c.UserContext(), ledger.Identity{Issuer: s.cfg.Issuer, Subject: claims.Subject, Email: claims.Email, Name: claims.Name})
	if err != nil {
		return err
	}
	sid, _, err := s.store.CreateSession(c.UserContext(), id.Issuer, id.Subject, s.cfg.SessionTTL)
	if err == nil {
		s.metrics.signIns.Inc()
	}
	if err != nil {
		return err
	}
	c.Cookie(s.cookie(sessionCookie, sid, s.cfg.SessionTTL))
	if rid, _ := s.store.ResearcherOf(c.UserContext(), id.Issuer, id.Subject); rid != "" {
		return c.Redirect("/catalog")
	}
	if id.ContributorID == "" {
		return c.Redirect("/onboarding")
	}
	return c.Redirect("/dashboard")
}

// idClaims are the ID token claims the portal uses.
type idClaims struct {
	Subject  string `json:"sub"`
	Email    string `json:"email"`
	Verified bool   `json:"email_verified"`
	Name     string `json:"name"`
}

// verifyIDToken checks signature, issuer, audience, expiry and nonce.
func (s *Server) verifyIDToken(ctx context.Context, raw, nonce string) (idClaims, error) {
	var cl idClaims
	if raw == "" {
		return cl, errors.New("no id_token")
	}
	tok, err := s.verifier.Verify(ctx, raw)
	if err != nil {
		return cl, err
	}
	if tok.Nonce == "" || tok.Nonce != nonce {
		return cl, errors.New("nonce mismatch")
	}
	if err := tok.Claims(&cl); err != nil {
		return cl, err
	}
	if cl.Email == "" || !cl.Verified {
		return cl, errors.New("the account has no verified email")
	}
	return cl, nil
}

// signedIn loads the session or sends the visitor to sign in.
func (s *Server) signedIn(c *fiber.Ctx) error {
	se, err := s.store.Session(c.UserContext(), c.Cookies(sessionCookie))
	if err != nil {
		if c.Method() == fiber.MethodGet {
			return c.Redirect("/")
		}
		return fiber.NewError(fiber.StatusUnauthorized, "Please sign in.")
	}
	id, err := s.store.Identity(c.UserContext(), se.Issuer, se.Subject)
	if err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, "Please sign in.")
	}
	rid, err := s.store.ResearcherOf(c.UserContext(), se.Issuer, se.Subject)
	if err != nil {
		return err
	}
	c.Locals("session", se)
	c.Locals("identity", id)
	c.Locals("researcher", rid)
	c.Set("Cache-Control", "no-store") // what a signed-in person sees stays out of every cache
	return c.Next()
}

// csrf refuses state-changing requests without the session's token, taken
// from the form body or, for scripts, the X-CSRF-Token header: never from
// the address, which ends up in logs, history and Referer headers.
func (s *Server) csrf(c *fiber.Ctx) error {
	se := c.Locals("session").(ledger.Session)
	got := c.Get("X-CSRF-Token")
	if got == "" {
		got = bodyValue(c, "csrf")
	}
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(se.CSRF)) != 1 {
		return fiber.NewError(fiber.StatusForbidden, "This form expired. Please reload the page and try again.")
	}
	return c.Next()
}

// bodyValue returns a field of a URL-encoded or multipart form body.
func bodyValue(c *fiber.Ctx, key string) string {
	if v := c.Request().PostArgs().Peek(key); len(v) > 0 {
		return string(v)
	}
	if f, err := c.MultipartForm(); err == nil && len(f.Value[key]) > 0 {
		return f.Value[key][0]
	}
	return ""
}

// contributor requires an onboarded contributor.
func (s *Server) contributor(c *fiber.Ctx) error {
	if c.Locals("identity").(ledger.Identity).ContributorID == "" {
		if c.Method() == fiber.MethodGet {
			return c.Redirect("/onboarding")
		}
		return fiber.NewError(fiber.StatusForbidden, "Please finish setting up your account first.")
	}
	return c.Next()
}

func (s *Server) base(c *fiber.Ctx, title string) map[string]any {
	id := c.Locals("identity").(ledger.Identity)
	return map[string]any{"Title": title, "Signed": true, "CSRF": c.Locals("session").(ledger.Session).CSRF, "Name": firstName(id.Name),
		"Researcher": c.Locals("researcher").(string) != ""}
}

func firstName(n string) string {
	if f := strings.Fields(n); len(f) > 0 {
		return f[0]
	}
	return "there"
}

func (s *Server) logout(c *fiber.Ctx) error {
	sid := c.Cookies(sessionCookie)
	if err := s.store.DeleteSession(c.UserContext(), sid); err != nil {
		return err
	}
	s.live.endSession(sid)
	c.ClearCookie(sessionCookie)
	return c.Redirect("/", fiber.StatusSeeOther)
}

func (s *Server) onboardingPage(c *fiber.Ctx) error {
	if c.Locals("identity").(ledger.Identity).ContributorID != "" || c.Locals("researcher").(string) != "" {
		return c.Redirect("/dashboard")
	}
	data := s.base(c, "Welcome")
	data["Choices"] = defaultChoices()
	return s.render(c, "onboarding", data)
}

func (s *Server) onboard(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if id.ContributorID != "" {
		return c.Redirect("/dashboard", fiber.StatusSeeOther)
	}
	year, err := strconv.Atoi(c.FormValue("birth_year"))
	if err != nil || year < 1900 || year > time.Now().Year()-16 {
		data := s.base(c, "Welcome")
		data["Error"], data["Choices"] = "Please enter your year of birth (you must be 16 or older).", defaultChoices()
		c.Status(fiber.StatusUnprocessableEntity)
		return s.render(c, "onboarding", data)
	}
	ctx := c.UserContext()
	person, err := s.store.CreateContributor(ctx, ledger.Contributor{Email: id.Email, DisplayName: id.Name, BirthYear: year, Sex: c.FormValue("sex")})
	if errors.Is(err, ledger.ErrExists) {
		return fiber.NewError(fiber.StatusConflict, "An account with your email address already exists. Please sign in with the account you used before.")
	} else if err != nil {
		slog.Warn("portal: onboarding", "err", err)
		return fiber.NewError(fiber.StatusUnprocessableEntity, "We could not create your account. Please check your answers and try again.")
	}
	if err := s.store.LinkIdentity(ctx, id.Issuer, id.Subject, person.ID); err != nil {
		return err
	}
	if s.wallet != nil {
		if err := s.wallet(ctx, person.ID); err != nil {
			return err
		}
	}
	if c.FormValue("consent") == "yes" {
		if _, err := s.store.RecordConsent(ctx, person.ID, ledger.ScopeResearch, true, ledger.TermsVersion); err != nil {
			return err
		}
	}
	// The purposes as the form showed them, defaults included, so the
	// history shows what the person saw and kept.
	if allowed, ok := purposesFromForm(c); ok {
		if _, err := s.store.SetPurposes(ctx, person.ID, allowed); err != nil {
			return err
		}
	}
	return c.Redirect("/dashboard", fiber.StatusSeeOther)
}

func dollars(cents int64) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

func (s *Server) dashboard(c *fiber.Ctx) error {
	ctx := c.UserContext()
	id := c.Locals("identity").(ledger.Identity)
	e, err := s.store.EarningsOf(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	notes, err := s.store.Notifications(ctx, id.ContributorID, 20)
	if err != nil {
		return err
	}
	devices, err := s.store.DevicesOf(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	var active []ledger.Device
	for _, d := range devices {
		if !d.Removed {
			active = append(active, d)
		}
	}
	consented, err := s.consented(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	mine, err := s.ownData(c, id.ContributorID)
	if err != nil {
		return err
	}
	groups, err := s.myCohorts(c, id.ContributorID)
	if err != nil {
		return err
	}
	data := s.base(c, "Dashboard")
	data["Data"], data["Cohorts"], data["Chart"], data["Recent"] = mine, groups, earningsChart(e.ByDay), e.LastSales
	data["Total"], data["OnChain"], data["Pending"], data["Sales"] = dollars(e.Total), dollars(e.OnChain), dollars(e.Total-e.OnChain), e.Sales
	data["Notes"], data["Devices"], data["Consented"] = notes, active, consented
	return s.render(c, "dashboard", data)
}

func (s *Server) consented(ctx context.Context, contributorID string) (bool, error) {
	h, err := s.store.ConsentHistory(ctx, contributorID, ledger.ScopeResearch)
	if err != nil || len(h) == 0 {
		return false, err
	}
	return h[len(h)-1].Granted, nil
}

func (s *Server) consent(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	share := c.FormValue("share")
	if share != "yes" && share != "no" {
		return fiber.NewError(fiber.StatusBadRequest, "Choose to start or stop sharing.")
	}
	if _, err := s.store.RecordConsent(c.UserContext(), id.ContributorID, ledger.ScopeResearch, share == "yes", ledger.TermsVersion); err != nil {
		return err
	}
	return c.Redirect("/dashboard", fiber.StatusSeeOther)
}

func randomToken() string { return oauth2.GenerateVerifier() }
