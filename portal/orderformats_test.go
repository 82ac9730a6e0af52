package portal

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"rhd.dev/cohorter/bundle"
)

// A researcher chooses the standard exports on the cohort page; the order
// keeps them, the receipt names them, and every download of the order holds
// them unless it asks for another combination. The same purchase form sent
// again with other formats is refused, not a second order.
func TestFormatsChosenAtPurchaseWeb(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	lab := s.onboardResearcher("formats")
	ctx := context.Background()
	r, _ := s.store.Researcher(ctx, "formats@uni.example")
	s.store.GrantCredit(ctx, r.ID, 100_000, "test")
	_, detail, token := s.page(lab, "/catalog/any.any.any")
	m := buyForm.FindStringSubmatch(detail)
	if m == nil || !strings.Contains(detail, `name="format_fhir"`) || !strings.Contains(detail, `name="format_omh"`) {
		t.Fatalf("the cohort page has no format choice:\n%s", detail)
	}
	form := url.Values{"csrf": {token}, "snapshot": {m[1]}, "key": {m[2]}, "purpose": {"academic"}, "format_fhir": {"yes"}, "format_omh": {"yes"}}
	if code := s.post(lab, "/buy", form); code != 303 {
		t.Fatalf("buy: %d", code)
	}
	orders, _ := s.store.OrdersOf(ctx, r.ID)
	if len(orders) != 1 || orders[0].Formats != "fhir,omh" {
		t.Fatalf("orders %+v: want one with fhir,omh", orders)
	}
	o := orders[0]
	_, receipt, _ := s.page(lab, "/purchases/"+o.ID)
	if !strings.Contains(receipt, "Files: Parquet, FHIR R4 NDJSON, Open mHealth.") || !strings.Contains(receipt, "Parquet only") {
		t.Fatalf("the receipt does not name the chosen formats:\n%s", receipt)
	}
	get := func(query string) map[string]bool {
		t.Helper()
		resp, err := lab.Get(s.url + "/purchases/" + o.ID + "/bundle.zip" + query)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("download %q: %v %v", query, resp.Status, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return zipFiles(t, b)
	}
	if f := get(""); !f[bundle.FHIRFile] || !f[bundle.OMHFile] {
		t.Fatalf("the default download lacks the formats chosen at purchase: %v", f)
	}
	if f := get("?formats="); f[bundle.FHIRFile] || f[bundle.OMHFile] {
		t.Fatalf("?formats= (Parquet only) still has standard exports: %v", f)
	}
	if f := get("?formats=omh"); f[bundle.FHIRFile] || !f[bundle.OMHFile] {
		t.Fatalf("?formats=omh: %v", f)
	}
	// The same form (same key) with other formats: refused, nothing charged.
	form.Del("format_omh")
	if code := s.post(lab, "/buy", form); code != 422 {
		t.Fatalf("the same purchase form with other formats: %d, want 422", code)
	}
	form.Set("format_omh", "yes")
	if code := s.post(lab, "/buy", form); code != 303 { // a plain retry
		t.Fatalf("retry: %d", code)
	}
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 1 {
		t.Fatalf("%d orders after retries: want 1", len(orders))
	}
}

// The API takes formats in the order body, returns them with the order,
// marks the ordered variant among the exports and serves it by default.
// An Idempotency-Key reused with other formats is 422 (like one reused with
// another snapshot): the key names one request.
func TestFormatsChosenAtPurchaseAPI(t *testing.T) {
	s := newSite(t, time.Hour)
	s.market(t)
	ctx := context.Background()
	r, tok := s.apiResearcher("formats-api@lab.org")
	snaps, _ := s.store.LatestSnapshots(ctx)
	body := func(formats ...string) map[string]any {
		return map[string]any{"snapshot": snaps[0].ID, "purpose": "academic", "formats": formats}
	}
	if code, b := s.api("POST", "/api/v1/orders", tok, "fmt-bad", body("csv")); code != 422 {
		t.Fatalf("unknown format: %d %s", code, b)
	}
	code, b := s.api("POST", "/api/v1/orders", tok, "fmt-1", body("omh", "fhir"))
	var o apiOrder
	if json.Unmarshal(b, &o); code != 201 || !slices.Equal(o.Formats, []string{"fhir", "omh"}) {
		t.Fatalf("order with formats: %d %s", code, b)
	}
	code, b = s.api("POST", "/api/v1/orders", tok, "fmt-1", body("fhir", "omh"))
	var again apiOrder
	if json.Unmarshal(b, &again); code != 200 || again.ID != o.ID {
		t.Fatalf("a retry with the same key and formats: %d %s", code, b)
	}
	for _, other := range [][]string{{"fhir"}, nil} {
		if code, b := s.api("POST", "/api/v1/orders", tok, "fmt-1", body(other...)); code != 422 {
			t.Fatalf("the same key with formats %v: %d %s, want 422", other, code, b)
		}
	}
	if orders, _ := s.store.OrdersOf(ctx, r.ID); len(orders) != 1 {
		t.Fatalf("%d orders: want 1", len(orders))
	}
	code, zipped, digest := s.fetch(o.Download, tok)
	if f := zipFiles(t, zipped); code != 200 || digest != digestOf(zipped) || !f[bundle.FHIRFile] || !f[bundle.OMHFile] {
		t.Fatalf("default download %d: %v", code, f)
	}
	if code, plain, _ := s.fetch(o.Download+"?formats=", tok); code != 200 || zipFiles(t, plain)[bundle.FHIRFile] {
		t.Fatalf("?formats= download %d: want Parquet only", code)
	}
	_, b = s.api("GET", "/api/v1/orders/"+o.ID, tok, "", nil)
	var d apiOrderDetail
	json.Unmarshal(b, &d)
	var ordered []apiExport
	for _, e := range d.Exports {
		if e.Ordered {
			ordered = append(ordered, e)
		}
	}
	if len(ordered) != 1 || !slices.Equal(ordered[0].Formats, []string{"fhir", "omh"}) || ordered[0].SHA256 != fmt.Sprintf("%x", sha256.Sum256(zipped)) {
		t.Fatalf("exports %+v: want the fhir+omh variant marked ordered and pinned", d.Exports)
	}
	_, b = s.api("GET", "/api/v1/orders", tok, "", nil)
	var list []apiOrder
	if json.Unmarshal(b, &list); len(list) != 1 || !slices.Equal(list[0].Formats, o.Formats) {
		t.Fatalf("orders list: %s", b)
	}
	// Without formats an order is Parquet only, as before.
	code, b = s.api("POST", "/api/v1/orders", tok, "fmt-2", map[string]string{"snapshot": snaps[0].ID, "purpose": "academic"})
	var plain apiOrder
	if json.Unmarshal(b, &plain); code != 201 || len(plain.Formats) != 0 {
		t.Fatalf("order without formats: %d %s", code, b)
	}
}
