package portal

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"rhd.dev/ledger"
)

func TestPurposesChosenAtOnboardingAndChangedLater(t *testing.T) {
	s := newSite(t, time.Hour)
	c := client()
	s.signIn(c, "ada", nil)
	_, page, tok := s.page(c, "/onboarding")
	// The defaults are stated and pre-set: public-interest uses on, the rest off.
	for _, want := range []string{`name="purpose_academic" value="yes" checked`, `name="purpose_public_health" value="yes" checked`,
		`name="purpose_commercial" value="yes">`, `name="purpose_ai_training" value="yes">`, "off until you turn them on"} {
		if !strings.Contains(page, want) {
			t.Fatalf("onboarding lacks %q:\n%s", want, page)
		}
	}
	if code := s.post(c, "/onboarding", url.Values{"csrf": {tok}, "birth_year": {"1984"}, "consent": {"yes"}, "purposes": {"shown"}, "purpose_academic": {"yes"}}); code != 303 {
		t.Fatalf("onboarding: %d", code)
	}
	ctx := context.Background()
	ada := contributorID(t, s, "ada@example.org")
	got, _ := s.store.PurposeChoices(ctx, ada)
	if !got["academic"] || got["public_health"] || got["commercial"] || got["ai_training"] {
		t.Fatalf("choices after onboarding %v", got)
	}
	_, page, tok = s.page(c, "/choices")
	if !strings.Contains(page, "Stopped allowing Public health") || !strings.Contains(page, "Allowed Academic research") {
		t.Fatalf("the history does not show the onboarding choices:\n%s", page)
	}
	// Forms not from the page, or without the session's token, change nothing.
	if code := s.post(c, "/choices", url.Values{"csrf": {tok}, "purpose_commercial": {"yes"}}); code != 400 {
		t.Fatalf("choices without the form marker: %d", code)
	}
	if code := s.post(c, "/choices", url.Values{"purposes": {"shown"}, "purpose_commercial": {"yes"}}); code != 403 {
		t.Fatalf("choices without CSRF: %d", code)
	}
	if code := s.post(c, "/choices", url.Values{"csrf": {tok}, "purposes": {"shown"}, "purpose_academic": {"yes"}, "purpose_commercial": {"yes"}}); code != 303 {
		t.Fatalf("choices: %d", code)
	}
	if got, _ := s.store.PurposeChoices(ctx, ada); !got["commercial"] || !got["academic"] || got["public_health"] {
		t.Fatalf("choices after the change %v", got)
	}
	// The history is exportable.
	resp, err := c.Get(s.url + "/choices/history.csv")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("history CSV: %v", err)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	resp.Body.Close()
	if err != nil || len(rows) != 1+1+4+1 || rows[0][1] != "choice" || rows[len(rows)-1][1] != "Commercial product research" || rows[len(rows)-1][2] != "true" {
		t.Fatalf("history CSV %v %v", rows, err)
	}
	for _, path := range []string{"/choices", "/uses"} {
		_, p, _ := s.page(c, path)
		if w := cryptoWords.FindString(disclosures.ReplaceAllString(stripCSRF(p), "")); w != "" {
			t.Errorf("%s says %q", path, w)
		}
	}
	// A form that never showed the purposes leaves the defaults in place.
	s.onboard("bob")
	if h, _ := s.store.Choices(ctx, contributorID(t, s, "bob@example.org")); len(h) != 1 {
		t.Fatalf("bob's history %+v: only the research grant", h)
	}
}

