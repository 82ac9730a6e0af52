package portal

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/ledger"
	"rhd.dev/warehouse"
)

// researcher requires a signed-up researcher.
func (s *Server) researcher(c *fiber.Ctx) error {
	if c.Locals("researcher").(string) == "" {
		if c.Method() == fiber.MethodGet {
			return c.Redirect("/researcher/signup")
		}
		return fiber.NewError(fiber.StatusForbidden, "This is for researchers.")
	}
	return c.Next()
}

func (s *Server) researcherData(c *fiber.Ctx, title string) (map[string]any, ledger.Researcher, error) {
	r, err := s.store.Researcher(c.UserContext(), c.Locals("researcher").(string))
	data := s.base(c, title)
	data["Credits"] = dollars(r.CreditsCents)
	data["Cards"] = s.market.Cards != nil
	return data, r, err
}

func (s *Server) signupPage(c *fiber.Ctx) error {
	if c.Locals("researcher").(string) != "" {
		return c.Redirect("/catalog")
	}
	return s.render(c, "signup", s.base(c, "Researcher sign-up"))
}

func (s *Server) signup(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if c.Locals("researcher").(string) != "" {
		return c.Redirect("/catalog", fiber.StatusSeeOther)
	}
	r, err := s.store.CreateResearcher(c.UserContext(), ledger.Researcher{Email: id.Email, Name: id.Name,
		Organization: strings.TrimSpace(c.FormValue("organization")), IntendedUse: strings.TrimSpace(c.FormValue("intended_use"))})
	if err != nil {
		data := s.base(c, "Researcher sign-up")
		data["Error"] = "Please give your organization and how you will use the data."
		c.Status(fiber.StatusUnprocessableEntity)
		return s.render(c, "signup", data)
	}
	if err := s.store.LinkResearcher(c.UserContext(), id.Issuer, id.Subject, r.ID); err != nil {
		return err
	}
	return c.Redirect("/catalog", fiber.StatusSeeOther)
}

func (s *Server) catalog(c *fiber.Ctx) error {
	data, _, err := s.researcherData(c, "Catalog")
	if err != nil {
		return err
	}
	min, _ := strconv.Atoi(c.Query("min"))
	f := cohorter.Filter{AgeBand: c.Query("age"), Activity: c.Query("activity"), DeviceType: c.Query("device"), MinSize: min}
	entries, err := cohorter.Catalog{Store: s.store}.List(c.UserContext(), f)
	if err != nil {
		return err
	}
	all, _ := cohorter.Catalog{Store: s.store}.List(c.UserContext(), cohorter.Filter{})
	var ages, acts, devs []string
	for _, e := range all {
		ages, acts, devs = addValue(ages, e.Cohort.AgeBand), addValue(acts, e.Cohort.Activity), addValue(devs, e.Cohort.DeviceType)
	}
	sortBy := c.Query("sort", "size")
	slices.SortStableFunc(entries, func(a, b cohorter.Entry) int {
		switch sortBy {
		case "coverage":
			return cmp.Compare(b.Snapshot.ContributorDays, a.Snapshot.ContributorDays)
		case "price":
			return cmp.Compare(a.Snapshot.PriceCents, b.Snapshot.PriceCents)
		}
		return cmp.Compare(b.Snapshot.Members, a.Snapshot.Members)
	})
	data["Entries"], data["F"], data["Sort"] = entries, f, sortBy
	data["Ages"], data["Activities"], data["DevTypes"], data["Sorts"] = ages, acts, devs, []string{"size", "coverage", "price"}
	return s.render(c, "catalog", data)
}

func addValue(vs []string, v string) []string {
	if v == cohorter.Any || slices.Contains(vs, v) {
		return vs
	}
	vs = append(vs, v)
	slices.Sort(vs)
	return vs
}

