package portal

import (
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
	"rhd.dev/stream/pseudo"
)

// contributed is a person's own data in the warehouse over the last 30 days.
type contributed struct {
	Days    int
	Minutes int
	Metrics []metricLine
}

type metricLine struct {
	Metric string
	ID     string // the metric's name in the data
	Unit   string // what Last counts
	Last   float64
	Spark  template.HTML
}

// ownData reads the contributor's own daily summaries (by pseudonym; the
// warehouse knows nobody by name): what it costs does not grow with history.
func (s *Server) ownData(c *fiber.Ctx, contributorID string) (contributed, error) {
	var out contributed
	if s.market.Warehouse == nil {
		return out, nil
	}
	pepper, err := s.store.Pepper(c.UserContext())
	if err != nil {
		return out, err
	}
	to := time.Now().UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
	days, err := s.market.Warehouse.Days(c.UserContext(), pseudo.PID(pepper, contributorID), to.AddDate(0, 0, -30), to)
	if err != nil {
		return out, err
	}
	daily := map[string][]float64{} // metric → mean of each day with data, oldest first
	for _, d := range days {
		if d.Minutes > 0 {
			out.Days++
			out.Minutes += d.Minutes
		}
		for _, m := range d.Metrics {
			switch {
			case m.N == 0:
			case metricUnits[m.Metric].Total: // steps: a day's total, not a reading's mean
				daily[m.Metric] = append(daily[m.Metric], m.Sum)
			default:
				daily[m.Metric] = append(daily[m.Metric], m.Sum/float64(m.N))
			}
		}
	}
	for metric, vals := range daily {
		unit := unitOf(metric) + " (daily mean)"
		if metricUnits[metric].Total {
			unit = unitOf(metric) + " a day"
		}
		out.Metrics = append(out.Metrics, metricLine{Metric: strings.ReplaceAll(metric, "_", " "), ID: metric, Unit: unit, Last: vals[len(vals)-1], Spark: sparkline(vals)})
	}
	slices.SortFunc(out.Metrics, func(a, b metricLine) int { return strings.Compare(a.Metric, b.Metric) })
	return out, nil
}

// sparkline draws values as a small inline SVG line.
func sparkline(vals []float64) template.HTML {
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = min(lo, v), max(hi, v)
	}
	var pts []string
	for i, v := range vals {
		x := 0.0
		if len(vals) > 1 {
			x = float64(i) * 120 / float64(len(vals)-1)
		}
		y := 14.0
		if hi > lo {
			y = 26 - (v-lo)/(hi-lo)*24
		}
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
	}
	return template.HTML(`<svg class="spark" viewBox="0 0 120 28" role="img" aria-label="daily means, last 30 days"><polyline fill="none" stroke="#0969da" stroke-width="1.5" points="` +
		strings.Join(pts, " ") + `"></polyline></svg>`)
}

// myCohorts are the descriptions of the latest cohorts the person is in.
func (s *Server) myCohorts(c *fiber.Ctx, contributorID string) ([]string, error) {
	cohorts, err := s.store.CohortsOf(c.UserContext(), contributorID)
	var out []string
	for _, co := range cohorts {
		out = append(out, co.Description)
	}
	return out, err
}

// exportMine sends everything the platform holds about the person as JSON.
func (s *Server) exportMine(c *fiber.Ctx) error {
	ctx := c.UserContext()
	id := c.Locals("identity").(ledger.Identity)
	person, err := s.store.Contributor(ctx, id.ContributorID)
	if err != nil {
		return err
	}
	devices, _ := s.store.DevicesOf(ctx, id.ContributorID)
	consent, _ := s.store.ConsentHistory(ctx, id.ContributorID, ledger.ScopeResearch)
	choices, _ := s.store.Choices(ctx, id.ContributorID)
	uses, _ := s.store.UsesOf(ctx, id.ContributorID)
	cashOuts, _ := s.store.CashOutsOf(ctx, id.ContributorID)
	earnings, _ := s.store.EarningsOf(ctx, id.ContributorID)
	notes, _ := s.store.Notifications(ctx, id.ContributorID, 1000)
	records, _ := s.store.RecordsOf(ctx, id.ContributorID)
	type device struct {
		ID, Type, Serial, Name string
		PairedAt, LastSeen     time.Time
		Removed                bool
	}
	var devs []device
	for _, d := range devices {
		devs = append(devs, device{d.ID, d.Type, d.Serial, d.Name, d.PairedAt, d.LastSeen, d.Removed})
	}
	c.Set("Content-Disposition", `attachment; filename="my-remote-health-data.json"`)
	c.Type("json")
	b, _ := json.MarshalIndent(map[string]any{
		"profile": person, "devices": devs, "consent": consent, "earnings_cents": earnings.Total, "payments": earnings.LastSales,
		"messages": notes, "contribution_records": records, "exported_at": time.Now().UTC(),
		"choices": choices, "uses": uses, "cash_outs": cashOuts,
	}, "", "  ")
	return c.Send(b)
}

