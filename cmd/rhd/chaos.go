package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/chaos"
)

// chaosCmd runs the fault injector (package chaos) against this binary.
func chaosCmd() *cobra.Command {
	var (
		dur         time.Duration
		kinds, geth string
		postgres    string
	)
	cmd := &cobra.Command{
		Use:   "chaos",
		Short: "Run the split topology as processes, kill them at random, check nothing was lost, duplicated or mispaid",
		Long: "Starts geth --dev, rhd kafka, two rhd ingest behind a load balancer, rhd serve (warehouse and portal)\n" +
			"and simulated devices as OS processes on 127.0.0.x, buys through the researcher API, SIGKILLs a random\n" +
			"process every 2-5 s for --duration, then drains and checks (docs/operations.md). Prints the report;\n" +
			"exits non-zero when a check fails, keeping the processes' logs.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			bin, err := os.Executable()
			if err != nil {
				return err
			}
			if geth == "" {
				geth, _ = exec.LookPath("geth")
			}
			cfg := chaos.Config{Bin: bin, Geth: geth, Postgres: postgres, Duration: dur}
			if kinds != "" {
				cfg.Kinds = strings.Split(kinds, ",")
			}
			r := &chaosReporter{}
			var report string
			done := make(chan struct{})
			go func() {
				defer close(done)
				defer r.cleanup()
				report = chaos.Run(r, cfg)
			}()
			<-done
			fmt.Fprint(cmd.OutOrStdout(), report)
			if r.Failed() {
				return errors.New("chaos: a check failed (see above)")
			}
			fmt.Fprintln(cmd.OutOrStdout(), "all checks passed")
			return nil
		},
	}
	f := cmd.Flags()
	f.DurationVar(&dur, "duration", 3*time.Minute, "how long to inject faults")
	f.StringVar(&kinds, "kinds", "", "comma-separated kinds of process to kill (default all: "+strings.Join(chaos.AllKinds, ",")+")")
	f.StringVar(&geth, "geth", "", "the geth binary (default: geth on PATH)")
	f.StringVar(&postgres, "postgres", "", "Postgres server to create the run's database on (default postgres://postgres@127.0.0.1:5432)")
	return cmd
}

// chaosReporter is the command's chaos.T: it logs to stderr, and Fatalf
// ends the run's goroutine as testing's does.
type chaosReporter struct {
	mu       sync.Mutex
	failed   bool
	cleanups []func()
}

func (r *chaosReporter) Logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, time.Now().UTC().Format("15:04:05 ")+format+"\n", args...)
}

func (r *chaosReporter) Errorf(format string, args ...any) {
	r.mu.Lock()
	r.failed = true
	r.mu.Unlock()
	r.Logf("FAIL: "+format, args...)
}

func (r *chaosReporter) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

func (r *chaosReporter) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func (r *chaosReporter) Cleanup(f func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cleanups = append(r.cleanups, f)
}

func (r *chaosReporter) cleanup() {
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
}