func (s *Server) cohortPage(c *fiber.Ctx) error {
	data, r, err := s.researcherData(c, "Cohort")
	if err != nil {
		return err
	}
	e, err := cohorter.Catalog{Store: s.store}.Show(c.UserContext(), c.Params("cohort"))
	if errors.Is(err, ledger.ErrNotFound) {
		return fiber.NewError(fiber.StatusNotFound, "No such cohort in the catalog.")
	} else if err != nil {
		return err
	}
	if history, err := s.store.SnapshotHistory(c.UserContext(), e.Cohort.ID, 30); err == nil && len(history) > 1 {
		var bars []bar
		for _, sn := range history {
			bars = append(bars, bar{Label: sn.CreatedAt.UTC().Format("2 Jan 15:04"), V: float64(sn.ContributorDays), Has: true})
		}
		data["Coverage"] = drawChart(chartSpec{Title: "person-days of each version of this cohort", YLabel: "person-days", Line: true, ZeroY: true}, bars)
	}
	orderable, err := s.store.OrderablePurposes(c.UserContext(), e.Snapshot.ID)
	if err != nil {
		return err
	}
	var purposes []purposeChoice
	for _, p := range ledger.Purposes {
		purposes = append(purposes, purposeChoice{p, orderable[p.ID]})
	}
	data["E"], data["Key"], data["Purposes"], data["Organization"] = e, newKey(), purposes, r.Organization
	data["License"], data["Terms"] = bundle.License, bundle.Terms
	data["Epsilon"] = s.cfg.Policy.Epsilon
	return s.render(c, "cohort", data)
}

func newKey() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// buy places the order; settlement announces and pays its sale from the
// ledger (the order's outbox row is written with it).
func (s *Server) buy(c *fiber.Ctx) error {
	rid := c.Locals("researcher").(string)
	p, err := purposeFromForm(c.FormValue("purpose"))
	if err != nil {
		return err
	}
	org := c.FormValue("organization")
	if strings.TrimSpace(org) == "" {
		r, err := s.store.Researcher(c.UserContext(), rid)
		if err != nil {
			return err
		}
		org = r.Organization
	}
	// The standard exports are checkboxes, one field each, so that the
	// form needs no multi-value parsing.
	var chosen []string
	for _, f := range []string{bundle.FormatFHIR, bundle.FormatOMH} {
		if c.FormValue("format_"+f) != "" {
			chosen = append(chosen, f)
		}
	}
	formats, _ := bundle.ParseFormats(strings.Join(chosen, ","))
	var join *ledger.JoinError
	o, created, err := s.store.PlaceOrderWithFormats(c.UserContext(), rid, c.FormValue("key"), c.FormValue("snapshot"), s.cfg.FeeBps, p.ID, org, strings.Join(formats, ","))
	if err == nil && created {
		s.metrics.purchases.WithLabelValues("web").Inc()
	}
	switch {
	case errors.Is(err, ledger.ErrInsufficientCredit):
		return fiber.NewError(fiber.StatusPaymentRequired, "Not enough credit for this bundle. Ask us to add credit to your account.")
	case errors.Is(err, ledger.ErrKeyReused):
		return fiber.NewError(fiber.StatusUnprocessableEntity, "This purchase form was already used to buy another cohort, or with other choices. Open the cohort again to buy it.")
	case errors.Is(err, ledger.ErrNotFound):
		return fiber.NewError(fiber.StatusNotFound, "This cohort version is not in the catalog.")
	case errors.As(err, &join):
		return fiber.NewError(fiber.StatusConflict, joinRefusal(join))
	case errors.Is(err, ledger.ErrNotOrderable):
		return fiber.NewError(fiber.StatusConflict, "This cohort version cannot be sold now, or too few of its members allow "+strings.ToLower(p.Name)+
			" to keep every group of the bundle at the minimum size. The catalog shows the current version.")
	case err != nil:
		return fiber.NewError(fiber.StatusBadRequest, "The purchase could not be made: "+err.Error())
	}
	return c.Redirect("/purchases/"+o.ID, fiber.StatusSeeOther)
}

