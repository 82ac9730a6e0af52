package portal

import (
	"fmt"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
	"rhd.dev/stream/pseudo"
)

// readingChoice is one of a record's minutes a contributor can check.
type readingChoice struct {
	Value, Label string
	Selected     bool
}

// verifyReading lets a contributor check, in the browser, that one minute of
// their readings is part of a contribution record held publicly: the record's
// owner only, everyone else gets 404.
func (s *Server) verifyReading(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	ctx := c.UserContext()
	hourSec, err := strconv.ParseInt(c.Params("hour"), 10, 64)
	if err != nil {
		return fiber.NewError(fiber.StatusNotFound, "No such record.")
	}
	hour := time.Unix(hourSec, 0).UTC()
	rec, err := s.store.Record(ctx, c.Params("device"), hour)
	if err != nil || rec.ContributorID != id.ContributorID {
		return fiber.NewError(fiber.StatusNotFound, "No such record.")
	}
	data := s.base(c, "Check a reading")
	data["Record"] = rec
	metric, minuteMs := c.Query("metric"), c.QueryInt("minute", 0)
	if s.market.Warehouse != nil {
		pepper, err := s.store.Pepper(ctx)
		if err != nil {
			return err
		}
		mins, err := s.market.Warehouse.Minutes(ctx, pseudo.PID(pepper, id.ContributorID), hour, hour.Add(time.Hour))
		if err != nil {
			return err
		}
		var choices []readingChoice
		for _, m := range mins {
			v := m.Metric + "@" + strconv.FormatInt(m.Minute.UnixMilli(), 10)
			choices = append(choices, readingChoice{Value: v,
				Label:    fmt.Sprintf("%s, %s UTC: %.1f on average (%s)", m.Metric, m.Minute.UTC().Format("15:04"), m.Sum/float64(max(m.N, 1)), plural(m.N, "sample")),
				Selected: m.Metric == metric && int(m.Minute.UnixMilli()) == minuteMs})
		}
		data["Choices"] = choices
	}
	if metric == "" || minuteMs == 0 {
		return s.render(c, "verify-reading", data)
	}
	data["Checked"] = true
	if rec.TokenID == 0 || s.market.VerifyReading == nil {
		data["Pending"] = true
		return s.render(c, "verify-reading", data)
	}
	ok, details, err := s.market.VerifyReading(ctx, rec.DeviceID, metric, time.UnixMilli(int64(minuteMs)).UTC())
	if err != nil {
		data["Error"] = "We hold no such reading in this record."
		c.Status(fiber.StatusNotFound)
		return s.render(c, "verify-reading", data)
	}
	data["OK"], data["Details"] = ok, details
	return s.render(c, "verify-reading", data)
}

// plural is "1 sample", "2 samples".
func plural(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
