package portal

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
)

// Payouts is a payouts provider that sends money to contributors' bank
// accounts. A provider plugs in through Market.Payouts; `rhd dev` uses
// DevPayouts, which records transfers and moves no money.
type Payouts interface {
	// Transfer sends t.Cents to the account. The provider pays one ID
	// once: sending the same transfer again (after a crash or a timeout)
	// returns the first answer. It returns ErrTransferRejected when the
	// transfer will never be paid (say, the account does not exist); any
	// other error leaves it undecided, to be sent again.
	Transfer(ctx context.Context, t Transfer) (ref string, err error)
}

// Transfer is one cash-out as the provider sees it.
type Transfer struct {
	ID     string // the cash-out id: the provider's idempotency key
	Cents  int64  // what reaches the account: the amount less the fee
	Holder string
	Number string
}

// ErrTransferRejected is returned by Payouts.Transfer for a transfer that
// will not be paid; its amount goes back to the balance.
var ErrTransferRejected = errors.New("portal: transfer rejected")

// DefaultCashOut are the cash-out rules unless configured: at least $10.00,
// of which $0.25 is the provider's fee.
var DefaultCashOut = ledger.CashOutTerms{MinCents: 10_00, FeeCents: 25}

// maxCashOutCents bounds one cash-out typed into the form.
const maxCashOutCents = 100_000_00

// parseDollars reads "12", "12.3" or "12.34" as cents, exactly.
func parseDollars(v string) (int64, error) {
	v = strings.TrimPrefix(strings.TrimSpace(v), "$")
	whole, frac, _ := strings.Cut(v, ".")
	if whole == "" || len(whole) > 9 || len(frac) > 2 || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, errors.New("not an amount")
	}
	d, _ := strconv.ParseInt(whole, 10, 64)
	c := int64(0)
	if frac != "" {
		c, _ = strconv.ParseInt(frac, 10, 64)
		if len(frac) == 1 {
			c *= 10
		}
	}
	return d*100 + c, nil
}

func (s *Server) cashOutTerms() ledger.CashOutTerms {
	if s.cfg.CashOut == (ledger.CashOutTerms{}) {
		return DefaultCashOut
	}
	return s.cfg.CashOut
}

// cashOutPage shows the verified balance, the bank account, the form with
// its fee line, and past cash-outs.
func (s *Server) cashOutPage(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	ctx := c.UserContext()
	paid, err := s.paidOnChain(ctx, id.ContributorID)
	unreachable := err != nil
	left, err := s.store.Withdrawable(ctx, id.ContributorID, paid)
	if err != nil {
		return err
	}
	e, err := s.store.EarningsOf(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	acct, err := s.store.BankAccountOf(ctx, id.ContributorID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return err
	}
	list, err := s.store.CashOutsOf(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	terms := s.cashOutTerms()
	data := s.base(c, "Cash out")
	data["Available"], data["Confirming"], data["Account"], data["CashOuts"] = left, e.Total-e.OnChain, acct, list
	data["Terms"], data["Key"], data["Enabled"], data["Done"] = terms, newKey(), s.market.Payouts != nil, c.Query("done")
	data["Max"], data["Unreachable"] = dollarsPlain(left), unreachable
	return s.render(c, "cashout", data)
}

// paidOnChain is what the public record has paid into the contributor's
// account, or -1 when no such figure is configured.
func (s *Server) paidOnChain(ctx context.Context, contributorID string) (int64, error) {
	if s.market.PaidOnChain == nil {
		return -1, nil
	}
	paid, err := s.market.PaidOnChain(ctx, contributorID)
	if err != nil {
		slog.Warn("portal: reading what was paid on the public record", "err", err)
		return 0, err
	}
	return paid, nil
}

func dollarsPlain(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }

// setBankAccount stores where cash-outs go.
func (s *Server) setBankAccount(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if _, err := s.store.SetBankAccount(c.UserContext(), id.ContributorID, c.FormValue("holder"), c.FormValue("number")); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "Give the account holder's name and the account number or IBAN (6 to 34 letters and digits).")
	}
	return c.Redirect("/cash-out", fiber.StatusSeeOther)
}

