package portal

import (
	_ "embed"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/cohorter"
	"rhd.dev/cohorter/bundle"
	"rhd.dev/ledger"
)

//go:embed web/openapi.json
var openAPI []byte

type apiCohort struct {
	Cohort          string `json:"cohort"`
	Snapshot        string `json:"snapshot"`
	Description     string `json:"description"`
	AgeBand         string `json:"age_band"`
	Activity        string `json:"activity"`
	DeviceType      string `json:"device_type"`
	Contributors    int    `json:"contributors"`
	ContributorDays int    `json:"contributor_days"`
	Rows            int64  `json:"rows"`
	PriceCents      int64  `json:"price_cents"`
}

func (s *Server) apiCohorts(c *fiber.Ctx) error {
	min, _ := strconv.Atoi(c.Query("min_size"))
	entries, err := cohorter.Catalog{Store: s.store}.List(c.UserContext(), cohorter.Filter{AgeBand: c.Query("age_band"), Activity: c.Query("activity"),
		DeviceType: c.Query("device_type"), MinSize: min})
	if err != nil {
		return err
	}
	out := []apiCohort{}
	for _, e := range entries {
		out = append(out, apiCohort{e.Cohort.ID, e.Snapshot.ID, e.Cohort.Description, e.Cohort.AgeBand, e.Cohort.Activity, e.Cohort.DeviceType,
			e.Snapshot.Members, e.Snapshot.ContributorDays, e.Snapshot.Rows, e.Snapshot.PriceCents})
	}
	return c.JSON(out)
}

type apiOrder struct {
	ID           string `json:"id"`
	Snapshot     string `json:"snapshot"`
	Purpose      string `json:"purpose"`
	Organization string `json:"organization"`
	PriceCents   int64  `json:"price_cents"`
	CreatedAt    string `json:"created_at"`
	// Download serves the order's bundle with the formats chosen when
	// ordering; ?formats= overrides them per download.
	Download string   `json:"download"`
	Bundle   string   `json:"bundle"`
	Dataset  string   `json:"dataset"`
	Formats  []string `json:"formats"`
}

func toAPIOrder(o ledger.Order) apiOrder {
	formats, _ := bundle.ParseFormats(o.Formats)
	return apiOrder{o.ID, o.SnapshotID, o.Purpose, o.Organization, o.PriceCents, o.CreatedAt.UTC().Format(time.RFC3339), "/api/v1/orders/" + o.ID + "/bundle.zip",
		o.BundleID, bundle.Identifier(o.SnapshotID, o.BundleID), formats}
}

type apiExport struct {
	Formats          []string `json:"formats"`
	Ordered          bool     `json:"ordered"` // the variant chosen with the order: what download serves by default
	Download         string   `json:"download"`
	SHA256           string   `json:"sha256,omitempty"`
	Bytes            int64    `json:"bytes,omitempty"`
	FirstDeliveredAt string   `json:"first_delivered_at,omitempty"`
}

type apiOrderDetail struct {
	apiOrder
	Cohort  string      `json:"cohort"`
	Version int         `json:"version"`
	Exports []apiExport `json:"exports"`
}

// apiOrder describes one purchase with every variant it can be downloaded
// as; variants already delivered carry the SHA-256 of their first delivery,
// which every later download of the variant matches.
func (s *Server) apiOrder(c *fiber.Ctx) error {
	o, err := s.store.Order(c.UserContext(), c.Params("order"))
	if err != nil || o.ResearcherID != c.Locals("researcher").(string) {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such order"})
	}
	sn, err := s.store.Snapshot(c.UserContext(), o.SnapshotID)
	if err != nil {
		return err
	}
	done, err := s.store.BundleExports(c.UserContext(), o.BundleID)
	if err != nil {
		return err
	}
	out := apiOrderDetail{apiOrder: toAPIOrder(o), Cohort: sn.CohortID, Version: sn.Version, Exports: []apiExport{}}
	for _, formats := range [][]string{{}, {bundle.FormatFHIR}, {bundle.FormatOMH}, {bundle.FormatFHIR, bundle.FormatOMH}} {
		e := apiExport{Formats: formats, Download: out.Download + "?formats=" + strings.Join(formats, ","), Ordered: slices.Equal(formats, out.Formats)}
		for _, d := range done {
			if d.Formats == strings.Join(formats, ",") {
				e.SHA256, e.Bytes, e.FirstDeliveredAt = d.SHA256, d.Bytes, d.CreatedAt.Format(time.RFC3339)
			}
		}
		out.Exports = append(out.Exports, e)
	}
	return c.JSON(out)
}

type apiVersion struct {
	Snapshot        string   `json:"snapshot"`
	Version         int      `json:"version"`
	CreatedAt       string   `json:"created_at"`
	Contributors    int      `json:"contributors"`
	ContributorDays int      `json:"contributor_days"`
	Rows            int64    `json:"rows"`
	PriceCents      int64    `json:"price_cents"`
	Current         bool     `json:"current"`
	Orders          []string `json:"orders"`
}

