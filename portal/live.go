package portal

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"rhd.dev/ledger"
)

// summary is what the dashboard refreshes without a reload.
type summary struct {
	Total   string   `json:"total"`
	OnChain string   `json:"verified"`
	Pending string   `json:"pending"`
	Sales   int      `json:"sales"`
	Notes   []string `json:"messages"`
}

func (s *Server) summary(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	e, err := s.store.EarningsOf(c.Context(), id.ContributorID)
	if err != nil {
		return err
	}
	notes, err := s.store.Notifications(c.Context(), id.ContributorID, 20)
	if err != nil {
		return err
	}
	out := summary{Total: dollars(e.Total), OnChain: dollars(e.OnChain), Pending: dollars(e.Total - e.OnChain), Sales: e.Sales}
	for _, n := range notes {
		out.Notes = append(out.Notes, n.Body)
	}
	return c.JSON(out)
}

// PollEvery is how often the event stream looks for new messages.
var PollEvery = 2 * time.Second

// events streams server-sent events: "payout" whenever a new message arrives,
// and a comment every poll so proxies keep the connection open.
func (s *Server) events(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	store := s.store
	last := int64(0)
	if ns, err := store.Notifications(c.Context(), id.ContributorID, 1); err == nil && len(ns) > 0 {
		last = ns[0].ID
	}
	c.Set("Content-Type", "text/event-stream")
	c.Set("Cache-Control", "no-cache")
	c.Set("X-Accel-Buffering", "no")
	// The Fiber context is gone once the handler returns: the stream uses its own.
	ctx := context.Background()
	c.Context().SetBodyStreamWriter(fasthttp.StreamWriter(func(w *bufio.Writer) {
		for {
			ns, err := store.Notifications(ctx, id.ContributorID, 20)
			if err != nil {
				return
			}
			for i := len(ns) - 1; i >= 0; i-- {
				if n := ns[i]; n.ID > last {
					b, _ := json.Marshal(map[string]string{"message": n.Body})
					fmt.Fprintf(w, "event: payout\ndata: %s\n\n", b)
					last = n.ID
				}
			}
			fmt.Fprint(w, ": keep-alive\n\n")
			if err := w.Flush(); err != nil {
				return // the browser went away
			}
			time.Sleep(PollEvery)
		}
	}))
	return nil
}
