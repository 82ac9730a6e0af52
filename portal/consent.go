package portal

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
)

// purposeChoice is one purpose with the person's current choice.
type purposeChoice struct {
	ledger.Purpose
	Allowed bool
}

func (s *Server) purposeChoices(ctx context.Context, contributorID string) ([]purposeChoice, error) {
	now, err := s.store.PurposeChoices(ctx, contributorID)
	if err != nil {
		return nil, err
	}
	var out []purposeChoice
	for _, p := range ledger.Purposes {
		out = append(out, purposeChoice{p, now[p.ID]})
	}
	return out, nil
}

// defaultChoices is the onboarding form's starting point: each purpose's default.
func defaultChoices() []purposeChoice {
	var out []purposeChoice
	for _, p := range ledger.Purposes {
		out = append(out, purposeChoice{p, p.Default})
	}
	return out
}

// purposesFromForm reads the purpose checkboxes of a form that showed them
// (its "purposes" field says so): unchecked boxes are not sent.
func purposesFromForm(c *fiber.Ctx) (map[string]bool, bool) {
	if c.FormValue("purposes") != "shown" {
		return nil, false
	}
	allowed := map[string]bool{}
	for _, p := range ledger.Purposes {
		allowed[p.ID] = c.FormValue("purpose_"+p.ID) == "yes"
	}
	return allowed, true
}

// choicesPage shows what the person allows their data to be used for, and
// the history of their choices.
func (s *Server) choicesPage(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	ctx := c.UserContext()
	choices, err := s.purposeChoices(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	history, err := s.store.Choices(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	consented, err := s.consented(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	sent, err := s.store.NoticesOf(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	data := s.base(c, "What your data may be used for")
	data["Choices"], data["History"], data["Consented"], data["Sent"], data["Saved"] = choices, describeHistory(history), consented, sent, c.Query("saved") != ""
	return s.render(c, "choices", data)
}

// setChoices records the purposes form; unchanged purposes record nothing.
func (s *Server) setChoices(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	allowed, ok := purposesFromForm(c)
	if !ok {
		return fiber.NewError(fiber.StatusBadRequest, "Please use the form on the page to choose.")
	}
	if _, err := s.store.SetPurposes(c.UserContext(), id.ContributorID, allowed); err != nil {
		return err
	}
	return c.Redirect("/choices?saved=1", fiber.StatusSeeOther)
}

// choiceLine is one past choice in words.
type choiceLine struct {
	At      string
	What    string
	Terms   string
	Granted bool
}

func describeHistory(h []ledger.ConsentEvent) []choiceLine {
	out := make([]choiceLine, 0, len(h))
	for i := len(h) - 1; i >= 0; i-- { // newest first
		e := h[i]
		var what string
		switch p := ledger.PurposeOf(e.Scope); {
		case p != "" && e.Granted:
			what = "Allowed " + p
		case p != "":
			what = "Stopped allowing " + p
		case e.Granted:
			what = "Started sharing for research"
		default:
			what = "Stopped sharing for research"
		}
		out = append(out, choiceLine{At: e.At.UTC().Format("2 Jan 2006 15:04 UTC"), What: what, Terms: e.TermsVersion, Granted: e.Granted})
	}
	return out
}

// choicesCSV exports the history of choices, oldest first.
func (s *Server) choicesCSV(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	h, err := s.store.Choices(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"time_utc", "choice", "allowed", "terms_version"})
	for _, e := range h {
		choice := "research"
		if p := ledger.PurposeOf(e.Scope); p != "" {
			choice = p
		}
		w.Write([]string{e.At.UTC().Format("2006-01-02T15:04:05.000Z"), choice, strconv.FormatBool(e.Granted), e.TermsVersion})
	}
	w.Flush()
	c.Set("Content-Disposition", `attachment; filename="my-sharing-choices.csv"`)
	c.Type("csv")
	return c.Send(b.Bytes())
}

// usesPage lists every sale that included the person: who, for what, when,
// which group and their share, each with its check.
func (s *Server) usesPage(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	uses, err := s.store.UsesOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	sent, err := s.store.NoticesOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	data := s.base(c, "Who used your data")
	data["Uses"], data["Sent"] = uses, sent
	return s.render(c, "uses", data)
}

// purposeFromForm returns the purpose a buyer chose, or a message saying what to do.
func purposeFromForm(id string) (ledger.Purpose, error) {
	p, err := ledger.LookupPurpose(id)
	if errors.Is(err, ledger.ErrUnknownPurpose) {
		return p, fiber.NewError(fiber.StatusUnprocessableEntity, "Choose what the data will be used for from the list.")
	}
	return p, err
}

// purposeName names a purpose id in words.
func purposeName(id string) string {
	if p, err := ledger.LookupPurpose(id); err == nil {
		return p.Name
	}
	return id
}

// meUse is one use of the person's data in their JSON API.
type meUse struct {
	Sale         string `json:"sale"`
	At           string `json:"at"`
	Organization string `json:"organization"`
	Purpose      string `json:"purpose"`
	Cohort       string `json:"cohort"`
	ShareCents   int64  `json:"share_cents"`
	Verified     bool   `json:"verified"`
	Check        string `json:"check"`
}

// apiMyUses lists the sales that included the signed-in person, as JSON
// (the same as /uses, for scripts and the phone app).
func (s *Server) apiMyUses(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	uses, err := s.store.UsesOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	out := []meUse{}
	for _, u := range uses {
		out = append(out, meUse{u.SaleID, u.At.UTC().Format("2006-01-02T15:04:05Z"), u.Organization, u.Purpose.ID, u.CohortID, u.Cents, u.Verified, "/verify/" + u.SaleID})
	}
	return c.JSON(out)
}

// apiMyChoices returns the person's current purpose choices and their history, as JSON.
func (s *Server) apiMyChoices(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	now, err := s.store.PurposeChoices(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	h, err := s.store.Choices(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	type event struct {
		At      string `json:"at"`
		Scope   string `json:"scope"`
		Allowed bool   `json:"allowed"`
		Terms   string `json:"terms_version"`
	}
	history := []event{}
	for _, e := range h {
		history = append(history, event{e.At.UTC().Format("2006-01-02T15:04:05.000Z"), e.Scope, e.Granted, e.TermsVersion})
	}
	return c.JSON(fiber.Map{"purposes": now, "history": history})
}
