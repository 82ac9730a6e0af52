package chaos

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Command is `rhd chaos`: it runs cfg against this binary (cfg.Bin empty)
// and geth on PATH (cfg.Geth empty), logs to log, writes the report to out
// and fails when a check failed. kinds is the comma-separated --kinds.
func Command(cfg Config, kinds string, out, log io.Writer) error {
	if cfg.Bin == "" {
		bin, err := os.Executable()
		if err != nil {
			return err
		}
		cfg.Bin = bin
	}
	if cfg.Geth == "" {
		cfg.Geth, _ = exec.LookPath("geth")
	}
	if kinds != "" {
		cfg.Kinds = strings.Split(kinds, ",")
	}
	r := &reporter{log: log}
	var report string
	done := make(chan struct{})
	// Fatalf ends the goroutine that runs the harness, as testing's does.
	go func() {
		defer close(done)
		defer r.cleanup()
		report = Run(r, cfg)
	}()
	<-done
	fmt.Fprint(out, report)
	if r.Failed() {
		return errors.New("chaos: a check failed (see above)")
	}
	fmt.Fprintln(out, "all checks passed")
	return nil
}

// reporter is the command's T: it logs with the time of day, and Fatalf
// ends the run's goroutine as testing's does.
type reporter struct {
	log      io.Writer
	mu       sync.Mutex
	failed   bool
	cleanups []func()
}

func (r *reporter) Logf(format string, args ...any) {
	fmt.Fprintf(r.log, time.Now().UTC().Format("15:04:05 ")+format+"\n", args...)
}

func (r *reporter) Errorf(format string, args ...any) {
	r.mu.Lock()
	r.failed = true
	r.mu.Unlock()
	r.Logf("FAIL: "+format, args...)
}

func (r *reporter) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

func (r *reporter) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func (r *reporter) Cleanup(f func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cleanups = append(r.cleanups, f)
}

func (r *reporter) cleanup() {
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
}
