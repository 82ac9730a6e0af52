package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/app/settings"
)

//go:generate sh -c "go run . config doc > ../../docs/configuration.md"

// config is app.Config with the settings bound to its fields
// (app.Config.Settings) and the environment read.
type config struct {
	app.Config
	settings *settings.Set
	envErr   error // the RHD_* variables that did not parse
}

func defaultConfig() *config {
	c := defaultsOnly()
	c.envErr = c.settings.LoadEnv(os.LookupEnv)
	c.SeedProgress = admin.SeedProgress
	if err := c.Derive(c.settings); err != nil {
		panic(err)
	}
	return c
}

// defaultsOnly is the configuration with no variable read.
func defaultsOnly() *config {
	c := &config{}
	c.settings = c.Settings()
	return c
}

// bindGlobal adds the settings' flags to root and to the subcommands it
// has, and returns the commands a setting names that root lacks.
func (c *config) bindGlobal(root *cobra.Command) []string {
	return c.settings.Bind(root, app.DevProfile())
}

// start checks and completes the settings before cmd runs: a malformed
// variable stops it; rhd dev gets its profile; derived defaults follow.
func (c *config) start(cmd *cobra.Command) error {
	if c.envErr != nil {
		return fmt.Errorf("settings: %w", c.envErr)
	}
	if cmd.Name() == "dev" && cmd.Parent() != nil && !cmd.Parent().HasParent() {
		for name, v := range app.DevProfile().Defaults {
			if err := c.settings.Default(name, v); err != nil {
				return err
			}
		}
	}
	return c.Derive(c.settings)
}

// app is the configuration as the modules read it: a copy, so a run's
// adjustments (a bound port, the console) stay with that run.
func (c *config) app() *app.Config {
	ac := c.Config
	return &ac
}

// configCmd prints the settings' reference.
func configCmd(*config) *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "The settings"}
	cmd.AddCommand(&cobra.Command{
		Use:   "doc",
		Short: "Print docs/configuration.md: every setting, its variable, flag and default",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// The defaults, not this environment's values.
			return app.WriteConfigDoc(cmd.OutOrStdout(), defaultsOnly().settings)
		},
	})
	return cmd
}
