package portal

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// CardPayments is a card-payment provider that sells researchers credit. No
// provider is configured in this build (none can be reached from here):
// operators grant credit on /admin, and `rhd dev` gives demo credit. A
// provider plugs in through Market.Cards.
type CardPayments interface {
	// Checkout starts a payment of cents for the researcher and returns the
	// provider's page to send them to; it comes back to returnURL.
	Checkout(ctx context.Context, researcherID string, cents int64, returnURL string) (redirect string, err error)
	// Completed authenticates a notification from the provider (its
	// signature over the body) and returns the completed payment it reports.
	// It returns ErrNotAPayment for anything else.
	Completed(ctx context.Context, header http.Header, body []byte) (CardPayment, error)
}

// CardPayment is a completed payment as the provider reports it.
type CardPayment struct {
	ID           string // the provider's payment id: credited once
	ResearcherID string
	Cents        int64
}

// ErrNotAPayment is returned by CardPayments.Completed for a notification
// that is authentic but reports no completed payment.
var ErrNotAPayment = errors.New("portal: not a completed payment")

// Card top-ups are bounded: a typo should not buy a year's budget.
const (
	minCardTopUpCents = 10_00
	maxCardTopUpCents = 10_000_00
)

// checkout sends a researcher to the card provider to buy credit.
func (s *Server) checkout(c *fiber.Ctx) error {
	if s.market.Cards == nil {
		return fiber.NewError(fiber.StatusNotImplemented, "Card payments are not available here: the platform's operators add credit to your account.")
	}
	dollarsIn, err := strconv.ParseInt(strings.TrimSpace(c.FormValue("dollars")), 10, 64)
	cents := dollarsIn * 100
	if err != nil || cents < minCardTopUpCents || cents > maxCardTopUpCents {
		return fiber.NewError(fiber.StatusBadRequest, fmt.Sprintf("Choose a whole number of dollars from %s to %s.", dollars(minCardTopUpCents), dollars(maxCardTopUpCents)))
	}
	to, err := s.market.Cards.Checkout(c.UserContext(), c.Locals("researcher").(string), cents, s.cfg.BaseURL+"/purchases")
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, "The card provider could not start the payment; nothing was charged. Try again later.")
	}
	return c.Redirect(to, fiber.StatusSeeOther)
}

// cardNotification credits a completed payment the provider tells us about.
// The provider authenticates itself (no session, no CSRF); repeats credit once.
func (s *Server) cardNotification(c *fiber.Ctx) error {
	if s.market.Cards == nil {
		return fiber.ErrNotFound
	}
	h := http.Header{}
	c.Request().Header.VisitAll(func(k, v []byte) { h.Add(string(k), string(v)) })
	p, err := s.market.Cards.Completed(c.UserContext(), h, c.Body())
	if errors.Is(err, ErrNotAPayment) {
		return c.SendStatus(fiber.StatusNoContent)
	}
	if err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "notification not authentic"})
	}
	if _, err := s.store.CreditCardPayment(c.UserContext(), p.ID, p.ResearcherID, p.Cents); err != nil {
		return c.Status(fiber.StatusUnprocessableEntity).JSON(fiber.Map{"error": err.Error()})
	}
	return c.SendStatus(fiber.StatusNoContent)
}
