package portal

import (
	"errors"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
)

// noticesShown bounds the notices a page or an API answer lists.
const noticesShown = 500

// noticesPage lists the researcher's withdrawal notices with what to
// delete, and their webhook.
func (s *Server) noticesPage(c *fiber.Ctx) error {
	data, r, err := s.researcherData(c, "Withdrawal notices")
	if err != nil {
		return err
	}
	ctx := c.UserContext()
	notices, err := s.store.WithdrawalNotices(ctx, r.ID, noticesShown)
	if err != nil {
		return err
	}
	hook, err := s.store.WebhookOf(ctx, r.ID)
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return err
	}
	open, err := s.store.UnacknowledgedNotices(ctx, r.ID)
	if err != nil {
		return err
	}
	data["Notices"], data["Hook"], data["Open"] = notices, hook, open
	return s.render(c, "notices", data)
}

// acknowledge records that the researcher deleted what a notice names.
func (s *Server) acknowledge(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(c.Params("notice"), 10, 64)
	if err == nil {
		err = s.store.AcknowledgeNotice(c.UserContext(), c.Locals("researcher").(string), id)
	}
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, "No such notice.")
	}
	return c.Redirect("/notices", fiber.StatusSeeOther)
}

// setWebhook registers the researcher's webhook and shows its signing secret once.
func (s *Server) setWebhook(c *fiber.Ctx) error {
	rid := c.Locals("researcher").(string)
	w, err := s.store.SetWebhook(c.UserContext(), rid, c.FormValue("url"))
	if err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, "Give an address starting with https:// (no user name or password in it), at most 512 characters.")
	}
	data, _, err := s.researcherData(c, "Webhook")
	if err != nil {
		return err
	}
	data["Hook"] = w
	return s.render(c, "webhook", data)
}

func (s *Server) removeWebhook(c *fiber.Ctx) error {
	if err := s.store.RemoveWebhook(c.UserContext(), c.Locals("researcher").(string)); err != nil {
		return err
	}
	return c.Redirect("/notices", fiber.StatusSeeOther)
}

type apiNotice struct {
	ID             int64    `json:"id"`
	Order          string   `json:"order"`
	Bundle         string   `json:"bundle"`
	Snapshot       string   `json:"snapshot"`
	Pseudonyms     []string `json:"pseudonyms"`
	Reason         string   `json:"reason"`
	CreatedAt      string   `json:"created_at"`
	AcknowledgedAt *string  `json:"acknowledged_at"`
}

func (s *Server) apiNotices(c *fiber.Ctx) error {
	ns, err := s.store.WithdrawalNotices(c.UserContext(), c.Locals("researcher").(string), noticesShown)
	if err != nil {
		return err
	}
	out := []apiNotice{}
	for _, n := range ns {
		a := apiNotice{ID: n.ID, Order: n.OrderID, Bundle: n.BundleID, Snapshot: n.SnapshotID, Pseudonyms: []string{n.PID}, Reason: n.Reason,
			CreatedAt: n.CreatedAt.UTC().Format(time.RFC3339)}
		if !n.Acknowledged.IsZero() {
			at := n.Acknowledged.UTC().Format(time.RFC3339)
			a.AcknowledgedAt = &at
		}
		out = append(out, a)
	}
	return c.JSON(out)
}

func (s *Server) apiAcknowledge(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(c.Params("notice"), 10, 64)
	if err != nil {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such notice"})
	}
	err = s.store.AcknowledgeNotice(c.UserContext(), c.Locals("researcher").(string), id)
	if errors.Is(err, ledger.ErrNotFound) {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "no such notice"})
	} else if err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