// cashOut takes an amount of the verified balance to the bank account. The
// form's key makes a double click or a retry one cash-out.
func (s *Server) cashOut(c *fiber.Ctx) error {
	if s.market.Payouts == nil {
		return fiber.NewError(fiber.StatusNotImplemented, "Cash-outs are not available here yet; your earnings stay safe in your balance.")
	}
	id := c.Locals("identity").(ledger.Identity)
	terms := s.cashOutTerms()
	cents, err := parseDollars(c.FormValue("amount"))
	if err != nil || cents > maxCashOutCents {
		return fiber.NewError(fiber.StatusBadRequest, "Enter an amount in dollars, like 25 or 25.50.")
	}
	paid, err := s.paidOnChain(c.UserContext(), id.ContributorID)
	if err != nil {
		return fiber.NewError(fiber.StatusServiceUnavailable, "The public record of your earnings cannot be reached right now, so nothing was sent. Please try again in a minute.")
	}
	co, _, err := s.store.RequestCashOut(c.UserContext(), id.ContributorID, c.FormValue("key"), cents, terms, paid)
	switch {
	case errors.Is(err, ledger.ErrBelowMinimum):
		return fiber.NewError(fiber.StatusUnprocessableEntity, fmt.Sprintf("The smallest cash-out is %s.", dollars(terms.MinCents)))
	case errors.Is(err, ledger.ErrNotEnoughFunds):
		return fiber.NewError(fiber.StatusUnprocessableEntity, "That is more than your verified balance. Earnings can be cashed out once they are confirmed.")
	case errors.Is(err, ledger.ErrNoBankAccount):
		return fiber.NewError(fiber.StatusUnprocessableEntity, "Add your bank account first.")
	case errors.Is(err, ledger.ErrKeyReused):
		return fiber.NewError(fiber.StatusUnprocessableEntity, "This form was already used for another amount. Open the cash-out page again.")
	case err != nil:
		return fiber.NewError(fiber.StatusBadRequest, "The cash-out could not be made. Please reload the page and try again.")
	}
	if co.Status == ledger.CashOutRequested {
		s.payOut(c.UserContext(), co)
	}
	return c.Redirect("/cash-out?done="+co.ID, fiber.StatusSeeOther)
}

// payOut sends a requested cash-out to the provider and records its answer;
// an undecided one stays requested for ResumeCashOuts.
func (s *Server) payOut(ctx context.Context, co ledger.CashOut) {
	acct, err := s.store.BankAccountOf(ctx, co.ContributorID)
	if errors.Is(err, ledger.ErrNotFound) { // the account was deleted meanwhile
		err = s.store.SettleCashOut(ctx, co.ID, false, "")
	}
	if err != nil {
		slog.Warn("portal: cash-out", "id", co.ID, "err", err)
		return
	}
	ref, err := s.market.Payouts.Transfer(ctx, Transfer{ID: co.ID, Cents: co.NetCents(), Holder: acct.Holder, Number: acct.Number})
	switch {
	case errors.Is(err, ErrTransferRejected):
		err = s.store.SettleCashOut(ctx, co.ID, false, "")
	case err == nil:
		err = s.store.SettleCashOut(ctx, co.ID, true, ref)
	}
	if err != nil {
		slog.Warn("portal: cash-out undecided, sent again later", "id", co.ID, "err", err)
	}
}

// ResumeCashOuts sends again, under the same ids, up to limit cash-outs the
// provider has not answered (a crash or a timeout between the request and
// the answer); the provider pays each id once.
func (s *Server) ResumeCashOuts(ctx context.Context, limit int) error {
	if s.market.Payouts == nil {
		return nil
	}
	open, err := s.store.OpenCashOuts(ctx, limit)
	if err != nil {
		return err
	}
	for _, co := range open {
		s.payOut(ctx, co)
	}
	return nil
}