// apiVersions lists every version of a cohort, newest first, with the
// caller's own orders of each: any of them can be downloaded again.
func (s *Server) apiVersions(c *fiber.Ctx) error {
	snaps, err := s.store.CohortSnapshots(c.UserContext(), c.Params("cohort"))
	if err != nil {
		return err
	}
	if len(snaps) == 0 {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such cohort"})
	}
	mine, err := s.store.OrdersOf(c.UserContext(), c.Locals("researcher").(string))
	if err != nil {
		return err
	}
	out := []apiVersion{}
	for i, sn := range snaps {
		v := apiVersion{sn.ID, sn.Version, sn.CreatedAt.UTC().Format(time.RFC3339), sn.Members, sn.ContributorDays, sn.Rows, sn.PriceCents, i == 0, []string{}}
		for _, o := range mine {
			if o.SnapshotID == sn.ID {
				v.Orders = append(v.Orders, o.ID)
			}
		}
		out = append(out, v)
	}
	return c.JSON(out)
}

func (s *Server) apiBuy(c *fiber.Ctx) error {
	var req struct {
		Snapshot     string   `json:"snapshot"`
		Purpose      string   `json:"purpose"`
		Organization string   `json:"organization"`
		Formats      []string `json:"formats"`
	}
	if err := c.BodyParser(&req); err != nil || req.Snapshot == "" {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": `body must be JSON {"snapshot": "<snapshot id>", "purpose": "<purpose id>", "organization": "<optional>", "formats": ["fhir", "omh"] (optional)}`})
	}
	formats, err := bundle.ParseFormats(strings.Join(req.Formats, ","))
	if err != nil || len(req.Formats) > 8 {
		return c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"error": "formats may hold fhir and omh (the bundle always has Parquet)", "formats": []string{bundle.FormatFHIR, bundle.FormatOMH}})
	}
	if _, err := ledger.LookupPurpose(req.Purpose); err != nil {
		return c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"error": "purpose must be one of GET /api/v1/purposes", "purposes": purposeIDs()})
	}
	key := c.Get("Idempotency-Key")
	if key == "" {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "an Idempotency-Key header is required"})
	}
	rid := c.Locals("researcher").(string)
	if req.Organization == "" {
		r, err := s.store.Researcher(c.UserContext(), rid)
		if err != nil {
			return err
		}
		req.Organization = r.Organization
	}
	var join *ledger.JoinError
	o, created, err := s.store.PlaceOrderWithFormats(c.UserContext(), rid, "api:"+rid+":"+key, req.Snapshot, s.cfg.FeeBps, req.Purpose, req.Organization, strings.Join(formats, ","))
	if err == nil && created {
		s.metrics.purchases.WithLabelValues("api").Inc()
	}
	switch {
	case errors.Is(err, ledger.ErrInsufficientCredit):
		return c.Status(fiber.StatusPaymentRequired).JSON(fiber.Map{"error": "not enough credit"})
	case errors.Is(err, ledger.ErrKeyReused):
		return c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"error": "this Idempotency-Key was used for a different order"})
	case errors.Is(err, ledger.ErrNotFound):
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such snapshot"})
	case errors.As(err, &join):
		return c.Status(fiber.StatusConflict).JSON(fiber.Map{"error": joinRefusal(join), "code": "join_below_k", "combines_with": join.OrderID,
			"combines_with_snapshot": join.OrderSnapshotID, "class": join.Class, "k": join.K})
	case errors.Is(err, ledger.ErrNotOrderable):
		return c.Status(fiber.StatusConflict).JSON(fiber.Map{"error": "this snapshot is not for sale, or too few of its members allow this purpose: order the current one from /api/v1/cohorts"})
	case err != nil:
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	status := fiber.StatusOK
	if created {
		status = fiber.StatusCreated
	}
	return c.Status(status).JSON(toAPIOrder(o))
}

func (s *Server) apiOrders(c *fiber.Ctx) error {
	os, err := s.store.OrdersOf(c.UserContext(), c.Locals("researcher").(string))
	if err != nil {
		return err
	}
	out := []apiOrder{}
	for _, o := range os {
		out = append(out, toAPIOrder(o))
	}
	return c.JSON(out)
}

type apiPurpose struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

func purposeIDs() []string {
	var out []string
	for _, p := range ledger.Purposes {
		out = append(out, p.ID)
	}
	return out
}

// apiPurposes lists the purposes an order can state.
func (s *Server) apiPurposes(c *fiber.Ctx) error {
	out := []apiPurpose{}
	for _, p := range ledger.Purposes {
		out = append(out, apiPurpose{p.ID, p.Name, p.Description})
	}
	return c.JSON(out)
}
