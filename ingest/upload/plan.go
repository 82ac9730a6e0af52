package upload

import (
	"errors"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"time"

	"rhd.dev/firmware/frame"
)

// MaxMinutesPerDay bounds the distinct minutes of one UTC day that uploads
// add to a contributor, across all their uploads. A phone or watch export
// has readings in a few hundred minutes of a day (a watch measures heart
// rate every few minutes at rest, steps arrive in runs while walking), so a
// real export keeps nearly all of its days; a made-up file can claim at
// most half of what a device worn all day earns.
const MaxMinutesPerDay = 720

// DayMs is the length of a day in milliseconds; days are UTC.
const DayMs = 24 * 60 * 60 * 1000

// Window is the span of reading times an upload accepts, in Unix ms.
type Window struct{ FromMs, ToMs int64 }

// WindowAt is the window of an upload started at t that reaches back
// `reach`: from the UTC midnight `reach` before t up to the stream's own
// limit at t (frame.AcceptWindow), never before the stream's lower limit.
// Whole days keep a retried upload's window the same.
func WindowAt(t time.Time, reach time.Duration) Window {
	lo, hi := frame.AcceptWindow(t.UnixMilli())
	from := t.Add(-reach).UnixMilli()
	from -= from % DayMs
	return Window{FromMs: max(lo, from), ToMs: hi}
}

// Reason says why a reading was left out.
type Reason int

const (
	Kept           Reason = iota // not left out
	NotANumber                   // NaN or an infinity
	Implausible                  // outside the metric's plausible range
	TooOld                       // before the window
	InFuture                     // after the window
	OverDailyLimit               // its minute is beyond MaxMinutesPerDay
	NotCollected                 // a kind of data the platform does not collect
	UnknownUnit                  // a unit that cannot be converted to the metric's
	Summary                      // a statistic or a total over a long interval, not a reading
	Retracted                    // marked as entered in error or cancelled
	NoTime                       // no time of measurement, or one that cannot be read
	TooDense                     // beyond frame.MaxSamplesPerMinute of its metric in its minute
	numReasons
)

var reasonText = [numReasons]string{"kept", "not a number", "implausible", "too old", "in the future", "over the daily limit",
	"not collected", "unknown unit", "a summary, not a reading", "retracted", "no time", "more than " + strconv.Itoa(frame.MaxSamplesPerMinute) + " in one minute"}

func (r Reason) String() string { return reasonText[r] }

// Reasons lists every reason a value is left out, in order.
func Reasons() []Reason {
	out := make([]Reason, 0, numReasons-1)
	for r := NotANumber; r < numReasons; r++ {
		out = append(out, r)
	}
	return out
}

// Minutes is a set of the minutes of one day, bit i for minute i.
type Minutes [1440 / 8]byte

func (m *Minutes) Set(i int)      { m[i/8] |= 1 << (i % 8) }
func (m *Minutes) Has(i int) bool { return m[i/8]&(1<<(i%8)) != 0 }

// Len returns how many minutes the set holds.
func (m *Minutes) Len() int {
	n := 0
	for _, b := range m {
		n += bits.OnesCount8(b)
	}
	return n
}

// Report counts what an upload added, per metric, and what it left out, per
// reason, and the time range of what it added.
type Report struct {
	Added           [frame.NumMetrics]int64 // by frame.Metric
	Skipped         [numReasons]int64
	FirstMs, LastMs int64 // of the readings added; 0 when none
}

func (r *Report) add(rd Reading) {
	if r.Added[rd.Metric]++; r.FirstMs == 0 || rd.TimeMs < r.FirstMs {
		r.FirstMs = rd.TimeMs
	}
	r.LastMs = max(r.LastMs, rd.TimeMs)
}

// MaxNotes bounds the remarks a plan keeps about a file.
const MaxNotes = 5

// Total returns how many readings were added.
func (r *Report) Total() int64 {
	var n int64
	for _, a := range r.Added {
		n += a
	}
	return n
}

