package app

import (
	"context"
	"fmt"
	"io"
	"slices"
)

// The long-running commands that choose their modules from flags and
// settings; each runs on cfg, a copy the run may adjust.

// ServeTargets are the modules `rhd serve` can hold. With the embedded
// DuckDB warehouse, every module that reads or writes it must live in the
// one process that opens the file.
var ServeTargets = []string{"stream", "cohorter", "settle", "portal"}

// ParseServeTargets reads rhd serve's --targets: some of ServeTargets.
func ParseServeTargets(s string) ([]string, error) {
	all, some := Modules(&Config{}), Map{}
	for _, t := range ServeTargets {
		some[t] = all[t]
	}
	ts, err := some.ParseTargets(s)
	if err != nil {
		return nil, fmt.Errorf("--targets: %w", err)
	}
	return ts, nil
}

// RunServe runs the --targets beside the warehouse, with /metrics and
// /healthz on addr, until ctx ends or one fails; they stop in reverse
// order, stream last so it drains.
func RunServe(ctx context.Context, cfg *Config, targets, addr string) error {
	ts, err := ParseServeTargets(targets)
	if err != nil {
		return err
	}
	cfg.OpsAddr = addr
	return Run(ctx, cfg, append(append([]string{"warehouse"}, ts...), "ops")...)
}

// RunModules is `rhd run`: the --target modules (and what they need),
// with the ops module on addr unless it is empty; the console writes to out.
func RunModules(ctx context.Context, cfg *Config, targets, addr string, out io.Writer) error {
	ts, err := Modules(cfg).ParseTargets(targets)
	if err != nil {
		return fmt.Errorf("--target: %w", err)
	}
	if slices.Contains(ts, "console") || slices.Contains(ts, "seed") {
		cfg.DevMode = true
	}
	if addr != "" {
		ts = append(ts, "ops")
	}
	cfg.OpsAddr, cfg.Out = addr, out
	return Run(ctx, cfg, ts...)
}

// RunIngest is `rhd ingest`: the gateway with its metrics, and the MQTT
// bridge when devices speak MQTT through a broker of your own.
func RunIngest(ctx context.Context, cfg *Config) error {
	targets := []string{"ingest"}
	if cfg.MQTTBroker != "" {
		targets = append(targets, "mqtt")
	}
	cfg.IngestMetrics = true
	return Run(ctx, cfg, targets...)
}

// RunSettle is `rhd settle`: settlement with /healthz and /metrics on addr.
// The embedded DuckDB file belongs to the stream process; records are
// minted here only with a shared warehouse (ClickHouse).
func RunSettle(ctx context.Context, cfg *Config, addr string) error {
	targets := []string{"settle", "ops"}
	if cfg.ClickHouseDSN != "" {
		targets = append([]string{"warehouse"}, targets...)
	}
	cfg.OpsAddr = addr
	return Run(ctx, cfg, targets...)
}