func TestOrdersStatePurposeAndOnlyWillingMembersAreSold(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, tok := s.apiResearcher("ml@lab.org")
	code, b := s.api("GET", "/api/v1/purposes", tok, "", nil)
	var purposes []apiPurpose
	json.Unmarshal(b, &purposes)
	if code != 200 || len(purposes) != 4 || purposes[3].ID != "ai_training" || purposes[3].Description == "" {
		t.Fatalf("purposes %d %s", code, b)
	}
	snap := ""
	for _, c := range s.catalog(tok) {
		if c.Cohort == "any.any.any" {
			snap = c.Snapshot
		}
	}
	for _, body := range []map[string]string{{"snapshot": snap}, {"snapshot": snap, "purpose": "marketing"}} {
		if code, b := s.api("POST", "/api/v1/orders", tok, "p1", body); code != 422 || !strings.Contains(string(b), "ai_training") {
			t.Fatalf("order %v: %d %s", body, code, b)
		}
	}
	// Nobody allows AI training yet (it is off by default): no sale, no charge.
	if code, b := s.api("POST", "/api/v1/orders", tok, "p1", map[string]string{"snapshot": snap, "purpose": "ai_training"}); code != 409 {
		t.Fatalf("AI order with nobody willing: %d %s", code, b)
	}
	if after, _ := s.store.Researcher(ctx, r.ID); after.CreditsCents != 1_000_000 {
		t.Fatalf("a refused order charged: %d", after.CreditsCents)
	}
	members := s.members(snap)
	var willing []string
	for _, m := range members[:6] {
		s.store.SetPurposes(ctx, m.ContributorID, map[string]bool{"ai_training": true})
		willing = append(willing, m.PID)
	}
	code, b = s.api("POST", "/api/v1/orders", tok, "p2", map[string]string{"snapshot": snap, "purpose": "ai_training", "organization": "Model Makers Inc"})
	var o apiOrder
	json.Unmarshal(b, &o)
	if code != 201 || o.Purpose != "ai_training" || o.Organization != "Model Makers Inc" {
		t.Fatalf("AI order: %d %s", code, b)
	}
	order, _ := s.store.Order(ctx, o.ID)
	bm, _ := s.store.BundleMembers(ctx, order.BundleID)
	var got []string
	for _, m := range bm {
		got = append(got, m.PID)
	}
	slices.Sort(willing)
	if !slices.Equal(got, willing) {
		t.Fatalf("the AI bundle holds %d members, want the %d who allow AI training", len(got), len(willing))
	}
	// Without an organisation the researcher's own is stated.
	code, b = s.api("POST", "/api/v1/orders", tok, "p3", map[string]string{"snapshot": snap, "purpose": "academic"})
	if json.Unmarshal(b, &o); code != 201 || o.Organization != "Lab" {
		t.Fatalf("academic order: %d %s", code, b)
	}
	// The buy form asks for the purpose and organisation and refuses without them.
	lab := s.onboardResearcher("lab")
	s.store.GrantCredit(ctx, researcherOf(t, s, "lab@uni.example"), 100_000, "test")
	_, detail, token := s.page(lab, "/catalog/any.any.any")
	m := buyForm.FindStringSubmatch(detail)
	if m == nil || !strings.Contains(detail, `name="purpose" value="public_health" required`) || !strings.Contains(detail, `name="organization" required maxlength="200" value="Uni"`) {
		t.Fatalf("buy form:\n%s", detail)
	}
	// The form says which purposes too few members allow (commercial: nobody opted in), not how many do.
	if n := strings.Count(detail, "Too few members allow this now."); n != 1 {
		t.Fatalf("%d purposes marked as too few, want 1 (commercial)", n)
	}
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {m[2]}}); code != 422 {
		t.Fatalf("buy without a purpose: %d", code)
	}
	if code := s.post(lab, "/buy", url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {m[2]}, "purpose": {"public_health"}, "organization": {"City Health Dept"}}); code != 303 {
		t.Fatalf("buy: %d", code)
	}
	orders, _ := s.store.OrdersOf(ctx, researcherOf(t, s, "lab@uni.example"))
	if _, receipt, _ := s.page(lab, "/purchases/"+orders[0].ID); !strings.Contains(receipt, "For Public health by City Health Dept.") {
		t.Fatalf("receipt:\n%s", receipt)
	}
}

func researcherOf(t *testing.T, s *site, email string) string {
	t.Helper()
	r, err := s.store.Researcher(context.Background(), email)
	if err != nil {
		t.Fatal(err)
	}
	return r.ID
}

func (s *site) catalog(tok string) []apiCohort {
	s.t.Helper()
	_, b := s.api("GET", "/api/v1/cohorts", tok, "", nil)
	var cohorts []apiCohort
	if err := json.Unmarshal(b, &cohorts); err != nil || len(cohorts) == 0 {
		s.t.Fatalf("cohorts %s", b)
	}
	return cohorts
}

func TestWhoUsedMyData(t *testing.T) {
	s := newSite(t, time.Hour)
	ada, bob := s.onboard("ada"), s.onboard("bob")
	adaID := contributorID(t, s, "ada@example.org")
	sale := s.paySale(adaID, "0xA", 1234)
	_, page, _ := s.page(ada, "/uses")
	for _, want := range []string{"Lab", "Academic research", "$12.34", `href="/verify/` + sale + `"`, "test cohort paid1.any.any", "Being confirmed"} {
		if !strings.Contains(page, want) {
			t.Fatalf("uses page lacks %q:\n%s", want, page)
		}
	}
	if _, other, _ := s.page(bob, "/uses"); strings.Contains(other, sale) || !strings.Contains(other, "No research team has used your data yet") {
		t.Fatalf("bob sees:\n%s", other)
	}
	if code, _, _ := s.page(client(), "/uses"); code == 200 {
		t.Fatal("anonymous reaches /uses")
	}
	// The same, as JSON for scripts; only the person's own.
	_, js, _ := s.page(ada, "/api/me/uses")
	var uses []meUse
	if err := json.Unmarshal([]byte(js), &uses); err != nil || len(uses) != 1 || uses[0].Sale != sale || uses[0].Organization != "Lab" ||
		uses[0].Purpose != "academic" || uses[0].ShareCents != 1234 || uses[0].Check != "/verify/"+sale {
		t.Fatalf("uses JSON %s %v", js, err)
	}
	if _, js, _ := s.page(bob, "/api/me/uses"); js != "[]" {
		t.Fatalf("Bob's uses JSON %s", js)
	}
	_, js, _ = s.page(ada, "/api/me/choices")
	var choices struct {
		Purposes map[string]bool
		History  []struct{ Scope string }
	}
	if err := json.Unmarshal([]byte(js), &choices); err != nil || !choices.Purposes["academic"] || choices.Purposes["commercial"] || len(choices.History) != 2 { // onboarding and the test market each record a grant
		t.Fatalf("choices JSON %s %v", js, err)
	}
	// The export holds the uses and every choice.
	resp, _ := ada.Get(s.url + "/privacy/export")
	var export map[string]json.RawMessage
	json.NewDecoder(resp.Body).Decode(&export)
	resp.Body.Close()
	if !strings.Contains(string(export["uses"]), sale) || !strings.Contains(string(export["choices"]), ledger.ScopeResearch) {
		t.Fatalf("export uses %s choices %s", export["uses"], export["choices"])
	}
}