// Plan decides reading by reading what an upload adds: what the stream
// itself would store (frame.CheckSample: finite, plausible, in the stream's
// time window) within the upload's Window, and only in the minutes the
// contributor may still add (Allow). Check is the first pass over a file,
// Send the second.
type Plan struct {
	Window  Window
	Checked Report   // of the first pass, before the daily limit
	Notes   []string // remarks about the file (a FIT file's CRC), at most MaxNotes

	wanted  map[int64]*Minutes // per day: minutes the first pass accepted
	allowed map[int64]*Minutes // per day: minutes the contributor may add

	// Readings per metric and minute, so that a file adds at most
	// frame.MaxSamplesPerMinute to any (the rest are left out as
	// TooDense, as the stream would refuse them): of the first pass, and
	// of the second when it reads the file again.
	perMinute, perMinuteAgain minuteCounts

	// quota is, when set (AllowCounts), how many readings per metric and
	// minute the second pass may send: what the contributor's other
	// uploads left of frame.MaxSamplesPerMinute.
	quota minuteCounts

	// The first pass keeps what it accepted, up to MaxReplay readings, so
	// the second replays it instead of reading the file again (an export
	// of years has a window's worth of readings to send); past that the
	// second pass reads the file again.
	pos      int64
	replay   []accepted
	overflow bool
}

// MaxReplay bounds the readings a plan keeps between its passes (24 bytes
// each: 48 MiB); a month of a watch worn day and night is some 100,000.
const MaxReplay = 2 << 20

// accepted is a reading the first pass accepted, at its place in the file.
type accepted struct {
	pos    int64
	timeMs int64
	raw    uint16
	metric frame.Metric
}

// NewPlan returns a plan for readings within w.
func NewPlan(w Window) *Plan {
	return &Plan{Window: w, wanted: map[int64]*Minutes{}}
}

// check applies the stream's rules within the window.
func (p *Plan) check(r Reading) (uint16, Reason, bool) {
	if r.Skip != Kept {
		return 0, r.Skip, false
	}
	// The window and NaN first, as CheckSample decides them, without its
	// error text: most of a years-long export is older than the window.
	switch {
	case r.Value != r.Value || math.IsInf(r.Value, 0):
		return 0, NotANumber, false
	case r.TimeMs < p.Window.FromMs:
		return 0, TooOld, false
	case r.TimeMs > p.Window.ToMs:
		return 0, InFuture, false
	}
	raw, err := frame.CheckSample(r.Metric, r.TimeMs, r.Value, p.Window.FromMs, p.Window.ToMs)
	switch {
	case err == nil:
		return raw, 0, true
	case errors.Is(err, frame.ErrNotFinite):
		return 0, NotANumber, false
	case errors.Is(err, frame.ErrTooEarly):
		return 0, TooOld, false
	case errors.Is(err, frame.ErrTooLate):
		return 0, InFuture, false
	}
	return 0, Implausible, false
}

// Check is the first pass: it counts the reading and, if the stream would
// store it, notes its minute. Use it as Parse's callback.
func (p *Plan) Check(r Reading) error {
	pos := p.pos
	p.pos++
	if r.Note != "" {
		if len(p.Notes) < MaxNotes && !slices.Contains(p.Notes, r.Note) {
			p.Notes = append(p.Notes, r.Note)
		}
		return nil
	}
	raw, why, ok := p.check(r)
	if ok && !p.perMinute.take(r) {
		ok, why = false, TooDense
	}
	if !ok {
		p.Checked.Skipped[why]++
		return nil
	}
	p.Checked.add(r)
	switch {
	case p.overflow:
	case len(p.replay) < MaxReplay:
		p.replay = append(p.replay, accepted{pos, r.TimeMs, raw, r.Metric})
	default:
		p.overflow, p.replay = true, nil
	}
	day, min := split(r.TimeMs)
	m := p.wanted[day]
	if m == nil { // at most one per day of the window
		m = new(Minutes)
		p.wanted[day] = m
	}
	m.Set(min)
	return nil
}

// Wanted returns, per day (Unix ms of its UTC midnight), the minutes the
// first pass found readings for.
func (p *Plan) Wanted() map[int64]*Minutes { return p.wanted }

