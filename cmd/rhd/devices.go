package main

import (
	"github.com/spf13/cobra"

	"rhd.dev/app"
	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/sim"
)

func devicesCmd(cfg *config) *cobra.Command {
	cmd := &cobra.Command{Use: "devices", Short: "Pair, list and simulate devices"}
	cmd.AddCommand(devicesCodeCmd(cfg), devicesPairCmd(cfg), devicesSimCmd(cfg), devicesLsCmd(cfg))
	return cmd
}

func devicesCodeCmd(cfg *config) *cobra.Command {
	var email, typ string
	cmd := &cobra.Command{
		Use:   "code",
		Short: "Issue a one-time pairing code for a contributor's new device",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.PairingCode(cmd.Context(), &cfg.Config, email, typ, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&email, "contributor", "", "contributor email or id")
	cmd.Flags().StringVar(&typ, "type", string(sim.Wristband), "device type: wristband, chest_strap or ring")
	cmd.MarkFlagRequired("contributor")
	return cmd
}

func devicesPairCmd(cfg *config) *cobra.Command {
	var code, typ, serial, gateway, dir string
	cmd := &cobra.Command{
		Use:   "pair",
		Short: "Pair a new simulated device with a pairing code, through the gateway",
		Long: "Generates the device's Ed25519 key, registers it with the gateway's pairing endpoint\n" +
			"using the contributor's one-time code, and stores the device's credentials.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.PairDevice(cmd.Context(), gateway, code, typ, serial, dir, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&code, "code", "", "pairing code from the contributor (rhd devices code)")
	cmd.Flags().StringVar(&typ, "type", string(sim.Wristband), "device type: wristband, chest_strap or ring")
	cmd.Flags().StringVar(&serial, "serial", "", "hardware serial (default: random)")
	cmd.Flags().StringVar(&gateway, "gateway", "http://"+cfg.IngestAddr, "ingest gateway base URL")
	cmd.Flags().StringVar(&dir, "fleet", cfg.Path("paired"), "where device credentials are stored")
	cmd.MarkFlagRequired("code")
	return cmd
}

func devicesSimCmd(cfg *config) *cobra.Command {
	var fc fleet.Config
	var uplink, broker string
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Stream frames from every simulated device in a fleet folder until interrupted",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := app.SignalContext(cmd.Context())
			defer stop()
			return fleet.Simulate(ctx, fc, uplink, broker, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&fc.Dir, "fleet", cfg.Path("fleet"), "folder of device credentials")
	cmd.Flags().StringVar(&fc.Gateway, "gateway", "http://"+cfg.IngestAddr, "ingest gateway base URL")
	cmd.Flags().StringVar(&uplink, "uplink", "http", "how devices send batches: http (to --gateway) or mqtt (to --mqtt)")
	cmd.Flags().StringVar(&broker, "mqtt", "tcp://"+cfg.MQTTAddr, "MQTT broker for --uplink mqtt")
	cmd.Flags().DurationVar(&fc.Backfill, "backfill", cfg.Backfill, "history a device without a clock starts with")
	cmd.Flags().Float64Var(&fc.Speed, "speed", cfg.SimSpeed, "simulated minutes per real minute while catching up")
	return cmd
}

func devicesLsCmd(cfg *config) *cobra.Command {
	return &cobra.Command{
		Use:   "ls",
		Short: "List paired devices",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return app.ListDevices(cmd.Context(), &cfg.Config, cmd.OutOrStdout())
		},
	}
}
