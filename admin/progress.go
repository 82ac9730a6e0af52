package admin

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress shows how far a long job has come, fit for where its output goes:
// a redrawn bar on a terminal, one line per tenth otherwise (a log file gets
// ten lines, not one per redraw). With an unknown total (≤ 0) only the end
// is reported when not on a terminal.
type Progress struct {
	bar *progressbar.ProgressBar // nil: not a terminal

	mu    sync.Mutex
	w     io.Writer
	desc  string
	total int64
	done  int64
	tenth int64 // tenths already reported
}

func NewProgress(w io.Writer, total int64, desc string, bytes bool) *Progress {
	p := &Progress{w: w, desc: desc, total: total}
	if IsTerminal(w) {
		opts := []progressbar.Option{progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(desc), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000)}
		if bytes {
			opts = append(opts, progressbar.OptionShowBytes(true))
		}
		p.bar = progressbar.NewOptions64(total, opts...)
	}
	return p
}

// Set records that n units are done.
func (p *Progress) Set(n int64) {
	if p.bar != nil {
		p.bar.Set64(n)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = n
	if p.total <= 0 {
		return
	}
	for t := min(10, n*10/p.total); p.tenth < t; {
		p.tenth++
		fmt.Fprintf(p.w, "%s: %d%% (%d/%d)\n", p.desc, p.tenth*10, min(n, p.total), p.total)
	}
}

// Add records n more units done.
func (p *Progress) Add(n int64) {
	if p.bar != nil {
		p.bar.Add64(n)
		return
	}
	p.mu.Lock()
	done := p.done + n
	p.mu.Unlock()
	p.Set(done)
}

// Writer counts bytes written through it as done.
func (p *Progress) Write(b []byte) (int, error) {
	p.Add(int64(len(b)))
	return len(b), nil
}

// Finish ends the display.
func (p *Progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.total <= 0 {
		fmt.Fprintf(p.w, "%s: done (%d)\n", p.desc, p.done)
	}
}

// IsTerminal reports whether w is a terminal, where output may be redrawn.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// Dollars formats cents as $d.cc.
func Dollars(cents int64) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) }

// SeedProgress reports seeding n contributors on stderr (a bar on a
// terminal, a line per 10 % otherwise).
func SeedProgress(n int) func(int) {
	bar := NewProgress(os.Stderr, int64(n), "seeding contributors", false)
	return func(done int) {
		bar.Add(1)
		if done == n {
			bar.Finish()
		}
	}
}
