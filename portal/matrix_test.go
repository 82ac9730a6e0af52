package portal

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
	"rhd.dev/portal/devoidc"
)

// TestEveryRouteForEveryone requests every route the portal registers as
// each kind of person: anonymous, a contributor who owns the resource in
// the path (Ada), another contributor (Bob), a researcher who bought a
// bundle (Lab), and an operator. Nobody reaches another person's data,
// nobody downloads a bundle they did not buy, no route answers 500, and a
// route added without a line here fails the test.
func TestEveryRouteForEveryone(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	s.srv.cfg.Admins = []string{"ops@example.org"}
	s.provider.Accounts = append(s.provider.Accounts, devoidc.Account{Subject: "lab", Email: "lab@uni.example", Name: "Dr Lab"},
		devoidc.Account{Subject: "ops", Email: "ops@example.org", Name: "Ops"})

	ada, bob := s.onboard("ada"), s.onboard("bob")
	adaID := contributorID(t, s, "ada@example.org")
	lab := client()
	s.signIn(lab, "lab", nil)
	_, _, tok := s.page(lab, "/researcher/signup")
	s.post(lab, "/researcher/signup", url.Values{"csrf": {tok}, "organization": {"Uni"}, "intended_use": {"sleep"}})
	labR, _ := s.store.Researcher(ctx, "lab@uni.example")
	s.store.GrantCredit(ctx, labR.ID, 1_000_000, "test")
	_, labToken, tokErr := s.store.IssueAPIToken(ctx, labR.ID, ledger.TokenSpec{Name: "laptop", Scopes: []string{ledger.ScopeRead}})
	if tokErr != nil {
		t.Fatal(tokErr)
	}
	_, detail, tok := s.page(lab, "/catalog/any.any.any")
	m := buyForm.FindStringSubmatch(detail)
	if m == nil {
		t.Fatal("no buy form")
	}
	s.post(lab, "/buy", url.Values{"csrf": {tok}, "snapshot": {m[1]}, "key": {m[2]}, "purpose": {"academic"}})
	orders, _ := s.store.OrdersOf(ctx, labR.ID)
	if len(orders) != 1 {
		t.Fatalf("%d orders", len(orders))
	}
	order := orders[0]
	ops := client()
	s.signIn(ops, "ops", nil) // an operator account: signed in, not a contributor

	// Ada's things: a payment, a device, a contribution record, an upload.
	saleAda := s.paySale(adaID, "0xA", 500)
	code, _ := s.store.CreatePairingCode(ctx, adaID, "ring")
	dev, err := s.store.PairDevice(ctx, code, "RG-ADA", make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	hour := time.Now().UTC().Truncate(time.Hour).Add(-2 * time.Hour)
	s.store.AddRecords(ctx, []ledger.ContributionRecord{{DeviceID: dev.ID, Hour: hour, ContributorID: adaID, Account: "0xA", Samples: 1, Root: []byte{1}, From: hour, To: hour}})
	_, _, adaTok := s.page(ada, "/upload")
	_, progress := s.uploadFile(ada, adaTok, "walk.csv", "time,metric,value\n2026-11-20T08:00:00Z,heart_rate,61\n")
	job := regexp.MustCompile(`data-status="/upload/([^/"]+)/status"`).FindStringSubmatch(progress)
	if job == nil {
		t.Fatalf("no upload job on:\n%s", progress)
	}

	// Bob's own pages hold nothing of Ada's.
	for _, path := range []string{"/dashboard", "/privacy", "/privacy/export", "/api/me/summary", "/uses", "/choices", "/choices/history.csv", "/cash-out", "/my-data", "/api/me/uses", "/api/me/choices"} {
		_, page, _ := s.page(bob, path)
		for _, needle := range []string{adaID, "ada@example.org", "Ada Lovelace", saleAda, dev.ID, "RG-ADA", job[1]} {
			if strings.Contains(page, needle) {
				t.Errorf("Bob's %s shows Ada's %q", path, needle)
			}
		}
	}

	roles := []string{"anonymous", "contributor (owner)", "another contributor", "researcher", "operator"}
	clients := []*http.Client{client(), ada, bob, lab, ops}
	tokens := make([]string, len(clients))
	for i, c := range clients[1:] {
		_, _, tokens[i+1] = s.page(c, "/upload") // contributors
		if tokens[i+1] == "" {
			_, _, tokens[i+1] = s.page(c, "/researcher/signup")
		}
		if tokens[i+1] == "" {
			_, _, tokens[i+1] = s.page(c, "/catalog")
		}
		if tokens[i+1] == "" {
			_, _, tokens[i+1] = s.page(c, "/onboarding")
		}
		if tokens[i+1] == "" {
			t.Fatalf("no CSRF token for %s", roles[i+1])
		}
	}
	type route struct {
		method, pattern, path string
		form                  url.Values // POST body; the CSRF token is added
		want                  string     // status per role, in the order of roles
	}
	recordPath := fmt.Sprintf("/records/%s/%d/verify", dev.ID, hour.Unix())
	routes := []route{
		{"GET", "/", "/", nil, "200 302 302 302 302"},
		{"GET", "/healthz", "/healthz", nil, "200 200 200 200 200"},
		{"GET", "/static/app.css", "/static/app.css", nil, "200 200 200 200 200"},
		{"GET", "/static/live.js", "/static/live.js", nil, "200 200 200 200 200"},
		{"GET", "/static/upload.js", "/static/upload.js", nil, "200 200 200 200 200"},
		{"GET", "/static/verify.js", "/static/verify.js", nil, "200 200 200 200 200"},
		{"GET", "/api/openapi.json", "/api/openapi.json", nil, "200 200 200 200 200"},
		{"GET", "/login", "/login", nil, "302 302 302 302 302"},
		{"GET", "/auth/callback", "/auth/callback", nil, "400 400 400 400 400"},
		{"GET", "/onboarding", "/onboarding", nil, "302 302 302 302 200"},
		{"POST", "/onboarding", "/onboarding", url.Values{}, "401 303 303 422 422"},
		{"GET", "/dashboard", "/dashboard", nil, "302 200 200 302 302"},
		{"POST", "/consent", "/consent", url.Values{"share": {"yes"}}, "401 303 303 403 403"},
		{"GET", "/api/me/summary", "/api/me/summary", nil, "302 200 200 302 302"},
		{"POST", "/devices", "/devices", url.Values{"type": {"ring"}}, "401 200 200 403 403"},
		{"GET", "/upload", "/upload", nil, "302 200 200 302 302"},
		{"POST", "/upload", "/upload", url.Values{}, "401 400 400 403 403"},
		{"GET", "/upload/:upload", "/upload/" + job[1], nil, "302 200 404 302 302"},
		{"GET", "/upload/:upload/status", "/upload/" + job[1] + "/status", nil, "302 200 404 302 302"},
		{"GET", "/privacy", "/privacy", nil, "302 200 200 302 302"},
		{"GET", "/privacy/export", "/privacy/export", nil, "302 200 200 302 302"},
		{"POST", "/privacy/delete", "/privacy/delete", url.Values{"confirm": {"no"}}, "401 400 400 403 403"},
		{"GET", "/verify/:sale", "/verify/" + saleAda, nil, "302 200 404 302 302"},
		{"GET", "/choices", "/choices", nil, "302 200 200 302 302"},
		{"POST", "/choices", "/choices", url.Values{"purposes": {"shown"}, "purpose_academic": {"yes"}}, "401 303 303 403 403"},
		{"GET", "/choices/history.csv", "/choices/history.csv", nil, "302 200 200 302 302"},
		{"GET", "/uses", "/uses", nil, "302 200 200 302 302"},
		{"GET", "/cash-out", "/cash-out", nil, "302 200 200 302 302"},
		{"GET", "/my-data", "/my-data", nil, "302 200 200 302 302"},
		{"GET", "/api/me/uses", "/api/me/uses", nil, "302 200 200 302 302"},
		{"GET", "/api/me/choices", "/api/me/choices", nil, "302 200 200 302 302"},
		{"POST", "/cash-out", "/cash-out", url.Values{"amount": {"10"}, "key": {"m"}}, "401 501 501 403 403"},
		{"POST", "/cash-out/account", "/cash-out/account", url.Values{"holder": {"X"}, "number": {"GB33BUKB20201555555555"}}, "401 303 303 403 403"},
		{"GET", "/records/:device/:hour/verify", recordPath, nil, "302 200 404 302 302"},
		{"POST", "/devices/:device/rename", "/devices/" + dev.ID + "/rename", url.Values{"name": {"Ring"}}, "401 303 404 403 403"},
		{"GET", "/admin", "/admin", nil, "302 403 403 403 200"},
		{"POST", "/admin/credit", "/admin/credit", url.Values{"researcher": {labR.ID}, "cents": {"1"}}, "401 403 403 403 303"},
		{"POST", "/admin/policy", "/admin/policy", url.Values{"k": {"20"}, "base_cents": {"5000"}, "per_day_cents": {"10"}}, "401 403 403 403 303"},
		{"GET", "/researcher/signup", "/researcher/signup", nil, "302 200 200 302 200"},
		{"POST", "/researcher/signup", "/researcher/signup", url.Values{}, "401 422 422 303 422"},
		{"GET", "/catalog", "/catalog", nil, "302 302 302 200 302"},
		{"GET", "/catalog/:cohort", "/catalog/any.any.any", nil, "302 302 302 200 302"},
		{"POST", "/buy", "/buy", url.Values{"snapshot": {m[1]}, "key": {m[2]}, "purpose": {"academic"}}, "401 403 403 303 403"},
		{"GET", "/purchases", "/purchases", nil, "302 302 302 200 302"},
		{"GET", "/purchases/:order", "/purchases/" + order.ID, nil, "302 302 302 200 302"},
		{"GET", "/purchases/:order/bundle.zip", "/purchases/" + order.ID + "/bundle.zip", nil, "302 302 302 200 302"},
		{"GET", "/api-tokens", "/api-tokens", nil, "302 302 302 200 302"},
		{"GET", "/notices", "/notices", nil, "302 302 302 200 302"},
		{"POST", "/notices/:notice/ack", "/notices/1/ack", nil, "401 403 403 404 403"},
		{"POST", "/webhook", "/webhook", url.Values{"url": {"https://lab.example/hook"}}, "401 403 403 200 403"},
		{"POST", "/webhook/remove", "/webhook/remove", nil, "401 403 403 303 403"},
		{"POST", "/api-tokens", "/api-tokens", url.Values{"name": {"ci"}, "scope": {"read"}, "days": {"30"}}, "401 403 403 200 403"},
		{"POST", "/credits/checkout", "/credits/checkout", url.Values{"dollars": {"100"}}, "401 403 403 501 403"},
		{"POST", "/payments/notify", "/payments/notify", url.Values{}, "404 404 404 404 404"},
		// The research API takes bearer tokens only: a browser session
		// (cookies) never authorizes it, whoever holds it.
		{"GET", "/api/v1/cohorts", "/api/v1/cohorts", nil, "401 401 401 401 401"},
		{"GET", "/api/v1/orders", "/api/v1/orders", nil, "401 401 401 401 401"},
		{"GET", "/api/v1/purposes", "/api/v1/purposes", nil, "401 401 401 401 401"},
		{"GET", "/api/v1/notices", "/api/v1/notices", nil, "401 401 401 401 401"},
		{"POST", "/api/v1/notices/:notice/ack", "/api/v1/notices/1/ack", nil, "401 401 401 401 401"},
		{"POST", "/api/v1/orders", "/api/v1/orders", url.Values{}, "401 401 401 401 401"},
		{"GET", "/api/v1/orders/:order/bundle.zip", "/api/v1/orders/" + order.ID + "/bundle.zip", nil, "401 401 401 401 401"},
		{"GET", "/api/v1/orders/:order", "/api/v1/orders/" + order.ID, nil, "401 401 401 401 401"},
		{"GET", "/api/v1/cohorts/:cohort/versions", "/api/v1/cohorts/any.any.any/versions", nil, "401 401 401 401 401"},
		{"GET", "/api/v1/tokens", "/api/v1/tokens", nil, "401 401 401 401 401"},
		{"DELETE", "/api/v1/tokens/:token", "/api/v1/tokens/" + labToken.ID, nil, "401 401 401 401 401"},
		{"GET", "/events", "/events", nil, "302 200 200 302 302"},
		// Last: these end something for their caller.
		{"POST", "/devices/:device/remove", "/devices/" + dev.ID + "/remove", nil, "401 303 404 403 403"},
		{"POST", "/api-tokens/:token/revoke", "/api-tokens/" + labToken.ID + "/revoke", nil, "401 403 403 303 403"},
		{"POST", "/logout", "/logout", url.Values{}, "401 303 303 303 303"},
	}

	// Every registered route has a line above.
	listed := map[string]bool{}
	for _, r := range routes {
		listed[r.method+" "+r.pattern] = true
	}
	for _, r := range s.srv.App().GetRoutes(true) {
		if r.Method != "GET" && r.Method != "POST" || strings.HasPrefix(r.Path, "/dev-oidc") {
			continue
		}
		if !listed[r.Method+" "+r.Path] {
			t.Errorf("route %s %s has no line in the matrix", r.Method, r.Path)
		}
	}

	var got []string
	for _, r := range routes {
		want := strings.Fields(r.want)
		var line []string
		for i, c := range clients {
			status := s.request(c, r.method, r.path, r.form, tokens[i])
			line = append(line, fmt.Sprint(status))
			if status >= 500 && status != http.StatusNotImplemented { // 501: card payments, not configured
				t.Errorf("%s %s as %s: %d", r.method, r.path, roles[i], status)
			}
			if fmt.Sprint(status) != want[i] {
				t.Errorf("%s %s as %s: %d, want %s", r.method, r.pattern, roles[i], status, want[i])
			}
		}
		got = append(got, fmt.Sprintf("%s %s: %s", r.method, r.pattern, strings.Join(line, " ")))
	}
	if t.Failed() {
		sort.Strings(got)
		t.Logf("statuses (%s):\n%s", strings.Join(roles, ", "), strings.Join(got, "\n"))
	}
}

// request sends one request as c; POST forms carry c's CSRF token. A
// streaming answer (server-sent events) counts by its status line.
func (s *site) request(c *http.Client, method, path string, form url.Values, token string) int {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	var req *http.Request
	if method == "POST" {
		f := url.Values{}
		for k, v := range form {
			f[k] = v
		}
		if token != "" {
			f.Set("csrf", token)
		}
		req, _ = http.NewRequestWithContext(ctx, method, s.url+path, strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req, _ = http.NewRequestWithContext(ctx, method, s.url+path, nil)
	}
	resp, err := c.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