func (s *Server) purchases(c *fiber.Ctx) error {
	data, r, err := s.researcherData(c, "Purchases")
	if err != nil {
		return err
	}
	data["Orders"], err = s.store.OrdersOf(c.UserContext(), r.ID)
	if err != nil {
		return err
	}
	return s.render(c, "purchases", data)
}

// order returns the researcher's own order, or 404 for anyone else's.
func (s *Server) order(c *fiber.Ctx) (ledger.Order, error) {
	o, err := s.store.Order(c.UserContext(), c.Params("order"))
	if err != nil || o.ResearcherID != c.Locals("researcher").(string) {
		return o, fiber.NewError(fiber.StatusNotFound, "No such purchase.")
	}
	return o, nil
}

func (s *Server) receipt(c *fiber.Ctx) error {
	o, err := s.order(c)
	if err != nil {
		return err
	}
	data, _, err := s.researcherData(c, "Receipt")
	if err != nil {
		return err
	}
	sn, err := s.store.Snapshot(c.UserContext(), o.SnapshotID)
	if err != nil {
		return err
	}
	lines, err := s.store.SaleLines(c.UserContext(), o.ID)
	if err != nil {
		return err
	}
	var pool int64
	for _, l := range lines {
		pool += l.Cents
	}
	epoch := int64(0)
	if sale, err := s.store.Sale(c.UserContext(), o.ID); err == nil {
		epoch = sale.Epoch
	}
	data["O"], data["Paid"], data["Pool"], data["Fee"], data["Root"], data["Epoch"] = o, len(lines), pool, o.PriceCents-pool, hex.EncodeToString(sn.MerkleRoot), epoch
	data["Dataset"] = bundle.Identifier(o.SnapshotID, o.BundleID)
	data["Formats"] = formatNames(o.Formats)
	return s.render(c, "receipt", data)
}

// formatNames names an order's standard exports for people.
func formatNames(formats string) []string {
	var out []string
	for _, f := range strings.Split(formats, ",") {
		switch f {
		case bundle.FormatFHIR:
			out = append(out, "FHIR R4 NDJSON")
		case bundle.FormatOMH:
			out = append(out, "Open mHealth")
		}
	}
	return out
}

// downloadFormats is what a download of o holds: the formats chosen when
// ordering, unless the request names its own (?formats= alone asks for
// Parquet only).
func downloadFormats(c *fiber.Ctx, o ledger.Order) ([]string, error) {
	if c.Context().QueryArgs().Has("formats") {
		return bundle.ParseFormats(c.Query("formats"))
	}
	return bundle.ParseFormats(o.Formats)
}

// download serves the order's bundle from a cache file, exporting it on first
// request; it holds the standard exports chosen with the order, or those of
// ?formats=fhir,omh. The export is
// deterministic for the bundle's secret, so the file is the same whenever it
// is rebuilt; byte ranges make downloads resumable, and Repr-Digest (RFC
// 9530) carries the whole file's SHA-256 for the client to check.
func (s *Server) download(c *fiber.Ctx) error {
	o, err := s.order(c)
	if err != nil {
		return err
	}
	formats, err := downloadFormats(c, o)
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "Unknown format: the bundle comes as Parquet, with fhir and omh on request.")
	}
	if s.market.Warehouse == nil || s.cfg.BundleDir == "" {
		return fiber.NewError(fiber.StatusServiceUnavailable, "Downloads are not available right now.")
	}
	path := filepath.Join(s.cfg.BundleDir, variantFile(o.BundleID, formats))
	if _, err := os.Stat(path); err != nil {
		if err := s.exportBundle(c, o, path, formats); err != nil {
			return err
		}
	}
	sum, err := s.fileDigest(c, o.BundleID, formats, path)
	if err != nil {
		return err
	}
	raw, _ := hex.DecodeString(sum)
	c.Set("Repr-Digest", "sha-256=:"+base64.StdEncoding.EncodeToString(raw)+":")
	c.Set("ETag", `"`+sum+`"`)
	c.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, variantFile(o.BundleID, formats)))
	return c.SendFile(path)
}

