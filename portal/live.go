package portal

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2"

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
	e, err := s.store.EarningsOf(c.UserContext(), id.ContributorID)
	if err != nil {
		return err
	}
	notes, err := s.store.Notifications(c.UserContext(), id.ContributorID, 20)
	if err != nil {
		return err
	}
	out := summary{Total: dollars(e.Total), OnChain: dollars(e.OnChain), Pending: dollars(e.Total - e.OnChain), Sales: e.Sales}
	for _, n := range notes {
		out.Notes = append(out.Notes, n.Body)
	}
	return c.JSON(out)
}

// PollEvery is how often the ledger is read for new messages, once for all
// open live pages.
var PollEvery = 2 * time.Second

// LiveCheckEvery is how often an open live page checks that its session
// still holds and sends a comment that keeps proxies from closing it.
var LiveCheckEvery = 15 * time.Second

// events streams server-sent events: "payout" whenever a new message arrives
// for this person. The session is checked again before every event and every
// LiveCheckEvery; signing out here ends the stream at once, and it never
// outlives the session's expiry. Each message must leave within the write
// timeout, so a reader that stopped reading is dropped.
func (s *Server) events(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	se := c.Locals("session").(ledger.Session)
	sid := strings.Clone(c.Cookies(sessionCookie)) // Fiber reuses the request's memory
	st, err := s.live.open(id.ContributorID, sid)
	if err != nil {
		return fiber.NewError(fiber.StatusTooManyRequests, "Too many live pages are open. Close some and reload this one.")
	}
	conn := c.Context().Conn()
	c.Set("Content-Type", "text/event-stream")
	c.Set("X-Accel-Buffering", "no")
	timeout := s.cfg.WriteTimeout
	c.Context().SetBodyStreamWriter(func(w *bufio.Writer) {
		defer s.live.close(st)
		check := time.NewTicker(LiveCheckEvery)
		defer check.Stop()
		expiry := time.NewTimer(time.Until(se.Expires))
		defer expiry.Stop()
		send := func(text string) bool {
			conn.SetWriteDeadline(time.Now().Add(timeout))
			w.WriteString(text)
			return w.Flush() == nil // false: the browser went away
		}
		if !send(": live\n\n") {
			return
		}
		for {
			select {
			case <-st.end:
				return
			case <-expiry.C:
				return
			case body := <-st.events:
				if !s.sessionHolds(sid) {
					return
				}
				b, _ := json.Marshal(map[string]string{"message": body})
				if !send(fmt.Sprintf("event: payout\ndata: %s\n\n", b)) {
					return
				}
			case <-check.C:
				if !s.sessionHolds(sid) || !send(": keep-alive\n\n") {
					return
				}
			}
		}
	})
	return nil
}

// sessionHolds reports whether the session is still signed in.
func (s *Server) sessionHolds(sid string) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := s.store.Session(ctx, sid)
	return err == nil
}

var errTooManyStreams = errors.New("portal: too many live streams")

// liveHub reads new messages for every open live page with one ledger query
// each PollEvery and hands each message to the streams of its owner. It runs
// only while a stream is open, and bounds the streams in all, per session
// and per person.
type liveHub struct {
	store                       *ledger.Store
	maxAll, maxSession, maxUser int

	mu        sync.Mutex
	count     int // open streams
	bySession map[[32]byte]map[*liveStream]bool
	byPerson  map[string]map[*liveStream]bool
	running   bool
	stopped   bool // the server shut down

	polls atomic.Int64 // ledger reads, for tests
}

// liveStream is one open live page.
type liveStream struct {
	person  string
	session [32]byte      // SHA-256 of the session id
	events  chan string   // message bodies
	end     chan struct{} // closed when the session ends here or the server shuts down
	ended   bool
}

func newLiveHub(store *ledger.Store, maxAll, maxSession, maxUser int) *liveHub {
	return &liveHub{store: store, maxAll: maxAll, maxSession: maxSession, maxUser: maxUser,
		bySession: map[[32]byte]map[*liveStream]bool{}, byPerson: map[string]map[*liveStream]bool{}}
}

// open registers a stream, or refuses it when a bound is reached.
func (h *liveHub) open(person, sid string) (*liveStream, error) {
	st := &liveStream{person: person, session: sha256.Sum256([]byte(sid)), events: make(chan string, 16), end: make(chan struct{})}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped || h.count >= h.maxAll || len(h.bySession[st.session]) >= h.maxSession || len(h.byPerson[person]) >= h.maxUser {
		return nil, errTooManyStreams
	}
	add(h.bySession, st.session, st)
	add(h.byPerson, person, st)
	h.count++
	if !h.running {
		h.running = true
		go h.run()
	}
	return st, nil
}

func add[K comparable](m map[K]map[*liveStream]bool, k K, st *liveStream) {
	if m[k] == nil {
		m[k] = map[*liveStream]bool{}
	}
	m[k][st] = true
}

func remove[K comparable](m map[K]map[*liveStream]bool, k K, st *liveStream) {
	delete(m[k], st)
	if len(m[k]) == 0 {
		delete(m, k)
	}
}

// close forgets a stream that ended.
func (h *liveHub) close(st *liveStream) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.bySession[st.session][st] {
		remove(h.bySession, st.session, st)
		remove(h.byPerson, st.person, st)
		h.count--
	}
}

// endSession ends the streams of a session that signed out.
func (h *liveHub) endSession(sid string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for st := range h.bySession[sha256.Sum256([]byte(sid))] {
		st.stop()
	}
}

// shutdown ends every stream and the polling for good.
func (h *liveHub) shutdown() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopped = true
	for _, streams := range h.bySession {
		for st := range streams {
			st.stop()
		}
	}
}

// stop ends the stream; the hub's lock is held.
func (st *liveStream) stop() {
	if !st.ended {
		st.ended = true
		close(st.end)
	}
}

// run polls until no stream is open.
func (h *liveHub) run() {
	ctx := context.Background()
	tick := time.NewTicker(PollEvery)
	defer tick.Stop()
	last := int64(-1) // messages above it are new; unknown until the ledger answers
	for {
		if last < 0 {
			if _, top, err := h.store.NotificationsSince(ctx, 0, nil, 0); err != nil {
				slog.Warn("portal: live messages", "err", err)
			} else {
				last = top
			}
		}
		<-tick.C
		h.mu.Lock()
		if h.count == 0 || h.stopped {
			h.running = false
			h.mu.Unlock()
			return
		}
		people := make([]string, 0, len(h.byPerson))
		for p := range h.byPerson {
			people = append(people, p)
		}
		h.mu.Unlock()
		if last < 0 {
			continue
		}
		ns, next, err := h.store.NotificationsSince(ctx, last, people, 1000)
		h.polls.Add(1)
		if err != nil {
			slog.Warn("portal: live messages", "err", err)
			continue
		}
		last = next
		h.mu.Lock()
		for _, n := range ns {
			for st := range h.byPerson[n.ContributorID] {
				select {
				case st.events <- n.Body:
				default: // a backlog already tells the page to refresh
				}
			}
		}
		h.mu.Unlock()
	}
}
