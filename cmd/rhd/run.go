package main

import (
	"context"
	"io"

	"rhd.dev/app"
)

// runTargets runs targets (and what they need) on cfg; set, when given,
// adjusts the run's copy of the configuration first (ops address, console).
func runTargets(ctx context.Context, cfg *config, set func(*app.Config), targets ...string) error {
	ac := cfg.app()
	if set != nil {
		set(ac)
	}
	return app.Run(ctx, ac, targets...)
}

// runDev runs every module (app.DevTargets) until ctx ends or one fails.
func runDev(ctx context.Context, cfg *config, out io.Writer) error {
	cfg.DevMode = true
	return runTargets(ctx, cfg, func(c *app.Config) { c.Out = out }, app.DevTargets...)
}