// variantFile names a bundle variant's zip.
func variantFile(bundleID string, formats []string) string {
	name := bundleID
	for _, f := range formats {
		name += "+" + f
	}
	return name + ".zip"
}

// fileDigest returns the SHA-256 of a cached bundle file, hashing it once
// and remembering it beside the file. The first digest of each variant is
// recorded in the ledger: a purchase stays pinned to it, and a rebuilt file
// that differs is logged.
func (s *Server) fileDigest(c *fiber.Ctx, bundleID string, formats []string, path string) (string, error) {
	if b, err := os.ReadFile(path + ".sha256"); err == nil && len(b) == 64 {
		return string(b), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", err
	}
	sum := hex.EncodeToString(h.Sum(nil))
	pinned, err := s.store.RecordBundleExport(c.UserContext(), ledger.BundleExport{BundleID: bundleID, Formats: strings.Join(formats, ","),
		SHA256: sum, Bytes: n, CreatedAt: time.Now()})
	if err != nil {
		return "", err
	}
	if pinned.SHA256 != sum {
		slog.Error("portal: a rebuilt bundle differs from its first delivery", "bundle", bundleID, "formats", formats, "first", pinned.SHA256, "now", sum)
	}
	if err := os.WriteFile(path+".sha256", []byte(sum), 0o600); err != nil {
		return "", err
	}
	return sum, nil
}

func (s *Server) exportBundle(c *fiber.Ctx, o ledger.Order, path string, formats []string) error {
	s.export.Lock()
	defer s.export.Unlock()
	if _, err := os.Stat(path); err == nil {
		return nil // exported while we waited
	}
	ctx := c.UserContext()
	b, err := s.store.Bundle(ctx, o.BundleID)
	if err != nil {
		return err
	}
	sn, err := s.store.Snapshot(ctx, o.SnapshotID)
	if err != nil {
		return err
	}
	co, err := s.store.Cohort(ctx, sn.CohortID)
	if err != nil {
		return err
	}
	members, err := s.store.BundleMembers(ctx, b.ID)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.cfg.BundleDir, 0o700); err != nil {
		return err
	}
	os.Remove(path + ".sha256") // a digest of an earlier file of this name
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600) // a buyer's bundle: health data
	if err != nil {
		return err
	}
	z := bundle.NewZip(f)
	_, err = bundle.Export(ctx, bundle.Input{Warehouse: s.market.Warehouse, Cohort: co, Snapshot: sn, Members: members, Bundle: b, Formats: formats}, z)
	if cerr := z.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// histogram draws a metric's distribution as an inline SVG bar chart.
func histogram(m warehouse.MetricStats) template.HTML {
	var top float64
	for _, b := range m.Histogram {
		top = max(top, b.People)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="hist" viewBox="0 0 200 60" role="img" aria-label="distribution of %s from %.1f to %.1f">`, template.HTMLEscapeString(m.Metric), m.Min, m.Max)
	w := 200 / max(len(m.Histogram), 1)
	for i, b := range m.Histogram {
		h := 0
		if top > 0 {
			h = int(b.People * 56 / top)
		}
		fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%d" height="%d"></rect>`, i*w+1, 58-h, w-2, h)
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// joinRefusal tells a researcher why an order that would join into a class
// below k was refused, and with which of their organisation's purchases.
func joinRefusal(e *ledger.JoinError) string {
	return fmt.Sprintf("Not sold, and nothing charged: some people in %s are also in %s. "+
		"Their minutes are the same in both bundles, so the two could be linked, placing them in a group (%s) "+
		"smaller than the minimum group size of %d that protects them. Choose a cohort that does not combine with your organisation's earlier purchases this way.",
		e.SnapshotID, e.Earlier(), e.Class, e.K)
}
