package app_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rhd.dev/app"
)

// recorder notes what modules do, in order.
type recorder struct {
	mu     sync.Mutex
	events []string
}

func (r *recorder) add(e string) { r.mu.Lock(); r.events = append(r.events, e); r.mu.Unlock() }
func (r *recorder) get() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events)
}

// module runs until stopped, or fails after failAfter when set.
func module(r *recorder, name string, failAfter time.Duration, deps ...string) app.Module {
	return app.Module{Deps: deps, Start: func(context.Context) (app.Service, error) {
		r.add("start " + name)
		return app.Service{
			Run: func(ctx context.Context) error {
				if failAfter > 0 {
					select {
					case <-time.After(failAfter):
						return errors.New("boom")
					case <-ctx.Done():
					}
				}
				<-ctx.Done()
				r.add("interrupted " + name)
				return nil
			},
			Stop: func() { r.add("stop " + name) },
		}, nil
	}}
}

func TestOrder(t *testing.T) {
	m := app.Map{"a": {}, "b": {Deps: []string{"a"}}, "c": {Deps: []string{"b", "a"}}, "d": {}}
	got, err := m.Order("d", "c")
	if err != nil || strings.Join(got, ",") != "d,a,b,c" {
		t.Fatalf("order %v, %v", got, err)
	}
	if _, err := m.Order("x"); err == nil || !strings.Contains(err.Error(), `unknown target "x"`) {
		t.Fatalf("unknown target: %v", err)
	}
	if _, err := m.Order(); err == nil {
		t.Fatal("no target accepted")
	}
	cyc := app.Map{"a": {Deps: []string{"b"}}, "b": {Deps: []string{"a"}}}
	if _, err := cyc.Order("a"); err == nil || !strings.Contains(err.Error(), "cycle: a -> b -> a") {
		t.Fatalf("cycle: %v", err)
	}
	bad := app.Map{"a": {Deps: []string{"nope"}}}
	if _, err := bad.Order("a"); err == nil || !strings.Contains(err.Error(), `module a depends on unknown module "nope"`) {
		t.Fatalf("unknown dep: %v", err)
	}
	if ts, err := m.ParseTargets(" c, a,c,"); err != nil || strings.Join(ts, ",") != "c,a" {
		t.Fatalf("parse %v %v", ts, err)
	}
	if _, err := m.ParseTargets("a,zz"); err == nil || !strings.Contains(err.Error(), "a,b,c,d") {
		t.Fatalf("parse unknown: %v", err)
	}
}

// The first module to fail stops all, later modules first, and Run's error
// names it.
func TestFirstFailureStopsAllInReverse(t *testing.T) {
	r := &recorder{}
	m := app.Map{
		"store":  module(r, "store", 0),
		"worker": module(r, "worker", 50*time.Millisecond, "store"),
		"api":    module(r, "api", 0, "worker"),
	}
	err := m.Run(context.Background(), "api")
	if err == nil || err.Error() != "worker: boom" {
		t.Fatalf("err %v, want worker: boom", err)
	}
	want := []string{"start store", "start worker", "start api", "interrupted api", "interrupted store", "stop api", "stop worker", "stop store"}
	if got := r.get(); !slices.Equal(got, want) {
		t.Fatalf("events\n%v\nwant\n%v", got, want)
	}
}

// Ending the context is a clean stop; a module that returns nil by itself
// is a failure.
func TestCleanStopAndUnexpectedExit(t *testing.T) {
	r := &recorder{}
	m := app.Map{"a": module(r, "a", 0), "b": module(r, "b", 0, "a")}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	if err := m.Run(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	want := []string{"start a", "start b", "interrupted b", "interrupted a", "stop b", "stop a"}
	if got := r.get(); !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	quits := app.Map{"q": {Start: func(context.Context) (app.Service, error) {
		return app.Service{Run: func(context.Context) error { return nil }}, nil
	}}}
	if err := quits.Run(context.Background(), "q"); err == nil || err.Error() != "q: stopped unexpectedly" {
		t.Fatalf("err %v", err)
	}
}

// A module that fails to start stops those started before it, in reverse,
// and Run's error names it.
func TestStartFailure(t *testing.T) {
	r := &recorder{}
	m := app.Map{
		"a": module(r, "a", 0),
		"b": module(r, "b", 0, "a"),
		"c": {Deps: []string{"b"}, Start: func(context.Context) (app.Service, error) { return app.Service{}, errors.New("no port") }},
		"d": {Start: func(context.Context) (app.Service, error) { return app.Service{}, errors.New("d: said so") }},
	}
	if err := m.Run(context.Background(), "c"); err == nil || err.Error() != "c: no port" {
		t.Fatalf("err %v", err)
	}
	want := []string{"start a", "start b", "stop b", "stop a"}
	if got := r.get(); !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	if err := m.Run(context.Background(), "d"); err == nil || err.Error() != "d: said so" {
		t.Fatalf("named twice: %v", err)
	}
}
