package portal

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

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
	ctx := c.Context()
	data := s.base(c, "Operations")
	data["Admin"] = true
	if s.market.Health != nil {
		data["Health"] = s.market.Health(ctx)
	}
	people, err := s.store.Contributors(ctx)
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
	data["Contributors"], data["Researchers"], data["Sales"], data["Cohorts"] = len(people), researchers, sales, len(snaps)
	data["Revenue"], data["Fees"] = dollars(revenue), dollars(fees)
	data["Policy"] = s.cfg.Policy
	return s.render(c, "admin", data)
}

func (s *Server) grantCredit(c *fiber.Ctx) error {
	cents, err := strconv.ParseInt(c.FormValue("cents"), 10, 64)
	if err != nil || cents <= 0 {
		return fiber.NewError(fiber.StatusBadRequest, "Give a positive amount in cents.")
	}
	if err := s.store.GrantCredit(c.Context(), c.FormValue("researcher"), cents, "granted by "+c.Locals("identity").(ledger.Identity).Email); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "Could not grant credit: "+err.Error())
	}
	return c.Redirect("/admin", fiber.StatusSeeOther)
}