// Allow sets the minutes the contributor may add, per day; readings in other
// minutes are left out as OverDailyLimit.
func (p *Plan) Allow(allowed map[int64]*Minutes) { p.allowed = allowed }

// Counts returns, per (day, metric), the readings the first pass accepted
// in each minute of the day.
func (p *Plan) Counts() map[[2]int64]*[1440]uint16 { return p.perMinute }

// AllowCounts sets how many readings per (day, metric) and minute the
// second pass may send; readings beyond are left out as TooDense.
func (p *Plan) AllowCounts(q map[[2]int64]*[1440]uint16) {
	if q == nil {
		q = map[[2]int64]*[1440]uint16{}
	}
	p.quota = q
}

// overQuota reports whether r, counted in c, goes past the quota.
func (p *Plan) overQuota(c *minuteCounts, r Reading) bool {
	if !c.take(r) {
		return true
	}
	if p.quota == nil {
		return false
	}
	day, min := split(r.TimeMs)
	q := p.quota[[2]int64{day, int64(r.Metric)}]
	return q == nil || (*c)[[2]int64{day, int64(r.Metric)}][min] > q[min]
}

// Send is the second pass: it adds every reading the plan accepts to b —
// replaying the first pass, or parsing the file again when the first pass
// accepted more than MaxReplay — then flushes it. The report counts what went into
// batches that b emitted without error.
func (p *Plan) Send(f Format, name string, r *io.SectionReader, b *Batcher) (Report, error) {
	if p.pos > 0 && !p.overflow {
		return p.sendReplay(b)
	}
	var rep Report
	var pos int64
	err := ParseFile(f, name, r, func(rd Reading) error {
		defer func() { pos++ }()
		if rd.Note != "" {
			return nil
		}
		raw, why, ok := p.check(rd)
		if ok && p.overQuota(&p.perMinuteAgain, rd) {
			ok, why = false, TooDense
		}
		if ok {
			day, min := split(rd.TimeMs)
			if m := p.allowed[day]; m == nil || !m.Has(min) {
				ok, why = false, OverDailyLimit
			}
		}
		if !ok {
			rep.Skipped[why]++
			return nil
		}
		rep.add(rd)
		return b.Add(pos, rd, raw)
	})
	if err == nil {
		err = b.Flush()
	}
	return rep, err
}

// sendReplay is Send from what the first pass kept: the same readings at
// the same places, so the same batches.
func (p *Plan) sendReplay(b *Batcher) (Report, error) {
	rep := Report{Skipped: p.Checked.Skipped}
	for _, a := range p.replay {
		day, min := split(a.timeMs)
		if m := p.allowed[day]; m == nil || !m.Has(min) {
			rep.Skipped[OverDailyLimit]++
			continue
		}
		rd := Reading{Metric: a.metric, TimeMs: a.timeMs, Value: a.metric.Value(a.raw)}
		if p.overQuota(&p.perMinuteAgain, rd) {
			rep.Skipped[TooDense]++
			continue
		}
		rep.add(rd)
		if err := b.Add(a.pos, rd, a.raw); err != nil {
			return rep, err
		}
	}
	return rep, b.Flush()
}

// minuteCounts counts accepted readings per metric and minute: 2,880 bytes
// per day and metric with readings, so bounded by the upload's window.
type minuteCounts map[[2]int64]*[1440]uint16

// take counts r and reports whether its minute still had room for it.
func (c *minuteCounts) take(r Reading) bool {
	if *c == nil {
		*c = minuteCounts{}
	}
	day, min := split(r.TimeMs)
	k := [2]int64{day, int64(r.Metric)}
	n := (*c)[k]
	if n == nil {
		n = new([1440]uint16)
		(*c)[k] = n
	}
	if n[min] >= frame.MaxSamplesPerMinute {
		return false
	}
	n[min]++
	return true
}

// split returns a time's UTC day (Unix ms of midnight) and minute of that
// day; times in a Window are after 2000.
func split(ms int64) (day int64, minute int) {
	day = ms - ms%DayMs
	return day, int((ms - day) / 60000)
}