// deleteAccount erases the account (ledger.EraseContributor): sharing stops,
// devices are removed, personal details are erased and every session of the
// account ends. What was already sold stays sold, as the terms say; earnings
// already made stay in the records under a random id. The same sign-in can
// sign up again later, as a new contributor.
func (s *Server) deleteAccount(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if bodyValue(c, "confirm") != "delete" {
		return fiber.NewError(fiber.StatusBadRequest, `Type "delete" to confirm.`)
	}
	if err := s.store.EraseContributor(c.UserContext(), id.ContributorID); err != nil {
		return err
	}
	sid := c.Cookies(sessionCookie)
	if err := s.store.DeleteSession(c.UserContext(), sid); err != nil { // a researcher's session survives the erasure
		return err
	}
	s.live.endSession(sid)
	c.ClearCookie(sessionCookie)
	sent, err := s.store.NoticesOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	return s.render(c, "deleted", map[string]any{"Title": "Account deleted", "Sent": sent})
}

func (s *Server) privacyPage(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	data := s.base(c, "Your data")
	records, err := s.store.RecordsOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	if len(records) > 20 {
		records = records[:20]
	}
	history, err := s.store.ConsentHistory(c.UserContext(), id.ContributorID, ledger.ScopeResearch)
	if err != nil {
		return err
	}
	data["Records"], data["History"] = records, history
	return s.render(c, "privacy", data)
}

// earningsChart draws daily earnings as inline SVG bars with a text alternative.
func earningsChart(days []ledger.DayAmount) template.HTML {
	if len(days) == 0 {
		return ""
	}
	var top int64
	for _, d := range days {
		top = max(top, d.Cents)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="earnings" viewBox="0 0 300 80" role="img" aria-label="earnings per day over the last 30 days, up to %s a day">`, dollars(top))
	w := 300 / 30
	start := time.Now().UTC().Truncate(24 * time.Hour).Add(-29 * 24 * time.Hour)
	for _, d := range days {
		i := int(d.Day.Sub(start) / (24 * time.Hour))
		if i < 0 || i >= 30 {
			continue
		}
		h := int(d.Cents * 76 / max(top, 1))
		fmt.Fprintf(&sb, `<rect x="%d" y="%d" width="%d" height="%d" fill="#1a7f37"><title>%s: %s</title></rect>`, i*w+1, 78-h, w-2, h, d.Day.Format("2 Jan"), dollars(d.Cents))
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

// verifyPayout shows, in plain words, whether the person's payout for a sale
// checks out against the public record; the details sit behind a disclosure.
func (s *Server) verifyPayout(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	lines, err := s.store.SaleLines(c.UserContext(), c.Params("sale"))
	if err != nil {
		return err
	}
	var mine *ledger.PayoutLine
	for i := range lines {
		if lines[i].ContributorID == id.ContributorID {
			mine = &lines[i]
		}
	}
	if mine == nil {
		return fiber.NewError(fiber.StatusNotFound, "No such payment to you.")
	}
	data := s.base(c, "Check a payment")
	data["Amount"] = dollars(mine.Cents)
	if s.market.VerifyPayout == nil {
		data["Pending"] = true
		return s.render(c, "verify", data)
	}
	ok, details, err := s.market.VerifyPayout(c.UserContext(), mine.Account, mine.SaleID)
	if err != nil {
		data["Pending"] = true // not in a confirmed batch yet
	}
	data["OK"], data["Details"] = ok, details
	return s.render(c, "verify", data)
}
