package ingest

import (
	"encoding/hex"
	"fmt"
	"sync"
	"testing"
	"time"
)

// Closing the bridge while devices keep publishing neither panics nor
// hangs: a batch that arrives once Close began is not taken (its device
// hears nothing and publishes it again). Close once raced the handler's
// WaitGroup.Add against its Wait and panicked ("WaitGroup is reused").
func TestBridgeClosesWhileBatchesArrive(t *testing.T) {
	f := newFixture(t)
	for round := range 5 {
		b, err := StartBroker(BrokerConfig{Addr: "127.0.0.1:0", BridgeUser: "rhd-bridge", BridgePassword: "0123456789abcdef0123",
			Devices: LedgerRegistry{f.store}})
		if err != nil {
			t.Fatal(err)
		}
		bridge, err := NewBridge(f.gw, MQTTConfig{Broker: "tcp://" + b.Addr(), Username: "rhd-bridge", Password: "0123456789abcdef0123",
			ClientID: fmt.Sprintf("bridge-%d", round)})
		if err != nil {
			t.Fatal(err)
		}
		dev, err := deviceClient(t, b.Addr(), mqttDevice{id: f.dev, key: f.key})
		if err != nil {
			t.Fatal(err)
		}
		topic := MQTTRoot + "/" + hex.EncodeToString(f.dev[:]) + "/frames"
		var wg sync.WaitGroup
		stop := make(chan struct{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				dev.Publish(topic, 0, false, []byte("not a batch"))
			}
		}()
		time.Sleep(50 * time.Millisecond)
		closed := make(chan struct{})
		go func() { bridge.Close(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(20 * time.Second):
			t.Fatal("Close hung while batches arrived")
		}
		close(stop)
		wg.Wait()
		b.Close()
	}
}
