package main

import (
	"fmt"
	"io"
	"sync"

	"github.com/schollz/progressbar/v3"

	"rhd.dev/demo"
)

// progress shows how far a long job has come, fit for where its output goes:
// a redrawn bar on a terminal, one line per tenth otherwise (a log file gets
// ten lines, not one per redraw). With an unknown total (≤ 0) only the end
// is reported when not on a terminal.
type progress struct {
	bar *progressbar.ProgressBar // nil: not a terminal

	mu    sync.Mutex
	w     io.Writer
	desc  string
	total int64
	done  int64
	tenth int64 // tenths already reported
}

func newProgress(w io.Writer, total int64, desc string, bytes bool) *progress {
	p := &progress{w: w, desc: desc, total: total}
	if isTerminal(w) {
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
func (p *progress) Set(n int64) {
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
func (p *progress) Add(n int64) {
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
func (p *progress) Write(b []byte) (int, error) {
	p.Add(int64(len(b)))
	return len(b), nil
}

// Finish ends the display.
func (p *progress) Finish() {
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

func isTerminal(w io.Writer) bool { return demo.IsTerminal(w) }
