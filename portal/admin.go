package portal

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/cohorter"
	"rhd.dev/ledger"
)

// admin requires an operator: an email listed in Config.Admins.
func (s *Server) admin(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if !slices.Contains(s.cfg.Admins, strings.ToLower(id.Email)) {
		return fiber.NewError(fiber.StatusForbidden, "This page is for the platform's operators.")
	}
	return c.Next()
}

func (s *Server) adminPage(c *fiber.Ctx) error {
	ctx := c.UserContext()
	data := s.base(c, "Operations")
	data["Admin"] = true
	if s.market.Health != nil {
		data["Health"] = s.market.Health(ctx)
	}
	page := max(c.QueryInt("page", 1), 1)
	people, err := s.store.ContributorRows(ctx, contributorsPerPage+1, (page-1)*contributorsPerPage)
	if err != nil {
		return err
	}
	if len(people) > contributorsPerPage {
		people, data["NextPage"] = people[:contributorsPerPage], page+1
	}
	if page > 1 {
		data["PrevPage"] = page - 1
	}
	contributors, _, err := s.store.Counts(ctx)
	if err != nil {
		return err
	}
	researchers, err := s.store.Researchers(ctx)
	if err != nil {
		return err
	}
	sales, err := s.store.Sales(ctx)
	if err != nil {
		return err
	}
	var revenue, fees int64
	for _, sa := range sales {
		revenue += sa.PriceCents
		fees += sa.FeeCents
	}
	if len(sales) > 20 {
		sales = sales[:20]
	}
	snaps, err := s.store.LatestSnapshots(ctx)
	if err != nil {
		return err
	}
	data["Contributors"], data["People"], data["Researchers"], data["Sales"], data["Cohorts"] = contributors, people, researchers, sales, len(snaps)
	data["Revenue"], data["Fees"] = dollars(revenue), dollars(fees)
	data["Throughput"], data["Lag"] = s.pulseCharts()
	today := time.Now().UTC().Truncate(24 * time.Hour)
	byDay, err := s.store.RevenueByDay(ctx, today.AddDate(0, 0, -29))
	if err != nil {
		return err
	}
	days := make([]bar, 30)
	for i := range days {
		days[i] = bar{Label: dayLabel(today.AddDate(0, 0, i-29)), Has: true}
	}
	for _, d := range byDay {
		if i := int(d.Day.Sub(today.AddDate(0, 0, -29)) / (24 * time.Hour)); i >= 0 && i < 30 {
			days[i].V = float64(d.Cents)
		}
	}
	data["SalesChart"] = drawChart(chartSpec{Title: "sales per day, last 30 days", YLabel: "US dollars", Money: true}, days)
	policy, err := cohorter.EffectivePolicy(ctx, s.store, s.cfg.Policy)
	data["Policy"], data["PolicyError"], data["FeeBps"] = policy, err, s.cfg.FeeBps
	if ch, ok, err := s.store.CohortPolicy(ctx); err == nil && ok {
		data["PolicyChange"] = ch
	}
	return s.render(c, "admin", data)
}

const contributorsPerPage = 50

// setPolicy records an operator's change of k and prices; the cohorter
// applies it on its next run (new snapshot versions; sold bundles keep theirs).
func (s *Server) setPolicy(c *fiber.Ctx) error {
	k, kerr := strconv.Atoi(c.FormValue("k"))
	base, berr := strconv.ParseInt(c.FormValue("base_cents"), 10, 64)
	perDay, perr := strconv.ParseInt(c.FormValue("per_day_cents"), 10, 64)
	if kerr != nil || berr != nil || perr != nil {
		return fiber.NewError(fiber.StatusBadRequest, "k and both prices must be whole numbers (prices in cents).")
	}
	p := s.cfg.Policy
	p.K, p.BasePriceCents, p.PerDayCents = k, base, perDay
	if err := p.Validate(); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "Policy not changed: "+strings.TrimPrefix(err.Error(), "cohorter: ")+".")
	}
	change := ledger.PolicyChange{K: k, BasePriceCents: base, PerDayCents: perDay, ChangedBy: c.Locals("identity").(ledger.Identity).Email}
	if err := s.store.SetCohortPolicy(c.UserContext(), change); err != nil {
		return err
	}
	return c.Redirect("/admin", fiber.StatusSeeOther)
}

func (s *Server) grantCredit(c *fiber.Ctx) error {
	cents, err := strconv.ParseInt(c.FormValue("cents"), 10, 64)
	if err != nil || cents <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "Give a positive amount in cents.")
	}
	if err := s.store.GrantCredit(c.UserContext(), c.FormValue("researcher"), cents, "granted by "+c.Locals("identity").(ledger.Identity).Email); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "Could not grant credit: "+err.Error())
	}
	return c.Redirect("/admin", fiber.StatusSeeOther)
}
