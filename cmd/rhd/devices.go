package main

import (
	"crypto/rand"
	"fmt"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"rhd.dev/admin"
	"rhd.dev/app"
	"rhd.dev/demo"
	"rhd.dev/firmware/fleet"
	"rhd.dev/firmware/sim"
	"rhd.dev/ingest/importer"
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
			if _, err := sim.ParseDeviceType(typ); err != nil {
				return err
			}
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			c, err := importer.FindContributor(cmd.Context(), store, email)
			if err != nil {
				return err
			}
			code, err := store.CreatePairingCode(cmd.Context(), c.ID, typ)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\n", code)
			fmt.Fprintf(cmd.ErrOrStderr(), "pairing code for a %s of %s, valid 15 minutes: rhd devices pair --code %s --type %s\n", typ, c.Email, code, typ)
			return nil
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
			t, err := sim.ParseDeviceType(typ)
			if err != nil {
				return err
			}
			if serial == "" {
				var sn [6]byte
				rand.Read(sn[:])
				serial = fmt.Sprintf("%s-%X", demo.SerialPrefix[t], sn)
			}
			cred, err := fleet.Pair(cmd.Context(), gateway, code, t, serial, dir)
			if err != nil {
				return err
			}
			id := cred.ID
			fmt.Fprintf(cmd.OutOrStdout(), "paired device %s (%s, serial %s); credentials in %s\n", id, t, serial, filepath.Join(dir, id))
			fmt.Fprintf(cmd.OutOrStdout(), "stream from it with: rhd devices sim --fleet %s\n", dir)
			return nil
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
	var dir, gateway, uplink, broker string
	var backfill time.Duration
	var speed float64
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Stream frames from every simulated device in a fleet folder until interrupted",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			fc := fleet.Config{Dir: dir, Gateway: gateway, Backfill: backfill, Speed: speed}
			switch uplink {
			case "mqtt":
				fc.MQTT, gateway = broker, broker
			case "http":
			default:
				return fmt.Errorf("--uplink %q: http or mqtt", uplink)
			}
			f, err := fleet.Open(fc)
			if err != nil {
				return err
			}
			if f.Len() == 0 {
				return fmt.Errorf("no devices in %s: pair one (rhd devices pair) or seed (rhd seed)", dir)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "simulating %d devices from %s to %s\n", f.Len(), dir, gateway)
			go f.Report(ctx, cmd.ErrOrStderr())
			return f.Run(ctx)
		},
	}
	cmd.Flags().StringVar(&dir, "fleet", cfg.Path("fleet"), "folder of device credentials")
	cmd.Flags().StringVar(&gateway, "gateway", "http://"+cfg.IngestAddr, "ingest gateway base URL")
	cmd.Flags().StringVar(&uplink, "uplink", "http", "how devices send batches: http (to --gateway) or mqtt (to --mqtt)")
	cmd.Flags().StringVar(&broker, "mqtt", "tcp://"+cfg.MQTTAddr, "MQTT broker for --uplink mqtt")
	cmd.Flags().DurationVar(&backfill, "backfill", cfg.Backfill, "history a device without a clock starts with")
	cmd.Flags().Float64Var(&speed, "speed", cfg.SimSpeed, "simulated minutes per real minute while catching up")
	return cmd
}

func devicesLsCmd(cfg *config) *cobra.Command {
	return &cobra.Command{
		Use:   "ls",
		Short: "List paired devices",
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := app.OpenLedger(cmd.Context(), &cfg.Config)
			if err != nil {
				return err
			}
			defer store.Close()
			devs, err := store.Devices(cmd.Context())
			if err != nil {
				return err
			}
			return admin.PrintDevices(cmd.OutOrStdout(), devs)
		},
	}
}
