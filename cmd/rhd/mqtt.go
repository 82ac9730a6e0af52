package main

import (
	"crypto/rand"
	"encoding/hex"
	"log/slog"

	"rhd.dev/ingest"
)

// startMQTT takes devices' batches over MQTT into gw: from the embedded
// broker on RHD_MQTT_ADDR, or from RHD_MQTT_BROKER when set. The embedded
// broker's bridge account has a fresh random password each start. It
// returns what stops both.
func startMQTT(cfg *config, gw *ingest.Gateway) (func(), error) {
	url, user, password := cfg.MQTTBroker, "", ""
	var broker *ingest.Broker
	if url == "" {
		b := make([]byte, 24)
		rand.Read(b)
		user, password = "rhd-bridge", hex.EncodeToString(b)
		var err error
		if broker, err = ingest.StartBroker(ingest.BrokerConfig{Addr: cfg.MQTTAddr, BridgeUser: user, BridgePassword: password,
			Devices: gw.Registry()}); err != nil {
			return nil, err
		}
		cfg.MQTTAddr = broker.Addr() // port 0 picked one
		url = "tcp://" + broker.Addr()
	}
	bridge, err := ingest.NewBridge(gw, ingest.MQTTConfig{Broker: url, Username: user, Password: password})
	if err != nil {
		if broker != nil {
			broker.Close()
		}
		return nil, err
	}
	slog.Info("mqtt: devices publish to "+ingest.MQTTRoot+"/{device}/frames", "broker", url)
	return func() {
		bridge.Close()
		if broker != nil {
			broker.Close()
		}
	}, nil
}
