// Package app is the rhd process as a graph of modules with one lifecycle:
// each component is a module with its dependencies in one map, and the
// chosen targets with what they need start in dependency order, run in one
// run.Group and stop in reverse order when the first of them fails, the
// context ends or the process gets SIGINT or SIGTERM. Config, whose fields
// every setting is declared on (flags.go), is what the modules read.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/signal"
	"slices"
	"sort"
	"strings"
	"syscall"

	"github.com/oklog/run"
)

// Module is one component of the process.
type Module struct {
	// Deps are the modules that must have started before this one (and
	// stop only after it).
	Deps []string
	// Start brings the module up; ctx ends on SIGINT, SIGTERM or when the
	// caller's context does, so a slow start can be abandoned. A module
	// that has nothing to do beyond its dependencies may leave it nil.
	Start func(ctx context.Context) (Service, error)
}

// Service is a started module.
type Service struct {
	// Run, when set, runs the module until its ctx ends (it is then to
	// return nil); an earlier return stops every module.
	Run func(ctx context.Context) error
	// Stop, when set, releases the module once every Run has returned and
	// every module that depends on it has stopped.
	Stop func()
}

// Map names every module of the process.
type Map map[string]Module

// Order returns targets and everything they depend on, each after its
// dependencies; among independent modules, the order targets name them in.
func (m Map) Order(targets ...string) ([]string, error) {
	if len(targets) == 0 {
		return nil, errors.New("no target: name at least one of " + strings.Join(m.Names(), ","))
	}
	var order []string
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(name string, path []string) error
	visit = func(name string, path []string) error {
		mod, ok := m[name]
		if !ok {
			if len(path) == 0 {
				return fmt.Errorf("unknown target %q (want some of %s)", name, strings.Join(m.Names(), ","))
			}
			return fmt.Errorf("module %s depends on unknown module %q", path[len(path)-1], name)
		}
		switch state[name] {
		case 2:
			return nil
		case 1:
			return fmt.Errorf("dependency cycle: %s -> %s", strings.Join(path, " -> "), name)
		}
		state[name] = 1
		for _, d := range mod.Deps {
			if err := visit(d, append(path, name)); err != nil {
				return err
			}
		}
		state[name] = 2
		order = append(order, name)
		return nil
	}
	for _, t := range targets {
		if err := visit(t, nil); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// Names lists the modules, sorted.
func (m Map) Names() []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ParseTargets splits a comma-separated list of targets, refusing names
// that are not modules of m.
func (m Map) ParseTargets(s string) ([]string, error) {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if _, ok := m[t]; !ok {
			return nil, fmt.Errorf("unknown target %q (want some of %s)", t, strings.Join(m.Names(), ","))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no target: name at least one of " + strings.Join(m.Names(), ","))
	}
	return out, nil
}

// Run starts targets and their dependencies in order and runs them until
// ctx ends, the process gets SIGINT or SIGTERM (a clean stop: nil), or a
// module fails to start or stops by itself (its error, naming the module).
// Either way every started module stops, in reverse order.
func (m Map) Run(ctx context.Context, targets ...string) error {
	order, err := m.Order(targets...)
	if err != nil {
		return err
	}
	ctx, stopSignals := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stopSignals()

	type started struct {
		name string
		svc  Service
	}
	var up []started
	defer func() {
		for i := len(up) - 1; i >= 0; i-- {
			if up[i].svc.Stop != nil {
				up[i].svc.Stop()
			}
		}
	}()
	for _, name := range order {
		if ctx.Err() != nil {
			return nil // stopped while starting
		}
		var svc Service
		if start := m[name].Start; start != nil {
			if svc, err = start(ctx); err != nil {
				if ctx.Err() != nil && errors.Is(err, context.Canceled) {
					return nil
				}
				return named(name, err)
			}
		}
		up = append(up, started{name, svc})
	}

	var g run.Group
	// The caller's context or a signal: a clean stop.
	g.Add(func() error { <-ctx.Done(); return nil }, func(error) { stopSignals() })
	// Interrupts run in the order actors were added, each waiting for its
	// module to return: later modules stop before the ones they depend on.
	for i := len(up) - 1; i >= 0; i-- {
		s := up[i]
		if s.svc.Run == nil {
			continue
		}
		mctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		done := make(chan struct{})
		g.Add(func() error {
			defer close(done)
			err := s.svc.Run(mctx)
			if mctx.Err() != nil {
				return nil // interrupted: a clean stop
			}
			if err == nil {
				err = errors.New("stopped unexpectedly")
			}
			err = named(s.name, err)
			slog.Error("a module stopped; stopping all", "module", s.name, "err", err)
			return err
		}, func(error) { cancel(); <-done })
	}
	return g.Run()
}

// named prefixes err with the module's name unless it says it already.
func named(name string, err error) error {
	if strings.HasPrefix(err.Error(), name+": ") {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}
